//! The timeline of establishment: how many ISCMs of each type existed each year from the
//! first (1985) to the fact sheet's year, with the milestones of global migration governance
//! and the ISCMs that ended, transformed or were renamed (from `context.json`).

use crate::dataset::context::{Context, EventKind};
use crate::dataset::iscms::IscmKind;
use crate::dataset::Dataset;
use crate::explore::query::{Filter, Query};
use crate::i18n::charts::ChartsText;
use crate::i18n::{fill, number, Lang};

use super::svg::px;
use super::table::ChartTable;

/// One year of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundingYear {
    pub year: u16,
    /// The selected ISCMs established that year: id, short name, type.
    pub established: Vec<(String, String, IscmKind)>,
    /// Selected ISCMs established up to and including the year, per type in
    /// [`IscmKind::ALL`] order.
    pub cumulative: [usize; 3],
    /// All ISCMs established up to and including the year.
    pub cumulative_all: usize,
}

impl FoundingYear {
    pub fn cumulative_selected(&self) -> usize {
        self.cumulative.iter().sum()
    }
}

/// The timeline's numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundingChart {
    /// Every year from the first establishment to the fact sheet's year.
    pub years: Vec<FoundingYear>,
    pub filtered: bool,
}

/// The year a text such as "June 2019" names (its last run of four digits).
pub fn year_in(text: &str) -> Option<u16> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| part.len() == 4)
        .filter_map(|part| part.parse().ok())
        .next_back()
}

pub fn founding_chart(data: &Dataset, selection: &[bool], query: &Query) -> FoundingChart {
    let established = data.iscms.iter().map(|i| i.established_year);
    let (Some(first), Some(last_founded)) = (established.clone().min(), established.max()) else {
        return FoundingChart {
            years: Vec::new(),
            filtered: query.is_filtered(),
        };
    };
    let last = year_in(&data.meta.fact_sheet_as_of)
        .unwrap_or(last_founded)
        .max(last_founded);
    let years = (first..=last)
        .map(|year| {
            let mut cumulative = [0; 3];
            let mut cumulative_all = 0;
            let mut established = Vec::new();
            for (index, iscm) in data.iscms.iter().enumerate() {
                if iscm.established_year > year {
                    continue;
                }
                cumulative_all += 1;
                if !selection.get(index).copied().unwrap_or(false) {
                    continue;
                }
                let kind_index = IscmKind::ALL
                    .iter()
                    .position(|k| *k == iscm.kind)
                    .unwrap_or(0);
                cumulative[kind_index] += 1;
                if iscm.established_year == year {
                    established.push((iscm.id.clone(), iscm.short_name.clone(), iscm.kind));
                }
            }
            FoundingYear {
                year,
                established,
                cumulative,
                cumulative_all,
            }
        })
        .collect();
    FoundingChart {
        years,
        filtered: query.is_filtered(),
    }
}

impl FoundingChart {
    pub fn first_year(&self) -> u16 {
        self.years.first().map_or(0, |y| y.year)
    }

    pub fn last_year(&self) -> u16 {
        self.years.last().map_or(0, |y| y.year)
    }

    /// The selected ISCMs at the end of the timeline.
    pub fn selected_total(&self) -> usize {
        self.years
            .last()
            .map_or(0, FoundingYear::cumulative_selected)
    }

    /// The table view: the years in which a selected ISCM was established, headed in `lang`
    /// (`kind_labels` are the dataset's names of the types).
    pub fn table(&self, kind_labels: [&str; 3], lang: Lang) -> ChartTable {
        let t = ChartsText::of(lang);
        let cumulative = |label: &str| fill(t.header_cumulative, &[("kind", label)]);
        let mut table = ChartTable::new(&[
            t.header_year,
            t.header_established,
            &cumulative(kind_labels[0]),
            &cumulative(kind_labels[1]),
            &cumulative(kind_labels[2]),
            t.header_total_cumulative,
        ])
        .with_data_columns(&[false, true]);
        for year in self.years.iter().filter(|y| !y.established.is_empty()) {
            let names: Vec<&str> = year.established.iter().map(|e| e.1.as_str()).collect();
            table.push(vec![
                year.year.to_string(),
                names.join("; "),
                year.cumulative[0].to_string(),
                year.cumulative[1].to_string(),
                year.cumulative[2].to_string(),
                year.cumulative_selected().to_string(),
            ]);
        }
        table
    }

    /// A one-line reading in `lang`: from the first to the last establishment, and when half
    /// existed.
    pub fn reading(&self, lang: Lang) -> String {
        let t = ChartsText::of(lang);
        let total = self.selected_total();
        let with_founding: Vec<&FoundingYear> = self
            .years
            .iter()
            .filter(|y| !y.established.is_empty())
            .collect();
        let (Some(first), Some(last)) = (with_founding.first(), with_founding.last()) else {
            return t.none_selected.to_string();
        };
        if total == 1 {
            let template = if self.filtered {
                t.founding_one_filtered
            } else {
                t.founding_one_all
            };
            return fill(template, &[("year", &first.year.to_string())]);
        }
        let half = total.div_ceil(2);
        let half_year = self
            .years
            .iter()
            .find(|y| y.cumulative_selected() >= half)
            .map_or(last.year, |y| y.year);
        let template = if self.filtered {
            t.founding_all_filtered
        } else {
            t.founding_all_sheet
        };
        fill(
            template,
            &[
                ("n", &number(lang, total as i64)),
                ("first", &first.year.to_string()),
                ("last", &last.year.to_string()),
                ("half", &half_year.to_string()),
            ],
        )
    }
}

/// The query after choosing a year: ISCMs established that year (both bounds set), or,
/// when exactly that year is already chosen, without the year bounds.
pub fn year_query(query: &Query, year: u16) -> Query {
    let from = Filter::FoundedFrom(year);
    let to = Filter::FoundedTo(year);
    if query.has(&from) && query.has(&to) {
        query.without(&from).without(&to)
    } else {
        query.with(from).with(to)
    }
}

/// A dated event drawn on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub id: String,
    pub year: u16,
    pub title: String,
    pub kind: EventKind,
}

/// The milestones of global migration governance (and global processes starting or
/// changing) within the timeline's years.
pub fn milestones(context: &Context, first: u16, last: u16) -> Vec<Marker> {
    markers(context, first, last, |kind| {
        matches!(kind, EventKind::Milestone | EventKind::GlobalProcess)
    })
}

/// ISCMs that completed their mandate, transformed or were renamed, within the years.
pub fn changes(context: &Context, first: u16, last: u16) -> Vec<Marker> {
    markers(context, first, last, |kind| {
        matches!(
            kind,
            EventKind::IscmEnded | EventKind::IscmTransformed | EventKind::IscmRenamed
        )
    })
}

fn markers(context: &Context, first: u16, last: u16, keep: fn(EventKind) -> bool) -> Vec<Marker> {
    context
        .timeline
        .iter()
        .filter(|event| keep(event.kind))
        .filter_map(|event| {
            let year = u16::try_from(event.year).ok()?;
            (first..=last).contains(&year).then(|| Marker {
                id: event.id.clone(),
                year,
                title: event.title.clone(),
                kind: event.kind,
            })
        })
        .collect()
}

/// The outline of a step area between `lower` and `upper` (one value per band), with band
/// edges `edges` (one more than the values): the SVG path of one layer of the stack.
pub fn step_area(edges: &[f64], lower: &[f64], upper: &[f64]) -> String {
    let n = upper
        .len()
        .min(lower.len())
        .min(edges.len().saturating_sub(1));
    if n == 0 {
        return String::new();
    }
    let mut path = format!("M{},{}", px(edges[0]), px(upper[0]));
    for i in 0..n {
        path.push_str(&format!("V{}H{}", px(upper[i]), px(edges[i + 1])));
    }
    for i in (0..n).rev() {
        path.push_str(&format!("V{}H{}", px(lower[i]), px(edges[i])));
    }
    path.push('Z');
    path
}

/// A step line through one value per band.
pub fn step_line(edges: &[f64], values: &[f64]) -> String {
    let n = values.len().min(edges.len().saturating_sub(1));
    if n == 0 {
        return String::new();
    }
    let mut path = format!("M{},{}", px(edges[0]), px(values[0]));
    for i in 0..n {
        path.push_str(&format!("V{}H{}", px(values[i]), px(edges[i + 1])));
    }
    path
}

/// The years labelled on the time axis: every `step` years from the first, where `step` is
/// 5 when a label (four digits) fits in five bands, else 10.
pub fn year_ticks(first: u16, last: u16, band_width: f64) -> Vec<u16> {
    let step = if band_width * 5.0 >= 40.0 { 5 } else { 10 };
    (first..=last).step_by(step).collect()
}

/// ISCMs that are dormant, completed or transformed but that the sources give no year for,
/// so the timeline cannot place them: name (short name when there is one) and status word
/// in `lang`.
pub fn undated_inactive(context: &Context, lang: Lang) -> Vec<(String, &'static str)> {
    let t = ChartsText::of(lang);
    use crate::dataset::context::InactiveStatus;
    context
        .inactive_iscms
        .iter()
        .filter(|iscm| iscm.year_ended.is_none())
        .filter_map(|iscm| {
            let status = match iscm.status {
                InactiveStatus::Dormant => t.status_dormant,
                InactiveStatus::Completed => t.status_completed,
                InactiveStatus::Transformed => t.status_transformed,
                _ => return None,
            };
            Some((
                iscm.short_name.clone().unwrap_or_else(|| iscm.name.clone()),
                status,
            ))
        })
        .collect()
}
