//! Member States per ISCM, most first.

use crate::dataset::iscms::IscmKind;
use crate::dataset::Dataset;
use crate::i18n::charts::ChartsText;
use crate::i18n::{count, fill, number, Lang};

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
    crate::stable_sort::sort_by_key(&mut bars, |bar| std::cmp::Reverse(bar.members));
    bars
}

/// The table view, headed in `lang`.
pub fn members_table(data: &Dataset, bars: &[MemberBar], lang: Lang) -> ChartTable {
    let t = ChartsText::of(lang);
    let mut table = ChartTable::new(&["ISCM", t.header_type, t.header_member_states])
        .with_data_columns(&[true, true]);
    for bar in bars {
        table.push(vec![
            bar.short_name.clone(),
            data.type_label(bar.kind).to_string(),
            bar.members.to_string(),
        ]);
    }
    table
}

/// A one-line reading in `lang`: the range and the median.
pub fn members_reading(bars: &[MemberBar], lang: Lang) -> String {
    let t = ChartsText::of(lang);
    let n = |value: u32| number(lang, i64::from(value));
    match bars {
        [] => t.none_selected.to_string(),
        [one] => fill(
            &count(lang, one.members as usize, t.members_one, t.members_other),
            &[("name", &one.short_name)],
        ),
        _ => {
            let (top, bottom) = (&bars[0], &bars[bars.len() - 1]);
            fill(
                t.members_range,
                &[
                    ("max", &n(top.members)),
                    ("top", &top.short_name),
                    ("min", &n(bottom.members)),
                    ("bottom", &bottom.short_name),
                    ("median", &n(median(bars))),
                ],
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

/// The bars as marks, named in `lang`: each opens its ISCM's page.
pub fn member_marks(data: &Dataset, bars: &[MemberBar], lang: Lang) -> Vec<BarMark> {
    let t = ChartsText::of(lang);
    bars.iter()
        .map(|bar| {
            let members = number(lang, i64::from(bar.members));
            BarMark {
                key: bar.id.clone(),
                label: bar.short_name.clone(),
                label_is_data: true,
                name_after_label: (lang != Lang::En).then(|| {
                    fill(
                        t.member_mark_after,
                        &[("type", data.type_label(bar.kind)), ("n", &members)],
                    )
                }),
                value: f64::from(bar.members),
                ghost: None,
                name: fill(
                    t.member_mark,
                    &[
                        ("name", &bar.short_name),
                        ("type", data.type_label(bar.kind)),
                        ("n", &members),
                    ],
                ),
                value_text: members,
                class: kind_class(bar.kind),
                action: Some(MarkAction::Link(Route::Iscm(bar.id.clone()).to_hash())),
                pressed: None,
            }
        })
        .collect()
}
