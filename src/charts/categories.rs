//! The bar charts of one facet (type, region, theme, role of IOM, secretariat): how many of
//! all ISCMs, and of those the filters select, have each value. Each bar carries the filter
//! it applies when chosen.

use crate::dataset::Dataset;
use crate::explore::filter::{facet_values, filter_matches};
use crate::explore::query::{FacetKind, Filter, Query};

use super::draw_bars::{BarMark, MarkAction};
use super::kind_class;
use super::table::ChartTable;

/// One bar: a value of the facet and its counts.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryBar {
    pub label: String,
    /// ISCMs of the whole fact sheet with this value.
    pub total: usize,
    /// ISCMs the current filters select with this value.
    pub selected: usize,
    /// What choosing the bar applies (or removes, when `active`).
    pub filter: Filter,
    /// Whether that filter is already applied.
    pub active: bool,
}

/// A facet's bars, and what they count.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryChart {
    pub bars: Vec<CategoryBar>,
    /// ISCMs counted: all of them, or those the filters select.
    pub total_iscms: usize,
    pub selected_iscms: usize,
    pub filtered: bool,
    /// ISCMs the facet cannot place (Annex 10 does not cover them, for themes).
    pub not_covered: Vec<String>,
}

/// Counts the ISCMs of each value of `facet` (type, region, theme, role of IOM or
/// secretariat). `selection` is [`super::selection`] for the query. Bars are sorted by
/// count, most first (ties in the dataset's order), except types, which keep their order.
pub fn category_chart(
    data: &Dataset,
    selection: &[bool],
    query: &Query,
    facet: FacetKind,
) -> CategoryChart {
    let mut bars: Vec<CategoryBar> = facet_values(data, facet)
        .into_iter()
        .map(|(filter, label)| {
            let mut total = 0;
            let mut selected = 0;
            for (index, iscm) in data.iscms.iter().enumerate() {
                if filter_matches(iscm, &filter) {
                    total += 1;
                    if selection.get(index).copied().unwrap_or(false) {
                        selected += 1;
                    }
                }
            }
            CategoryBar {
                label,
                total,
                selected,
                active: query.has(&filter),
                filter,
            }
        })
        .collect();
    if facet != FacetKind::Type {
        bars.sort_by_key(|bar| std::cmp::Reverse(bar.total));
    }
    let not_covered = if facet == FacetKind::Theme {
        data.iscms
            .iter()
            .filter(|iscm| iscm.theme_ids.is_none())
            .map(|iscm| iscm.short_name.clone())
            .collect()
    } else {
        Vec::new()
    };
    CategoryChart {
        bars,
        total_iscms: data.iscms.len(),
        selected_iscms: selection.iter().filter(|s| **s).count(),
        filtered: query.is_filtered(),
        not_covered,
    }
}

impl CategoryChart {
    /// The count a bar shows: of the selected ISCMs when filtered, else of all.
    pub fn shown(&self, bar: &CategoryBar) -> usize {
        if self.filtered {
            bar.selected
        } else {
            bar.total
        }
    }

    /// The largest count any bar reaches (the axis covers the totals, so bars keep their
    /// scale when filters change).
    pub fn max_total(&self) -> usize {
        self.bars.iter().map(|b| b.total).max().unwrap_or(0)
    }

    /// The table view: one row per bar.
    pub fn table(&self, value_header: &str) -> ChartTable {
        let mut table = if self.filtered {
            ChartTable::new(&[value_header, "ISCMs matching the filters", "All ISCMs"])
        } else {
            ChartTable::new(&[value_header, "ISCMs"])
        };
        for bar in &self.bars {
            let mut row = vec![bar.label.clone()];
            if self.filtered {
                row.push(bar.selected.to_string());
            }
            row.push(bar.total.to_string());
            table.push(row);
        }
        table
    }

    /// A one-line reading: the most common value (or values, when tied) and what the
    /// counts add up to. `noun` names a value ("type", "theme").
    pub fn reading(&self, noun: &str, multi_valued: bool) -> String {
        let of = if self.filtered {
            format!("of the {} ISCMs the filters select", self.selected_iscms)
        } else {
            format!("of all {} ISCMs", self.total_iscms)
        };
        let most = self.bars.iter().map(|b| self.shown(b)).max().unwrap_or(0);
        let mut text = if most == 0 {
            format!("No ISCM {of} has a {noun} shown here.")
        } else {
            let top: Vec<&str> = self
                .bars
                .iter()
                .filter(|b| self.shown(b) == most)
                .map(|b| b.label.as_str())
                .collect();
            match top.as_slice() {
                [one] => format!("Most common {noun}: {one}, {most} {of}."),
                _ => format!("Most common {noun}s: {}, {most} each {of}.", join_and(&top)),
            }
        };
        if multi_valued {
            text.push_str(" An ISCM can have several, so the bars add up to more than the ISCMs.");
        }
        text
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

impl CategoryChart {
    /// The bars as marks: choosing one applies its filter (or removes it, when applied).
    pub fn marks(&self, query: &Query) -> Vec<BarMark> {
        self.bars
            .iter()
            .map(|bar| {
                let shown = self.shown(bar);
                let value_text = if self.filtered {
                    format!("{shown} of {}", bar.total)
                } else {
                    shown.to_string()
                };
                // The visible value ("5 of 17") is part of the name (WCAG 2.5.3).
                let counted = if self.filtered {
                    format!("{shown} of {} ISCMs match the filters", bar.total)
                } else {
                    format!("{shown} ISCMs")
                };
                let action = if bar.active {
                    "Filter applied; choose to remove it.".to_string()
                } else {
                    format!("Choose to filter by {}.", bar.label)
                };
                BarMark {
                    key: bar.filter.value(),
                    label: bar.label.clone(),
                    value: shown as f64,
                    ghost: self.filtered.then_some(bar.total as f64),
                    value_text,
                    name: format!("{}: {counted}. {action}", bar.label),
                    class: match bar.filter {
                        Filter::Type(kind) => kind_class(kind),
                        _ => "bar",
                    },
                    action: Some(MarkAction::Query(query.toggled(bar.filter.clone()))),
                    pressed: Some(bar.active),
                }
            })
            .collect()
    }
}
