//! Proves `public/data/iscms.json` against the report text it was built from
//! (`tests/seeds/001_7939c0f69ec3242d.txt`), cell by cell: the test parses the report
//! itself and compares
//!
//! - every cell of the Annex 2 fact sheet with the ISCM's `annex2` object, and the
//!   unambiguous normalised fields (`type`, `member_states`, `established_year`, `row`);
//! - every cell of the Annex 10 table of thematic foci with `theme_ids` and
//!   `theme_ids_unclear`, the theme names with the row labels, and the columns with
//!   `annex10_column`;
//! - the two participation lists of Annex 7 and their markers with `survey_2019`, `grcp8`
//!   and the counts of `participation`.
//!
//! The only differences allowed between the report and the dataset are the extraction
//! defects listed in [`Normalisation`], each documented by a data note that must exist.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use iscm_explorer::dataset::iscms::{Iscm, IscmKind};
use iscm_explorer::dataset::source::DataNote;
use iscm_explorer::dataset::Dataset;

const REPORT: &str = "001_7939c0f69ec3242d.txt";

const TICK: &str = "✓";
const NO_TICK: &str = "-";

/// The data notes this test relies on (besides those of [`Normalisation`]).
const NOTE_ROW_14: &str = "annex2-row-14-number";
const NOTE_GARBLED_ROW: &str = "annex10-migration-and-development-row";
const NOTE_NO_COMMIT: &str = "annex10-no-commit-column";
const NOTE_COLUMN_SPELLINGS: &str = "annex10-column-spellings";
const NOTE_ANNEX7_MARKERS: &str = "annex7-markers";

/// The differences allowed between an Annex 2 cell as extracted and the dataset's
/// `annex2` cell. Nothing else (no trimming, no case change, no respelling) is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Normalisation {
    /// The "• " at the start of every "Role of IOM" item of the ISCMs the note names is
    /// removed.
    BulletsStripped,
    /// RIAM's "Role of IOM" items "Technical", "Secretariat" are joined into
    /// "Technical secretariat".
    RiamRoleJoined,
}

impl Normalisation {
    const ALL: [Normalisation; 2] = [
        Normalisation::BulletsStripped,
        Normalisation::RiamRoleJoined,
    ];

    /// The data note that documents it.
    fn note_id(self) -> &'static str {
        match self {
            Normalisation::BulletsStripped => "annex2-bullets-in-cells",
            Normalisation::RiamRoleJoined => "annex2-riam-iom-role-split",
        }
    }
}

// ------------------------------------------------------------------ loading

fn report() -> String {
    common::seed(REPORT)
}

fn dataset() -> Dataset {
    Dataset::from_json(&common::data_file("iscms.json"))
        .unwrap_or_else(|error| panic!("iscms.json does not parse: {error}"))
}

fn note<'a>(data: &'a Dataset, id: &str) -> &'a DataNote {
    data.data_notes
        .iter()
        .find(|n| n.id == id)
        .unwrap_or_else(|| panic!("data note {id:?} is missing from iscms.json data_notes"))
}

/// Whether the data note `id` (which must exist) names the ISCM `iscm_id`.
fn note_names(data: &Dataset, id: &str, iscm_id: &str) -> bool {
    note(data, id).iscm_ids.iter().any(|i| i == iscm_id)
}

/// The lines from the line equal to `start` up to (not including) the next line equal to
/// `end`.
fn section<'a>(text: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = text.lines().collect();
    let from = lines
        .iter()
        .position(|l| *l == start)
        .unwrap_or_else(|| panic!("the report has no line {start:?}"));
    let to = from
        + lines[from..]
            .iter()
            .position(|l| *l == end)
            .unwrap_or_else(|| panic!("the report has no line {end:?} after {start:?}"));
    lines[from..to].to_vec()
}

fn label(iscm: &Iscm) -> String {
    format!("{} ({})", iscm.short_name, iscm.id)
}

// ------------------------------------------------------------------ Annex 2

const ANNEX2_COLUMNS: usize = 10;

/// Annex 2 as extracted: its header rows and its 30 rows, each as 10 raw cells.
struct Annex2 {
    headers: Vec<Vec<String>>,
    rows: Vec<Vec<String>>,
}

fn parse_annex2(text: &str) -> Annex2 {
    let mut headers = Vec::new();
    let mut rows = Vec::new();
    for line in section(text, "## ANNEX 2.", "# ANNEX 3.") {
        if !line.contains('\t') {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(str::to_owned).collect();
        assert_eq!(
            cells.len(),
            ANNEX2_COLUMNS,
            "Annex 2: a table line has {} cells instead of {ANNEX2_COLUMNS}: {line:?}",
            cells.len()
        );
        if cells[0].is_empty() && cells[1] == "Name (and acronym) of ISCM" {
            headers.push(cells);
        } else if row_number(&cells[0]).is_some() {
            rows.push(cells);
        } else {
            panic!("Annex 2: a table line is neither a header nor a numbered row: {line:?}");
        }
    }
    assert!(!headers.is_empty(), "Annex 2: no header row found");
    for h in &headers {
        assert_eq!(h, &headers[0], "Annex 2: the repeated header rows differ");
    }
    assert_eq!(rows.len(), 30, "Annex 2: expected 30 numbered rows");
    Annex2 { headers, rows }
}

/// The number of a row-number cell ("6." or "14"), if it is one.
fn row_number(cell: &str) -> Option<u8> {
    let digits = cell.strip_suffix('.').unwrap_or(cell);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The items of a cell: the `<li>` items of a `<ul>` list cell, else the cell itself.
/// Nothing is trimmed: item texts are returned exactly as extracted.
fn cell_items(cell: &str) -> Vec<String> {
    if !cell.starts_with("<ul") {
        assert!(
            !cell.contains("<li>") && !cell.contains("</ul>"),
            "Annex 2: a cell has list markup but does not start with <ul: {cell:?}"
        );
        return vec![cell.to_owned()];
    }
    let open_end = cell
        .find('>')
        .unwrap_or_else(|| panic!("Annex 2: unclosed <ul tag in {cell:?}"));
    let mut rest = cell[open_end + 1..]
        .strip_suffix("</ul>")
        .unwrap_or_else(|| panic!("Annex 2: list cell does not end with </ul>: {cell:?}"));
    let mut items = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let body = rest
            .strip_prefix("<li>")
            .unwrap_or_else(|| panic!("Annex 2: unexpected text {rest:?} in list cell {cell:?}"));
        let close = body
            .find("</li>")
            .unwrap_or_else(|| panic!("Annex 2: unclosed <li> in list cell {cell:?}"));
        items.push(body[..close].to_owned());
        rest = &body[close + "</li>".len()..];
    }
    assert!(!items.is_empty(), "Annex 2: empty list cell {cell:?}");
    items
}

/// Applies the documented normalisations that concern this ISCM and column to the items
/// of a printed cell; returns the items and the normalisations applied.
fn normalise(
    data: &Dataset,
    iscm: &Iscm,
    key: &str,
    mut items: Vec<String>,
) -> (Vec<String>, Vec<Normalisation>) {
    let mut applied = Vec::new();
    for n in Normalisation::ALL {
        if key != "iom_role" || !note_names(data, n.note_id(), &iscm.id) {
            continue;
        }
        match n {
            Normalisation::BulletsStripped => {
                for item in &mut items {
                    let rest = item.strip_prefix("• ").unwrap_or_else(|| {
                        panic!(
                            "{}, column iom_role: note {} says every item starts with \"• \", \
                             but the report has {item:?}",
                            label(iscm),
                            n.note_id()
                        )
                    });
                    *item = rest.to_owned();
                }
            }
            Normalisation::RiamRoleJoined => {
                let at = items
                    .windows(2)
                    .position(|w| w[0] == "Technical" && w[1] == "Secretariat")
                    .unwrap_or_else(|| {
                        panic!(
                            "{}, column iom_role: note {} says the report splits \"Technical\" \
                             \"Secretariat\", but the report has {items:?}",
                            label(iscm),
                            n.note_id()
                        )
                    });
                items.splice(at..at + 2, ["Technical secretariat".to_owned()]);
            }
        }
        applied.push(n);
    }
    (items, applied)
}

#[test]
fn annex2_header_matches_meta_columns() {
    let data = dataset();
    let annex2 = parse_annex2(&report());
    let printed = &annex2.headers[0];
    let keys = [
        "row",
        "name",
        "type",
        "member_states",
        "established",
        "regions",
        "organizations",
        "chair",
        "secretariats",
        "iom_role",
    ];
    assert_eq!(
        data.meta.annex2_columns.len(),
        ANNEX2_COLUMNS,
        "meta.annex2_columns: the report has {ANNEX2_COLUMNS} columns"
    );
    for (i, column) in data.meta.annex2_columns.iter().enumerate() {
        assert_eq!(
            column.key, keys[i],
            "meta.annex2_columns[{i}]: column key; the report's column is {:?}",
            printed[i]
        );
        assert_eq!(
            column.header, printed[i],
            "meta.annex2_columns[{i}] ({}): the report's header is {:?}, the dataset has {:?}",
            column.key, printed[i], column.header
        );
    }
}

#[test]
fn annex2_cells_match_report() {
    let data = dataset();
    let annex2 = parse_annex2(&report());
    assert_eq!(
        data.iscms.len(),
        annex2.rows.len(),
        "Annex 2 has {} rows, the dataset {} ISCMs",
        annex2.rows.len(),
        data.iscms.len()
    );
    for n in Normalisation::ALL {
        note(&data, n.note_id());
    }
    let mut cells_compared = 0;
    let mut items_compared = 0;
    let mut used: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (i, (cells, iscm)) in annex2.rows.iter().zip(&data.iscms).enumerate() {
        let who = label(iscm);
        // The row number cell, exactly as printed ("6.", or "14" where note NOTE_ROW_14
        // records the missing full stop).
        let expected_row = i + 1;
        assert_eq!(
            cells[0], iscm.annex2.row,
            "Annex 2 row {expected_row}, {who}, column row: the report has {:?}, the dataset \
             annex2.row has {:?}",
            cells[0], iscm.annex2.row
        );
        let dotted = if note_names(&data, NOTE_ROW_14, &iscm.id) {
            expected_row.to_string()
        } else {
            format!("{expected_row}.")
        };
        assert_eq!(
            cells[0], dotted,
            "Annex 2 row {expected_row}, {who}: the row number cell is {:?}; only ISCMs of \
             note {NOTE_ROW_14} lack the full stop",
            cells[0]
        );
        assert_eq!(
            usize::from(iscm.row),
            expected_row,
            "Annex 2 row {expected_row}, {who}, column row: the report numbers it {:?}, the \
             dataset row is {}",
            cells[0],
            iscm.row
        );
        cells_compared += 1;

        for (column, (key, dataset_items)) in iscm.annex2.cells().into_iter().enumerate() {
            let raw = &cells[column + 1];
            let printed = cell_items(raw);
            let (expected, applied) = normalise(&data, iscm, key, printed.clone());
            for n in &applied {
                used.entry(n.note_id()).or_default().insert(iscm.id.clone());
            }
            assert_eq!(
                expected.as_slice(),
                dataset_items,
                "Annex 2 row {expected_row}, {who}, column {key} ({:?}): the report has \
                 {printed:?} (after the documented normalisations {applied:?}: {expected:?}), \
                 the dataset annex2.{key} has {dataset_items:?}",
                annex2.headers[0][column + 1]
            );
            cells_compared += 1;
            items_compared += expected.len();
            // A bullet anywhere else is an undocumented defect.
            if applied.is_empty() {
                for item in &printed {
                    assert!(
                        !item.starts_with('•'),
                        "Annex 2 row {expected_row}, {who}, column {key}: the report item \
                         {item:?} has a bullet no data note documents; the dataset has \
                         {dataset_items:?}"
                    );
                }
            }
        }
    }
    // Each normalisation must have been used for exactly the ISCMs its note names.
    for n in Normalisation::ALL {
        let named: BTreeSet<String> = note(&data, n.note_id()).iscm_ids.iter().cloned().collect();
        let applied = used.get(n.note_id()).cloned().unwrap_or_default();
        assert_eq!(
            applied,
            named,
            "normalisation {n:?}: applied to {applied:?}, but data note {} names {named:?}",
            n.note_id()
        );
    }
    assert_eq!(cells_compared, 30 * ANNEX2_COLUMNS);
    println!("Annex 2: {cells_compared} cells ({items_compared} items) compared");
}

#[test]
fn annex2_normalised_fields_match_cells() {
    let data = dataset();
    let annex2 = parse_annex2(&report());
    for (cells, iscm) in annex2.rows.iter().zip(&data.iscms) {
        let who = label(iscm);

        let kind_cell = &cells[2];
        let kind = match kind_cell.as_str() {
            "RCP" => IscmKind::Rcp,
            "IRF" => IscmKind::Irf,
            "Global process" => IscmKind::Global,
            other => panic!("{who}, column type: unknown Type cell {other:?} in the report"),
        };
        assert_eq!(
            kind,
            iscm.kind,
            "{who}, column type: the report has {kind_cell:?}, the dataset type is {:?}",
            iscm.kind.id()
        );

        let members_cell = &cells[3];
        assert!(
            !members_cell.is_empty() && members_cell.bytes().all(|b| b.is_ascii_digit()),
            "{who}, column member_states: the report cell {members_cell:?} is not a number; \
             the dataset has {}",
            iscm.member_states
        );
        let members: u32 = members_cell.parse().expect("a digit string");
        assert_eq!(
            members, iscm.member_states,
            "{who}, column member_states: the report has {members_cell:?}, the dataset \
             member_states is {}",
            iscm.member_states
        );

        let year_cell = &cells[4];
        let year = first_four_digit_number(year_cell).unwrap_or_else(|| {
            panic!(
                "{who}, column established: the report cell {year_cell:?} has no 4-digit \
                 number; the dataset established_year is {}",
                iscm.established_year
            )
        });
        assert_eq!(
            year, iscm.established_year,
            "{who}, column established: the report has {year_cell:?} (year {year}), the \
             dataset established_year is {}",
            iscm.established_year
        );
    }
}

/// The first run of exactly four ASCII digits in `text`.
fn first_four_digit_number(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                return text[start..i].parse().ok();
            }
        } else {
            i += 1;
        }
    }
    None
}

// ------------------------------------------------------------------ Annex 10

/// Annex 10 as extracted: the column headers and the theme rows (label, tick cells).
struct Annex10 {
    columns: Vec<String>,
    header_rows: usize,
    rows: Vec<(String, Vec<String>)>,
}

fn parse_annex10(text: &str) -> Annex10 {
    let mut headers: Vec<Vec<String>> = Vec::new();
    let mut rows = Vec::new();
    for line in section(text, "## ANNEX 10.", "# REFERENCES") {
        if !line.contains('\t') {
            continue;
        }
        let mut cells: Vec<String> = line.split('\t').map(str::to_owned).collect();
        let first = cells.remove(0);
        // The rows (and header) of the first block end with an empty trailing cell (see
        // note NOTE_GARBLED_ROW); it is not a column.
        if cells.last().is_some_and(|c| c.is_empty()) {
            cells.pop();
        }
        if first == "Thematic focus" {
            headers.push(cells);
            continue;
        }
        for cell in &cells {
            assert!(
                cell == TICK || cell == NO_TICK,
                "Annex 10, theme {first:?}: unexpected cell {cell:?} in the report"
            );
        }
        rows.push((first, cells));
    }
    assert_eq!(
        headers.len(),
        2,
        "Annex 10: expected two blocks, each with its header row"
    );
    for h in &headers {
        assert_eq!(h, &headers[0], "Annex 10: the repeated header rows differ");
    }
    assert_eq!(rows.len(), 31, "Annex 10: expected 31 theme rows");
    Annex10 {
        columns: headers[0].clone(),
        header_rows: headers.len(),
        rows,
    }
}

/// The ISCM of each Annex 10 column, in column order, via `annex10_column`.
fn column_iscms<'a>(data: &'a Dataset, annex10: &Annex10) -> Vec<&'a Iscm> {
    annex10
        .columns
        .iter()
        .map(|header| {
            let matches: Vec<&Iscm> = data
                .iscms
                .iter()
                .filter(|x| x.annex10_column.as_deref() == Some(header.as_str()))
                .collect();
            assert_eq!(
                matches.len(),
                1,
                "Annex 10 column {header:?}: the report has this header, the dataset maps it \
                 (annex10_column) to {:?} ISCMs, not exactly one",
                matches.iter().map(|x| &x.id).collect::<Vec<_>>()
            );
            matches[0]
        })
        .collect()
}

fn ticked(iscm: &Iscm, theme_id: &str) -> bool {
    iscm.theme_ids
        .as_ref()
        .is_some_and(|ids| ids.iter().any(|t| t == theme_id))
}

fn unclear(iscm: &Iscm, theme_id: &str) -> bool {
    iscm.theme_ids_unclear.iter().any(|t| t == theme_id)
}

fn reading(is_ticked: bool) -> &'static str {
    if is_ticked {
        "ticked"
    } else {
        "not ticked"
    }
}

#[test]
fn annex10_columns_map_to_iscms() {
    let data = dataset();
    let annex10 = parse_annex10(&report());
    note(&data, NOTE_COLUMN_SPELLINGS);
    assert_eq!(annex10.columns.len(), 29, "Annex 10: expected 29 columns");
    let by_column = column_iscms(&data, &annex10);
    let mapped: BTreeSet<&str> = by_column.iter().map(|x| x.id.as_str()).collect();
    for iscm in &data.iscms {
        let who = label(iscm);
        match &iscm.annex10_column {
            Some(column) => {
                assert!(
                    annex10.columns.contains(column),
                    "{who}: the dataset annex10_column is {column:?}, the report has no such \
                     Annex 10 column (headers: {:?})",
                    annex10.columns
                );
                assert!(
                    iscm.theme_ids.is_some(),
                    "{who}: Annex 10 has column {column:?}, the dataset theme_ids is null"
                );
            }
            None => {
                assert!(
                    !mapped.contains(iscm.id.as_str()),
                    "{who}: an Annex 10 column maps to it, the dataset annex10_column is null"
                );
                assert_eq!(
                    iscm.theme_ids, None,
                    "{who}: no Annex 10 column maps to it, so theme_ids must be null (unknown); \
                     the dataset has {:?}",
                    iscm.theme_ids
                );
                assert!(
                    iscm.theme_ids_unclear.is_empty(),
                    "{who}: no Annex 10 column, the dataset theme_ids_unclear is {:?}",
                    iscm.theme_ids_unclear
                );
            }
        }
    }
}

#[test]
fn annex10_commit_has_no_column() {
    let data = dataset();
    let annex10 = parse_annex10(&report());
    let commit = data
        .iscms
        .iter()
        .find(|x| x.id == "commit")
        .expect("the dataset has the ISCM commit");
    assert!(
        note_names(&data, NOTE_NO_COMMIT, "commit"),
        "data note {NOTE_NO_COMMIT} must name commit"
    );
    let by_column = column_iscms(&data, &annex10);
    assert!(
        by_column.iter().all(|x| x.id != "commit"),
        "COMMIT (commit): the report's Annex 10 headers {:?} have no COMMIT column, but the \
         dataset maps one to it",
        annex10.columns
    );
    for column in &annex10.columns {
        assert!(
            !column.contains("COMMIT") && !column.contains("Mekong"),
            "COMMIT (commit): the report has Annex 10 column {column:?}"
        );
    }
    assert_eq!(
        commit.annex10_column, None,
        "COMMIT (commit), column annex10_column: the report has no column, the dataset has \
         {:?}",
        commit.annex10_column
    );
    assert_eq!(
        commit.theme_ids, None,
        "COMMIT (commit), theme_ids: the report has no column, so null; the dataset has {:?}",
        commit.theme_ids
    );
}

#[test]
fn annex10_theme_names_match_row_labels() {
    let data = dataset();
    let annex10 = parse_annex10(&report());
    let labels: Vec<&str> = annex10.rows.iter().map(|(l, _)| l.as_str()).collect();
    let names: Vec<&str> = data.themes.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names.len(),
        labels.len(),
        "themes: the report has {} Annex 10 rows, the dataset {} themes",
        labels.len(),
        names.len()
    );
    for (i, ((row_label, cells), theme)) in annex10.rows.iter().zip(&data.themes).enumerate() {
        assert_eq!(
            &theme.name, row_label,
            "theme {} (position {}): the report's Annex 10 row label is {row_label:?}, the dataset \
             name is {:?}",
            theme.id, i + 1, theme.name
        );
        assert_eq!(
            theme.annex10_cells as usize,
            cells.len(),
            "theme {row_label:?}, annex10_cells: the report row has {} tick cells, the dataset \
             says {}",
            cells.len(),
            theme.annex10_cells
        );
    }
}

#[test]
fn annex10_ticks_match_report() {
    let data = dataset();
    let annex10 = parse_annex10(&report());
    let by_column = column_iscms(&data, &annex10);
    let width = annex10.columns.len();
    let mut ticks_compared = 0;
    let mut ticks = 0;
    let mut full_rows = 0;
    for ((row_label, cells), theme) in annex10.rows.iter().zip(&data.themes) {
        assert_eq!(
            &theme.name, row_label,
            "themes are not in Annex 10 row order"
        );
        if cells.len() != width {
            continue;
        }
        full_rows += 1;
        for ((column, cell), iscm) in annex10.columns.iter().zip(cells).zip(&by_column) {
            let who = label(iscm);
            let has = ticked(iscm, &theme.id);
            assert_eq!(
                has,
                cell == TICK,
                "{who}, column {column:?}, theme {row_label:?}: the report has {cell:?}, the \
                 dataset theme_ids {} {:?}",
                if has { "has" } else { "lacks" },
                theme.id
            );
            assert!(
                !unclear(iscm, &theme.id),
                "{who}, column {column:?}, theme {row_label:?}: the report has a clear {cell:?}, the \
                 dataset lists {:?} in theme_ids_unclear",
                theme.id
            );
            ticks_compared += 1;
            if cell == TICK {
                ticks += 1;
            }
        }
    }
    println!(
        "Annex 10: {ticks_compared} cells of {full_rows} full rows compared ({ticks} ticks, {} \
         dashes), {} header rows",
        ticks_compared - ticks,
        annex10.header_rows
    );
    assert_eq!(
        full_rows, 30,
        "Annex 10: expected 30 rows with one cell per column"
    );
}

#[test]
fn annex10_garbled_row_readings_are_certain_or_unclear() {
    let data = dataset();
    let annex10 = parse_annex10(&report());
    let by_column = column_iscms(&data, &annex10);
    let width = annex10.columns.len();
    let garbled_note = note(&data, NOTE_GARBLED_ROW);
    let mut garbled_rows = 0;
    let mut certain = 0;
    let mut unclear_count = 0;
    let mut unclear_iscms = BTreeSet::new();
    for ((row_label, cells), theme) in annex10.rows.iter().zip(&data.themes) {
        if cells.len() == width {
            continue;
        }
        garbled_rows += 1;
        assert!(
            cells.len() > width,
            "Annex 10, theme {row_label:?}: the row has {} cells for {width} columns; only rows \
             with extra cells can be read",
            cells.len()
        );
        let extra = cells.len() - width;
        for (j, (column, iscm)) in annex10.columns.iter().zip(&by_column).enumerate() {
            let who = label(iscm);
            // Wherever the extra cells are, column j reads one of cells[j..=j + extra].
            let readings: BTreeSet<&str> =
                cells[j..=j + extra].iter().map(String::as_str).collect();
            let has = ticked(iscm, &theme.id);
            if unclear(iscm, &theme.id) {
                assert!(
                    !has,
                    "{who}, column {column:?}, theme {row_label:?}: the dataset has {:?} in both \
                     theme_ids and theme_ids_unclear",
                    theme.id
                );
                // An unclear entry must be one the alignment really leaves open.
                assert!(
                    readings.len() > 1,
                    "{who}, column {column:?}, theme {row_label:?}: every alignment of the report \
                     reads {readings:?}, but the dataset lists {:?} in theme_ids_unclear",
                    theme.id
                );
                unclear_count += 1;
                unclear_iscms.insert(iscm.id.clone());
            } else {
                let want = if has { TICK } else { NO_TICK };
                assert!(
                    readings.len() == 1 && readings.contains(want),
                    "{who}, column {column:?}, theme {row_label:?}: the possible readings of the \
                     report are {readings:?}, the dataset records it as certainly {} and not in \
                     theme_ids_unclear",
                    reading(has)
                );
                certain += 1;
            }
        }
    }
    assert_eq!(garbled_rows, 1, "Annex 10: expected one garbled row");
    let named: BTreeSet<String> = garbled_note.iscm_ids.iter().cloned().collect();
    assert_eq!(
        unclear_iscms, named,
        "the ISCMs with an unclear reading differ from those data note {NOTE_GARBLED_ROW} names"
    );
    // Unclear entries only for themes of garbled rows.
    let garbled_ids: BTreeSet<&str> = annex10
        .rows
        .iter()
        .zip(&data.themes)
        .filter(|((_, cells), _)| cells.len() != width)
        .map(|(_, t)| t.id.as_str())
        .collect();
    for iscm in &data.iscms {
        for t in &iscm.theme_ids_unclear {
            assert!(
                garbled_ids.contains(t.as_str()),
                "{}: theme {t:?} is in theme_ids_unclear, but its Annex 10 row is clear in the \
                 report",
                label(iscm)
            );
        }
    }
    println!(
        "Annex 10 garbled row: {certain} certain readings, {unclear_count} unclear readings \
         compared"
    );
}

#[test]
fn annex10_theme_ids_are_exactly_the_certain_ticks() {
    let data = dataset();
    let annex10 = parse_annex10(&report());
    let by_column = column_iscms(&data, &annex10);
    let width = annex10.columns.len();
    for (j, iscm) in by_column.iter().enumerate() {
        let mut expected = Vec::new();
        for ((_, cells), theme) in annex10.rows.iter().zip(&data.themes) {
            let extra = cells.len().checked_sub(width).unwrap_or_else(|| {
                panic!("Annex 10, theme {:?}: fewer cells than columns", theme.name)
            });
            if cells[j..=j + extra].iter().all(|c| c == TICK) {
                expected.push(theme.id.clone());
            }
        }
        assert_eq!(
            iscm.theme_ids.as_ref(),
            Some(&expected),
            "{}, column {:?}: the report's certain ticks, in Annex 10 order, are {expected:?}, \
             the dataset theme_ids are {:?}",
            label(iscm),
            annex10.columns[j],
            iscm.theme_ids
        );
    }
}

// ------------------------------------------------------------------ Annex 7

/// A numbered item of Annex 7: its number, name and marker ("", "*" or "**").
struct Annex7Item {
    number: usize,
    name: String,
    marker: &'static str,
}

/// The two numbered lists of Annex 7 (survey, then GRCP 8) and the whole section.
fn parse_annex7(text: &str) -> (Vec<Vec<Annex7Item>>, Vec<&str>) {
    let lines = section(text, "# ANNEX 7.", "# ANNEX 8.");
    let mut lists: Vec<Vec<Annex7Item>> = Vec::new();
    for line in &lines {
        let Some((number, rest)) = line.split_once(". ") else {
            continue;
        };
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let number: usize = number.parse().expect("digits");
        // The markers are printed as Markdown escapes (note NOTE_ANNEX7_MARKERS).
        let (name, marker) = if let Some(name) = rest.strip_suffix("\\*\\*") {
            (name, "**")
        } else if let Some(name) = rest.strip_suffix("\\*") {
            (name, "*")
        } else {
            (rest, "")
        };
        if number == 1 {
            lists.push(Vec::new());
        }
        let list = lists
            .last_mut()
            .unwrap_or_else(|| panic!("Annex 7: item {line:?} before any list"));
        assert_eq!(
            number,
            list.len() + 1,
            "Annex 7: list items are not numbered consecutively at {line:?}"
        );
        assert!(
            !name.contains('*') && name == name.trim(),
            "Annex 7: unexpected marker or spacing in {line:?}"
        );
        list.push(Annex7Item {
            number,
            name: name.to_owned(),
            marker,
        });
    }
    assert_eq!(lists.len(), 2, "Annex 7: expected two numbered lists");
    (lists, lines)
}

/// The ISCM an Annex 7 name denotes: the name equals its name, short name or one of its
/// `names_elsewhere`, or is "A (B)" with A and B among those.
fn find_iscm<'a>(data: &'a Dataset, printed: &str) -> &'a Iscm {
    let forms = |x: &'a Iscm| {
        let mut f: Vec<&'a str> = vec![x.name.as_str(), x.short_name.as_str()];
        f.extend(x.names_elsewhere.iter().map(|n| n.name.as_str()));
        f
    };
    let split = printed
        .strip_suffix(')')
        .and_then(|s| s.rfind(" (").map(|at| (&s[..at], &s[at + 2..])));
    let matches: Vec<&Iscm> = data
        .iscms
        .iter()
        .filter(|x| {
            let f = forms(x);
            f.contains(&printed) || split.is_some_and(|(a, b)| f.contains(&a) && f.contains(&b))
        })
        .collect();
    assert_eq!(
        matches.len(),
        1,
        "Annex 7: the report's name {printed:?} matches {:?} ISCMs by name, short name or \
         names_elsewhere, not exactly one",
        matches.iter().map(|x| &x.id).collect::<Vec<_>>()
    );
    matches[0]
}

/// The number just before `phrase` on every line of `lines` that contains it (at least one;
/// all must agree).
fn stated_count(lines: &[&str], phrase: &str) -> u32 {
    let mut found = BTreeSet::new();
    for line in lines {
        if let Some(at) = line.find(phrase) {
            let before = line[..at].trim_end();
            let digits: String = before
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            assert!(
                !digits.is_empty(),
                "no number before {phrase:?} in {line:?}"
            );
            found.insert(digits.parse::<u32>().expect("digits"));
        }
    }
    assert_eq!(
        found.len(),
        1,
        "the report states {found:?} for {phrase:?}, not exactly one number"
    );
    found.into_iter().next().expect("one number")
}

/// Ids of the ISCMs of an Annex 7 list, with the item of each.
fn list_ids<'a>(data: &Dataset, list: &'a [Annex7Item]) -> BTreeMap<String, &'a Annex7Item> {
    let mut ids = BTreeMap::new();
    for item in list {
        let iscm = find_iscm(data, &item.name);
        let before = ids.insert(iscm.id.clone(), item);
        assert!(
            before.is_none(),
            "Annex 7: {} is listed twice in the same list",
            label(iscm)
        );
    }
    ids
}

#[test]
fn annex7_flags_match_lists() {
    let data = dataset();
    let (lists, _) = parse_annex7(&report());
    let survey = list_ids(&data, &lists[0]);
    let grcp8 = list_ids(&data, &lists[1]);
    let describe = |list: &str, item: Option<&&Annex7Item>| match item {
        Some(item) => format!(
            "lists it as item {} {:?}{}",
            item.number,
            item.name,
            if item.marker.is_empty() {
                String::new()
            } else {
                format!(" (marker {})", item.marker)
            }
        ),
        None => format!("does not list it in the {list} list"),
    };
    for iscm in &data.iscms {
        let who = label(iscm);
        let s = survey.get(&iscm.id);
        assert_eq!(
            s.is_some(),
            iscm.survey_2019,
            "{who}, survey_2019: Annex 7 {}, the dataset survey_2019 is {}",
            describe("2019 Assessment Survey", s),
            iscm.survey_2019
        );
        let g = grcp8.get(&iscm.id);
        assert_eq!(
            g.is_some(),
            iscm.grcp8,
            "{who}, grcp8: Annex 7 {}, the dataset grcp8 is {}",
            describe("GRCP 8", g),
            iscm.grcp8
        );
    }
    println!(
        "Annex 7: {} flags compared ({} survey, {} GRCP 8 items)",
        data.iscms.len() * 2,
        survey.len(),
        grcp8.len()
    );
}

#[test]
fn annex7_markers_and_counts_match_report() {
    let data = dataset();
    let report = report();
    note(&data, NOTE_ANNEX7_MARKERS);
    let (lists, lines) = parse_annex7(&report);
    let survey = list_ids(&data, &lists[0]);
    let grcp8 = list_ids(&data, &lists[1]);
    let s: BTreeSet<&str> = survey.keys().map(String::as_str).collect();
    let g: BTreeSet<&str> = grcp8.keys().map(String::as_str).collect();

    let both = stated_count(&lines, "ISCMs participated in both");
    let grcp8_only = stated_count(&lines, "ISCMs participated at GRCP 8, but not");
    let survey_only = stated_count(&lines, "ISCM participated only in the Assessment Survey");
    let methodology: Vec<&str> = report.lines().collect();
    let present = stated_count(&methodology, "ISCMs. The GRCP agenda");
    // The list lengths are the counts the numbered lists state.
    let survey_count = lists[0].last().map_or(0, |i| i.number) as u32;
    let grcp8_count = lists[1].last().map_or(0, |i| i.number) as u32;
    assert_eq!(
        (survey_count, grcp8_count, both, grcp8_only, survey_only),
        (22, 27, 21, 6, 1),
        "Annex 7: the counts parsed from the report (survey, GRCP 8, both, GRCP 8 only, \
         survey only)"
    );
    assert_eq!(
        present, grcp8_count,
        "the Methodology says GRCP 8 was attended by {present} ISCMs, Annex 7 lists \
         {grcp8_count}"
    );

    let p = &data.participation;
    let pairs = [
        ("survey_iscm_count", survey_count, p.survey_iscm_count),
        ("grcp8_iscm_count", grcp8_count, p.grcp8_iscm_count),
        ("both_count", both, p.both_count),
        ("grcp8_only_count", grcp8_only, p.grcp8_only_count),
        ("survey_only_count", survey_only, p.survey_only_count),
    ];
    for (field, report_value, dataset_value) in pairs {
        assert_eq!(
            report_value, dataset_value,
            "participation.{field}: the report states {report_value}, the dataset has \
             {dataset_value}"
        );
    }

    // The stated counts agree with the lists ...
    let sets = [
        ("both", both, s.intersection(&g).count()),
        ("GRCP 8 only", grcp8_only, g.difference(&s).count()),
        ("survey only", survey_only, s.difference(&g).count()),
    ];
    for (what, stated, counted) in sets {
        assert_eq!(
            stated as usize, counted,
            "Annex 7 {what}: the note states {stated}, the two lists give {counted}"
        );
    }
    // ... and the markers with the differences of the lists.
    let marked = |marker: &str| -> BTreeSet<&str> {
        survey
            .iter()
            .chain(&grcp8)
            .filter(|(_, item)| item.marker == marker)
            .map(|(id, _)| id.as_str())
            .collect()
    };
    let g_only: BTreeSet<&str> = g.difference(&s).copied().collect();
    let s_only: BTreeSet<&str> = s.difference(&g).copied().collect();
    assert_eq!(
        marked("*"),
        g_only,
        "Annex 7: the ISCMs marked \\* (GRCP 8 only) differ from those in the GRCP 8 list only"
    );
    assert_eq!(
        marked("**"),
        s_only,
        "Annex 7: the ISCMs marked \\*\\* (survey only) differ from those in the survey list \
         only"
    );

    // The dataset's flags give the same counts.
    let flags = |f: fn(&Iscm) -> bool| data.iscms.iter().filter(|x| f(x)).count() as u32;
    let dataset_counts = (
        flags(|x| x.survey_2019),
        flags(|x| x.grcp8),
        flags(|x| x.survey_2019 && x.grcp8),
        flags(|x| x.grcp8 && !x.survey_2019),
        flags(|x| x.survey_2019 && !x.grcp8),
    );
    assert_eq!(
        dataset_counts,
        (survey_count, grcp8_count, both, grcp8_only, survey_only),
        "counts (survey, GRCP 8, both, GRCP 8 only, survey only): the report states {:?}, \
         the dataset's survey_2019/grcp8 flags give {dataset_counts:?}",
        (survey_count, grcp8_count, both, grcp8_only, survey_only)
    );
}
