//! The bar charts of one facet (type, region, theme, role of IOM, secretariat): how many of
//! all ISCMs, and of those the filters select, have each value. Each bar carries the filter
//! it applies when chosen.

use crate::dataset::Dataset;
use crate::explore::filter::{facet_values, filter_matches};
use crate::explore::query::{FacetKind, Filter, Query};
use crate::i18n::charts::ChartsText;
use crate::i18n::{count, fill, number, Lang};

use super::draw_bars::{BarMark, MarkAction};
use super::table::ChartTable;
use super::{colon, kind_class};

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
        crate::stable_sort::sort_by_key(&mut bars, |bar| std::cmp::Reverse(bar.total));
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

    /// The table view: one row per bar, headed in `lang`; the values stay as the dataset
    /// names them.
    pub fn table(&self, facet: FacetKind, lang: Lang) -> ChartTable {
        let t = ChartsText::of(lang);
        let value_header = facet_words(facet, t).0;
        let table = if self.filtered {
            ChartTable::new(&[value_header, t.iscms_matching, t.all_iscms])
        } else {
            ChartTable::new(&[value_header, t.iscms])
        };
        let mut table = table.with_data_columns(&[true]);
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

    /// A one-line reading in `lang`: the most common value (or values, when tied) of the
    /// facet and what the counts add up to.
    pub fn reading(&self, facet: FacetKind, multi_valued: bool, lang: Lang) -> String {
        let t = ChartsText::of(lang);
        let (_, most_one, most_many, none) = facet_words(facet, t);
        let of = if self.filtered {
            count(
                lang,
                self.selected_iscms,
                t.of_filtered_one,
                t.of_filtered_other,
            )
        } else {
            fill(t.of_all, &[("n", &number(lang, self.total_iscms as i64))])
        };
        let most = self.bars.iter().map(|b| self.shown(b)).max().unwrap_or(0);
        let mut text = if most == 0 {
            fill(none, &[("of", &of)])
        } else {
            let top: Vec<&str> = self
                .bars
                .iter()
                .filter(|b| self.shown(b) == most)
                .map(|b| b.label.as_str())
                .collect();
            let template = if top.len() == 1 { most_one } else { most_many };
            fill(
                template,
                &[
                    ("value", &join_and_with(&top, t.and)),
                    ("n", &number(lang, most as i64)),
                    ("of", &of),
                ],
            )
        };
        if multi_valued {
            text.push_str(t.several_values);
        }
        text
    }
}

/// What choosing a bar does, for a name that has said the bar's label already.
fn action_without_label(active: bool, t: &ChartsText) -> &'static str {
    if active {
        t.filter_applied
    } else {
        t.filter_choose
    }
}

/// A facet's words: the table's header, the readings' templates for one most common value,
/// for several, and for none.
fn facet_words(
    facet: FacetKind,
    t: &ChartsText,
) -> (&'static str, &'static str, &'static str, &'static str) {
    match facet {
        FacetKind::Type => (t.header_type, t.most_type, t.most_types, t.no_type),
        FacetKind::Region => (t.header_region, t.most_region, t.most_regions, t.no_region),
        FacetKind::Theme => (t.header_theme, t.most_theme, t.most_themes, t.no_theme),
        FacetKind::IomRole => (
            t.header_iom_role,
            t.most_iom_role,
            t.most_iom_roles,
            t.no_iom_role,
        ),
        _ => (
            t.header_secretariat,
            t.most_secretariat,
            t.most_secretariats,
            t.no_secretariat,
        ),
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_and(items: &[&str]) -> String {
    join_and_with(items, " and ")
}

/// "A", "A et B", "A, B y C": the list joined with the language's `and` (with its spaces).
pub fn join_and_with(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

impl CategoryChart {
    /// The bars as marks, named in `lang`: choosing one applies its filter (or removes it,
    /// when applied).
    pub fn marks(&self, query: &Query, lang: Lang) -> Vec<BarMark> {
        let t = ChartsText::of(lang);
        self.bars
            .iter()
            .map(|bar| {
                let shown = self.shown(bar);
                let total = number(lang, bar.total as i64);
                let value_text = if self.filtered {
                    fill(
                        t.value_of_total,
                        &[("n", &number(lang, shown as i64)), ("total", &total)],
                    )
                } else {
                    number(lang, shown as i64)
                };
                // The visible value ("5 of 17") is part of the name (WCAG 2.5.3).
                let counted = if self.filtered {
                    fill(
                        &count(lang, shown, t.bar_matching_one, t.bar_matching_other),
                        &[("total", &total)],
                    )
                } else {
                    count(lang, shown, t.bar_count_one, t.bar_count_other)
                };
                let action = if bar.active {
                    t.filter_applied.to_string()
                } else {
                    fill(t.filter_by, &[("value", &bar.label)])
                };
                let name_after_label = (lang != Lang::En)
                    .then(|| format!("{counted}. {}", action_without_label(bar.active, t)));
                BarMark {
                    name_after_label,
                    key: bar.filter.value(),
                    label: bar.label.clone(),
                    label_is_data: true,
                    value: shown as f64,
                    ghost: self.filtered.then_some(bar.total as f64),
                    value_text,
                    name: format!("{}{}{counted}. {action}", bar.label, colon(lang)),
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
