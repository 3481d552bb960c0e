//! The themes × ISCMs matrix of Annex 10: which ISCM works on which theme, sortable by how
//! many ISCMs share a theme and by how many themes an ISCM has.

use crate::dataset::Dataset;
use crate::explore::filter::{has_theme, theme_count};
use crate::i18n::charts::ChartsText;
use crate::i18n::{count, fill, number, Lang};

use super::table::ChartTable;

/// One cell of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Annex 10 ticks the theme for the ISCM.
    Ticked,
    /// Annex 10 leaves the cell empty.
    Empty,
    /// The cell cannot be read (the garbled row; see its data note).
    Unclear,
}

impl Cell {
    /// The word the table view and the CSV use, in `lang`.
    pub fn word(self, lang: Lang) -> &'static str {
        let t = ChartsText::of(lang);
        match self {
            Cell::Ticked => t.cell_yes,
            Cell::Empty => "",
            Cell::Unclear => t.cell_unclear,
        }
    }
}

/// The order of the rows (themes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeOrder {
    /// Annex 10's row order.
    #[default]
    Annex10,
    /// Most ISCMs first.
    Frequency,
}

/// The order of the columns (ISCMs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IscmOrder {
    /// The fact sheet's order.
    #[default]
    FactSheet,
    /// Most themes first.
    ThemeCount,
    /// By short name, A to Z.
    Name,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatrixTheme {
    pub id: String,
    pub name: String,
    /// Selected ISCMs ticking it.
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatrixIscm {
    pub id: String,
    pub short_name: String,
    /// Themes ticked for it.
    pub count: usize,
}

/// The matrix, rows and columns in the chosen orders; `cells[row][column]`.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeMatrix {
    pub themes: Vec<MatrixTheme>,
    pub iscms: Vec<MatrixIscm>,
    pub cells: Vec<Vec<Cell>>,
    /// Selected ISCMs Annex 10 has no column for.
    pub not_covered: Vec<String>,
}

pub fn theme_matrix(
    data: &Dataset,
    selection: &[bool],
    theme_order: ThemeOrder,
    iscm_order: IscmOrder,
) -> ThemeMatrix {
    let selected = data
        .iscms
        .iter()
        .enumerate()
        .filter(|(index, _)| selection.get(*index).copied().unwrap_or(false))
        .map(|(_, iscm)| iscm);
    let (covered, not_covered): (Vec<_>, Vec<_>) =
        selected.partition(|iscm| iscm.theme_ids.is_some());
    let mut columns: Vec<_> = covered
        .into_iter()
        .map(|iscm| {
            (
                iscm,
                MatrixIscm {
                    id: iscm.id.clone(),
                    short_name: iscm.short_name.clone(),
                    count: theme_count(iscm).unwrap_or(0),
                },
            )
        })
        .collect();
    match iscm_order {
        IscmOrder::FactSheet => {}
        IscmOrder::ThemeCount => {
            crate::stable_sort::sort_by_key(&mut columns, |c| std::cmp::Reverse(c.1.count))
        }
        IscmOrder::Name => crate::stable_sort::sort_by_cached_key(&mut columns, |c| {
            crate::lowercase::lower_str(&c.1.short_name)
        }),
    }
    let mut rows: Vec<(MatrixTheme, Vec<Cell>)> = data
        .themes
        .iter()
        .map(|theme| {
            let cells: Vec<Cell> = columns
                .iter()
                .map(|(iscm, _)| {
                    if iscm.theme_ids_unclear.contains(&theme.id) {
                        Cell::Unclear
                    } else if has_theme(iscm, &theme.id) {
                        Cell::Ticked
                    } else {
                        Cell::Empty
                    }
                })
                .collect();
            let count = cells.iter().filter(|c| **c == Cell::Ticked).count();
            (
                MatrixTheme {
                    id: theme.id.clone(),
                    name: theme.name.clone(),
                    count,
                },
                cells,
            )
        })
        .collect();
    if theme_order == ThemeOrder::Frequency {
        crate::stable_sort::sort_by_key(&mut rows, |row| std::cmp::Reverse(row.0.count));
    }
    let (themes, cells) = rows.into_iter().unzip();
    ThemeMatrix {
        themes,
        iscms: columns.into_iter().map(|(_, column)| column).collect(),
        cells,
        not_covered: not_covered
            .into_iter()
            .map(|iscm| iscm.short_name.clone())
            .collect(),
    }
}

impl ThemeMatrix {
    /// The table view, headed in `lang`: a row per theme, a column per ISCM.
    pub fn table(&self, lang: Lang) -> ChartTable {
        let t = ChartsText::of(lang);
        let mut columns = vec![t.header_theme.to_string()];
        columns.extend(self.iscms.iter().map(|i| i.short_name.clone()));
        columns.push(t.iscms.to_string());
        let mut data_headers = vec![false];
        data_headers.extend(self.iscms.iter().map(|_| true));
        let mut table = ChartTable {
            columns,
            rows: Vec::new(),
            data_columns: vec![true],
            data_headers,
        };
        for (theme, cells) in self.themes.iter().zip(&self.cells) {
            let mut row = vec![theme.name.clone()];
            row.extend(cells.iter().map(|c| c.word(lang).to_string()));
            row.push(theme.count.to_string());
            table.push(row);
        }
        table
    }

    pub fn unclear_cells(&self) -> usize {
        self.cells
            .iter()
            .flatten()
            .filter(|c| **c == Cell::Unclear)
            .count()
    }

    /// A one-line reading in `lang`.
    pub fn reading(&self, lang: Lang) -> String {
        let t = ChartsText::of(lang);
        let n = |value: usize| number(lang, value as i64);
        let ticks: usize = self.themes.iter().map(|t| t.count).sum();
        let mut text = fill(
            t.matrix_reading,
            &[
                ("themes", &n(self.themes.len())),
                ("iscms", &n(self.iscms.len())),
                ("ticks", &n(ticks)),
            ],
        );
        if let Some(top) = self
            .iscms
            .iter()
            .max_by(|a, b| a.count.cmp(&b.count).then(b.short_name.cmp(&a.short_name)))
        {
            text.push_str(&fill(
                t.matrix_most,
                &[("n", &n(top.count)), ("name", &top.short_name)],
            ));
        }
        let unclear = self.unclear_cells();
        if unclear > 0 {
            text.push_str(&count(
                lang,
                unclear,
                t.matrix_unclear_one,
                t.matrix_unclear_other,
            ));
        }
        if !self.not_covered.is_empty() {
            text.push_str(&fill(
                t.matrix_no_column,
                &[("names", &self.not_covered.join(", "))],
            ));
        }
        text
    }
}

/// Average width of a character of the matrix's 12 px labels, in px (an upper estimate).
pub const MATRIX_CHAR_WIDTH: f64 = 6.8;
/// Characters of a theme label per line, at most (wide screens) and at least (phones).
pub const LABEL_CHARS: usize = 40;
pub const MIN_LABEL_CHARS: usize = 16;
/// Side of a cell, and the pitch from one cell to the next, in px.
pub const CELL: f64 = 18.0;
pub const PITCH: f64 = 20.0;
/// Height of a line of label text, in px.
pub const MATRIX_LINE: f64 = 14.0;

/// Where the matrix's rows, columns and labels go. The matrix keeps its size at every
/// screen width (cells must stay big enough to see and to touch); narrow screens scroll it.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixLayout {
    /// x where the first column starts (after the theme labels).
    pub columns_x: f64,
    /// y where the first row starts (after the rotated ISCM labels).
    pub rows_y: f64,
    /// Each row's top, height and wrapped label.
    pub rows: Vec<(f64, f64, Vec<String>)>,
    pub width: f64,
    pub height: f64,
}

impl MatrixLayout {
    /// The left edge of column `c`.
    pub fn column_x(&self, c: usize) -> f64 {
        self.columns_x + c as f64 * PITCH
    }
}

/// Lays the matrix out for a screen `width` px wide: theme labels take at most 40% of it (and
/// wrap), so that on a phone some columns show beside them.
pub fn matrix_layout(matrix: &ThemeMatrix, width: f64) -> MatrixLayout {
    let label_chars = label_chars(width);
    let columns_x = label_chars as f64 * MATRIX_CHAR_WIDTH + 8.0;
    let longest = matrix
        .iscms
        .iter()
        .map(|i| i.short_name.chars().count())
        .max()
        .unwrap_or(0) as f64;
    // Column labels are turned 60°: their height is their length × sin 60°.
    let rows_y = longest * MATRIX_CHAR_WIDTH * 0.87 + 16.0;
    let mut y = rows_y;
    let rows = matrix
        .themes
        .iter()
        .map(|theme| {
            let lines = super::layout::wrap(&theme.name, label_chars);
            let height = (lines.len() as f64 * MATRIX_LINE + 6.0).max(PITCH);
            let row = (y, height, lines);
            y += height;
            row
        })
        .collect();
    // After the last column, room for the count of each row.
    let width = columns_x + matrix.iscms.len() as f64 * PITCH + 36.0;
    MatrixLayout {
        columns_x,
        rows_y,
        rows,
        width,
        height: y + 8.0,
    }
}

/// Characters per line of the theme labels at a screen width.
pub fn label_chars(width: f64) -> usize {
    ((width * 0.4 / MATRIX_CHAR_WIDTH) as usize).clamp(MIN_LABEL_CHARS, LABEL_CHARS)
}
