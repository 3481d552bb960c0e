//! The themes × ISCMs matrix as an SVG tree with ARIA grid roles: a header row of ISCM names
//! (turned 60°), a row per theme with its cells and count. Cells are reached with the arrow
//! keys (one tab stop); choosing a cell applies (or removes) its theme's filter. Two
//! highlight bands, moved by the browser code, mark the row and column under the pointer or
//! the focus.

use crate::explore::query::{Filter, Query};
use crate::i18n::charts::ChartsText;
use crate::i18n::{count, fill, number, Lang};

use super::colon;
use super::draw_bars::Drawing;
use super::matrix::{matrix_layout, Cell, ThemeMatrix, CELL, MATRIX_LINE, PITCH};
use super::svg::{decoration, rect, svg_root, text_at, SvgNode};

/// The id of the cell at row `r`, column `c`.
pub fn cell_id(svg_id: &str, r: usize, c: usize) -> String {
    format!("{svg_id}-{r}-{c}")
}

/// The row and column a cell id names.
pub fn cell_at(svg_id: &str, id: &str) -> Option<(usize, usize)> {
    let rest = id.strip_prefix(svg_id)?.strip_prefix('-')?;
    let (r, c) = rest.split_once('-')?;
    Some((r.parse().ok()?, c.parse().ok()?))
}

/// The cell the arrow, Home and End keys lead to from (r, c) in a rows × columns grid.
pub fn next_cell(
    key: &str,
    (r, c): (usize, usize),
    rows: usize,
    columns: usize,
) -> Option<(usize, usize)> {
    if rows == 0 || columns == 0 {
        return None;
    }
    Some(match key {
        "ArrowUp" => (r.saturating_sub(1), c),
        "ArrowDown" => ((r + 1).min(rows - 1), c),
        "ArrowLeft" => (r, c.saturating_sub(1)),
        "ArrowRight" => (r, (c + 1).min(columns - 1)),
        "Home" => (r, 0),
        "End" => (r, columns - 1),
        _ => return None,
    })
}

/// Draws the matrix at `width` px, its names in `lang` (theme and ISCM names stay as the
/// dataset writes them, their text marked `lang="en"`).
pub fn draw_matrix(
    svg_id: &str,
    matrix: &ThemeMatrix,
    query: &Query,
    width: f64,
    lang: Lang,
) -> Drawing {
    let t = ChartsText::of(lang);
    let layout = matrix_layout(matrix, width);
    let rows_n = matrix.themes.len();
    let cols_n = matrix.iscms.len();
    // In French and Spanish, names that hold the dataset's English (theme and ISCM names)
    // are built from the labels' own text, marked lang="en", and hidden words in the
    // language (aria-labelledby); in English they stay one aria-label.
    let labelled = lang != Lang::En;
    let mut hidden: Vec<SvgNode> = Vec::new();
    let mut hide = |id: String, text: &str| {
        hidden.push(SvgNode::new("text").attr("id", id.clone()).text(text));
        id
    };
    let times = hide(format!("{svg_id}-w-times"), "×");
    let word_ids = [
        hide(format!("{svg_id}-w-yes"), t.cell_name_yes),
        hide(format!("{svg_id}-w-no"), t.cell_name_no),
        hide(format!("{svg_id}-w-unclear"), t.cell_name_unclear),
        hide(format!("{svg_id}-w-active"), t.theme_filter_applied.trim()),
    ];
    let mut column_names = Vec::new();
    let mut row_names = Vec::new();
    for (c, iscm) in matrix.iscms.iter().enumerate() {
        let themes = count(lang, iscm.count, t.column_themes_one, t.column_themes_other);
        column_names.push(if labelled {
            let id = hide(
                format!("{svg_id}-cc-{c}"),
                fill(&themes, &[("name", "")]).trim(),
            );
            (String::new(), format!("{svg_id}-cl-{c} {id}"))
        } else {
            (fill(&themes, &[("name", &iscm.short_name)]), String::new())
        });
    }
    for (r, theme) in matrix.themes.iter().enumerate() {
        let n = number(lang, theme.count as i64);
        row_names.push(if labelled {
            let id = hide(
                format!("{svg_id}-rc-{r}"),
                fill(t.row_iscms, &[("name", ""), ("n", &n)]).trim(),
            );
            (String::new(), format!("{svg_id}-rl-{r} {id}"))
        } else {
            (
                fill(t.row_iscms, &[("name", &theme.name), ("n", &n)]),
                String::new(),
            )
        });
    }
    let name = |node: SvgNode, (label, ids): &(String, String)| {
        if labelled {
            node.attr("aria-labelledby", ids.clone())
        } else {
            node.attr("aria-label", label.clone())
        }
    };
    let header = matrix.iscms.iter().enumerate().map(|(c, iscm)| {
        let x = layout.column_x(c) + CELL / 2.0 + 4.0;
        let y = layout.rows_y - 6.0;
        let mut text = text_at(x, y, iscm.short_name.clone());
        if labelled {
            text = text.attr("id", format!("{svg_id}-cl-{c}"));
        }
        name(
            SvgNode::new("g").attr("role", "columnheader"),
            &column_names[c],
        )
        .child(
            text.attr("class", "matrix-label")
                .attr("lang", "en")
                .attr(
                    "transform",
                    format!("rotate(-60 {} {})", super::svg::px(x), super::svg::px(y)),
                )
                .attr("aria-hidden", "true"),
        )
    });
    let mut actions = Vec::new();
    let mut rows = Vec::new();
    for (r, ((theme, cells), (top, height, lines))) in matrix
        .themes
        .iter()
        .zip(&matrix.cells)
        .zip(&layout.rows)
        .enumerate()
    {
        let active = query.has(&Filter::Theme(theme.id.clone()));
        actions.push(query.toggled(Filter::Theme(theme.id.clone())));
        let text_top = top + (height - lines.len() as f64 * MATRIX_LINE) / 2.0 + 11.0;
        let mut label = SvgNode::new("text");
        if labelled {
            label = label.attr("id", format!("{svg_id}-rl-{r}"));
        }
        let label = label
            .attr(
                "class",
                if active {
                    "matrix-label active"
                } else {
                    "matrix-label"
                },
            )
            .attr("aria-hidden", "true")
            .attr("lang", "en")
            .children(lines.iter().enumerate().flat_map(|(i, text)| {
                // A space between lines keeps the words apart in a name read from the text.
                let space = (labelled && i > 0).then(|| SvgNode::new("tspan").text(" "));
                space.into_iter().chain(std::iter::once(
                    SvgNode::new("tspan")
                        .attr("x", "0")
                        .num("y", text_top + i as f64 * MATRIX_LINE)
                        .text(text.clone()),
                ))
            }));
        let cell_y = top + (height - CELL) / 2.0;
        let cell_nodes = cells.iter().enumerate().map(|(c, cell)| {
            let x = layout.column_x(c);
            let (class, word, word_id) = match cell {
                Cell::Ticked => ("cell cell-ticked", t.cell_name_yes, &word_ids[0]),
                Cell::Empty => ("cell cell-empty", t.cell_name_no, &word_ids[1]),
                Cell::Unclear => ("cell cell-unclear", t.cell_name_unclear, &word_ids[2]),
            };
            let name = format!(
                "{} × {}{}{word}.{}",
                theme.name,
                matrix.iscms[c].short_name,
                colon(lang),
                if active { t.theme_filter_applied } else { "" }
            );
            let mut node = rect(x, cell_y, CELL, CELL)
                .attr("id", cell_id(svg_id, r, c))
                .attr("class", class)
                .attr("role", "gridcell")
                .attr("rx", "2")
                .attr("tabindex", if r == 0 && c == 0 { "0" } else { "-1" });
            node = if labelled {
                let mut ids = format!("{svg_id}-rl-{r} {times} {svg_id}-cl-{c} {word_id}");
                if active {
                    ids = format!("{ids} {}", word_ids[3]);
                }
                node.attr("aria-labelledby", ids)
            } else {
                node.attr("aria-label", name.clone())
            };
            node = node
                .attr("aria-selected", active.to_string())
                .attr("data-mark", r.to_string())
                .attr(
                    "data-band",
                    format!(
                        "{},{},{}",
                        super::svg::px(*top),
                        super::svg::px(*height),
                        super::svg::px(x - 1.0)
                    ),
                );
            if *cell == Cell::Unclear {
                // The tooltip says what the name says (a different text would count as visible
                // text missing from the name, WCAG 2.5.3).
                // (In French and Spanish, the word alone: the tooltip of a cell the pointer
                // is on need not repeat the row and column it is in.)
                let tip = if labelled { word.to_string() } else { name };
                node = node.child(SvgNode::new("title").text(tip));
            }
            node
        });
        let unclear_marks = cells
            .iter()
            .enumerate()
            .filter(|(_, cell)| **cell == Cell::Unclear)
            .map(|(c, _)| {
                text_at(layout.column_x(c) + CELL / 2.0, cell_y + 14.0, "?")
                    .attr("class", "unclear-mark")
                    .attr("text-anchor", "middle")
                    .attr("aria-hidden", "true")
            });
        rows.push(
            SvgNode::new("g")
                .attr("role", "row")
                .child(
                    name(SvgNode::new("g").attr("role", "rowheader"), &row_names[r]).child(label),
                )
                .children(cell_nodes)
                .children(unclear_marks)
                .child(
                    text_at(
                        layout.column_x(cols_n) + 6.0,
                        cell_y + 14.0,
                        theme.count.to_string(),
                    )
                    .attr("class", "matrix-count")
                    .attr("aria-hidden", "true"),
                ),
        );
    }
    let bands = decoration([
        rect(0.0, 0.0, layout.width, 0.0)
            .attr("id", format!("{svg_id}-row-band"))
            .attr("class", "highlight"),
        rect(0.0, 0.0, PITCH, layout.height)
            .attr("id", format!("{svg_id}-column-band"))
            .attr("class", "highlight")
            .attr("visibility", "hidden"),
    ]);
    let svg = svg_root(
        svg_id,
        layout.width,
        layout.height,
        "grid",
        &fill(
            t.matrix_label,
            &[
                ("rows", &number(lang, rows_n as i64)),
                ("columns", &number(lang, cols_n as i64)),
            ],
        ),
    )
    .attr("aria-rowcount", (rows_n + 1).to_string())
    .attr("aria-colcount", (cols_n + 1).to_string())
    .attr("class", "chart-svg matrix")
    .child(bands)
    .child(
        SvgNode::new("g")
            .attr("role", "row")
            .child(
                SvgNode::new("g")
                    .attr("role", "columnheader")
                    .attr("aria-label", t.header_theme),
            )
            .children(header),
    )
    .children(rows);
    let svg = if labelled {
        svg.child(SvgNode::new("g").attr("display", "none").children(hidden))
    } else {
        svg
    };
    Drawing { svg, actions }
}
