//! Member States per ISCM, most first.

use crate::dataset::iscms::IscmKind;
use crate::dataset::Dataset;

use crate::route::Route;

use super::draw_bars::{BarMark, MarkAction};
use super::kind_class;
use super::table::ChartTable;

/// One ISCM's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberBar {
    pub id: String,
    pub short_name: String,
    pub kind: IscmKind,
    pub members: u32,
}

/// The selected ISCMs by number of member States, most first (ties in fact-sheet order).
pub fn member_bars(data: &Dataset, selection: &[bool]) -> Vec<MemberBar> {
    let mut bars: Vec<MemberBar> = data
        .iscms
        .iter()
        .enumerate()
        .filter(|(index, _)| selection.get(*index).copied().unwrap_or(false))
        .map(|(_, iscm)| MemberBar {
            id: iscm.id.clone(),
            short_name: iscm.short_name.clone(),
            kind: iscm.kind,
            members: iscm.member_states,
        })
        .collect();
    bars.sort_by_key(|bar| std::cmp::Reverse(bar.members));
    bars
}

/// The table view.
pub fn members_table(data: &Dataset, bars: &[MemberBar]) -> ChartTable {
    let mut table = ChartTable::new(&["ISCM", "Type", "Member States"]);
    for bar in bars {
        table.push(vec![
            bar.short_name.clone(),
            data.type_label(bar.kind).to_string(),
            bar.members.to_string(),
        ]);
    }
    table
}

/// A one-line reading: the range and the median.
pub fn members_reading(bars: &[MemberBar]) -> String {
    match bars {
        [] => "No ISCM the filters select.".to_string(),
        [one] => format!("{} has {} member States.", one.short_name, one.members),
        _ => {
            let (top, bottom) = (&bars[0], &bars[bars.len() - 1]);
            format!(
                "From {} member States ({}) to {} ({}); half of these ISCMs have {} or more. The scale is logarithmic, so small processes stay readable.",
                top.members,
                top.short_name,
                bottom.members,
                bottom.short_name,
                median(bars)
            )
        }
    }
}

/// The median member count (of a list sorted most first), rounded down.
pub fn median(bars: &[MemberBar]) -> u32 {
    let n = bars.len();
    if n == 0 {
        return 0;
    }
    // Sorted descending: the middle of the list, or the mean of the two middle values.
    if n % 2 == 1 {
        bars[n / 2].members
    } else {
        (bars[n / 2 - 1].members + bars[n / 2].members) / 2
    }
}

/// The bars as marks: each opens its ISCM's page.
pub fn member_marks(data: &Dataset, bars: &[MemberBar]) -> Vec<BarMark> {
    bars.iter()
        .map(|bar| BarMark {
            key: bar.id.clone(),
            label: bar.short_name.clone(),
            value: f64::from(bar.members),
            ghost: None,
            value_text: bar.members.to_string(),
            name: format!(
                "{} ({}): {} member States. Open its page.",
                bar.short_name,
                data.type_label(bar.kind),
                bar.members
            ),
            class: kind_class(bar.kind),
            action: Some(MarkAction::Link(Route::Iscm(bar.id.clone()).to_hash())),
            pressed: None,
        })
        .collect()
}
