//! Two to four ISCMs side by side: their fact-sheet cells as printed, their themes and
//! their participation, with the rows where they differ marked.

use crate::dataset::iscms::Iscm;
use crate::dataset::Dataset;
use crate::i18n::explorer::ExplorerText;
use crate::i18n::Lang;

use super::filter::has_theme;

/// One fact for every compared ISCM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRow {
    pub label: &'static str,
    /// One entry per compared ISCM, in order: the items of the cell (one or more).
    pub values: Vec<Vec<String>>,
    /// Whether the values are not all the same.
    pub differs: bool,
}

/// What the themes row shows for an ISCM Annex 10 does not cover.
pub const NOT_COVERED: &str = ExplorerText::EN.not_covered;

/// The rows of the comparison table for the ISCMs with these ids (unknown ids skipped):
/// type, member States, year established (with its note), regions, associated
/// organizations, chair-in-office, secretariat(s) and role of IOM as printed in Annex 2;
/// the Annex 10 themes (names, or [`NOT_COVERED`]); whether it answered the 2019 survey and
/// attended GRCP 8 ("Yes"/"No").
pub fn compare_rows(data: &Dataset, ids: &[String]) -> Vec<CompareRow> {
    compare_rows_in(data, ids, Lang::En)
}

/// [`compare_rows`] with the row labels, "Yes"/"No" and "Not covered by Annex 10" in an
/// interface language; the Annex 2 cells and theme names stay as printed.
pub fn compare_rows_in(data: &Dataset, ids: &[String], lang: Lang) -> Vec<CompareRow> {
    let t = ExplorerText::of(lang);
    let iscms: Vec<&Iscm> = ids.iter().filter_map(|id| data.iscm(id)).collect();
    let yes_no = |flag: bool| vec![if flag { t.yes } else { t.no }.to_string()];
    let rows: [(&'static str, Cell); 8] = [
        (t.facet_type, |i| i.annex2.kind.clone()),
        (t.facet_members, |i| i.annex2.member_states.clone()),
        (t.facet_founded, |i| i.annex2.established.clone()),
        (t.row_regions, |i| i.annex2.regions.clone()),
        (t.row_organizations, |i| i.annex2.organizations.clone()),
        (t.row_chair, |i| i.annex2.chair.clone()),
        (t.row_secretariats, |i| i.annex2.secretariats.clone()),
        (t.facet_iom_role, |i| i.annex2.iom_role.clone()),
    ];
    let mut out: Vec<CompareRow> = rows
        .into_iter()
        .map(|(label, cell)| row(label, iscms.iter().map(|i| cell(i)).collect()))
        .collect();
    out.push(row(
        t.row_themes,
        iscms
            .iter()
            .map(|iscm| match &iscm.theme_ids {
                None => vec![t.not_covered.to_string()],
                Some(theme_ids) => theme_ids
                    .iter()
                    .filter(|id| has_theme(iscm, id))
                    .map(|id| data.theme_name(id).to_string())
                    .collect(),
            })
            .collect(),
    ));
    out.push(row(
        t.facet_survey,
        iscms.iter().map(|i| yes_no(i.survey_2019)).collect(),
    ));
    out.push(row(
        t.facet_grcp8,
        iscms.iter().map(|i| yes_no(i.grcp8)).collect(),
    ));
    out
}

/// Reads one Annex 2 cell of an ISCM.
type Cell = fn(&Iscm) -> Vec<String>;

fn row(label: &'static str, values: Vec<Vec<String>>) -> CompareRow {
    let differs = values.windows(2).any(|pair| pair[0] != pair[1]);
    CompareRow {
        label,
        values,
        differs,
    }
}

/// The Annex 10 themes at least one of the ISCMs (unknown ids skipped) has or cannot be
/// read for, in Annex 10 order, with for each ISCM `Some(true)` (ticked), `Some(false)`
/// (not ticked) or `None` (unknown: not covered by Annex 10, or the cell cannot be read).
pub fn theme_matrix(data: &Dataset, ids: &[String]) -> Vec<(String, Vec<Option<bool>>)> {
    let iscms: Vec<&Iscm> = ids.iter().filter_map(|id| data.iscm(id)).collect();
    data.themes
        .iter()
        .filter_map(|theme| {
            let marks: Vec<Option<bool>> = iscms
                .iter()
                .map(|iscm| {
                    if iscm.theme_ids.is_none() || iscm.theme_ids_unclear.contains(&theme.id) {
                        None
                    } else {
                        Some(has_theme(iscm, &theme.id))
                    }
                })
                .collect();
            let unclear_for_some = iscms
                .iter()
                .any(|iscm| iscm.theme_ids_unclear.contains(&theme.id));
            (marks.contains(&Some(true)) || unclear_for_some).then(|| (theme.name.clone(), marks))
        })
        .collect()
}
