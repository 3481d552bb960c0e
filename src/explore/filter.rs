//! Which ISCMs a query selects, in what order, and how many each filter option would give.
//!
//! Filters of different facets must all hold. Within a facet, the type, region, role of
//! IOM and secretariat filters are alternatives (any selected value will do); theme filters
//! must all hold ([`ThemeMode::All`]) or any of them ([`ThemeMode::Any`]); range bounds are
//! inclusive; yes/no filters compare the flag. An ISCM that Annex 10 does not cover
//! (`theme_ids: None`) matches no theme filter, and a theme whose Annex 10 cell cannot be
//! read (`theme_ids_unclear`) does not count as ticked. The search must find every one of
//! its words (see [`super::search`]).

use crate::stable_sort;
use std::cmp::Ordering;
use std::ops::RangeInclusive;

use crate::dataset::iscms::Iscm;
use crate::dataset::statements::StatementsFile;
use crate::dataset::Dataset;
use crate::i18n::explorer::ExplorerText;
use crate::i18n::Lang;

use super::query::{FacetKind, Filter, Query, Sort, SortKey, ThemeMode};
use super::search::{fold, haystack, search_matches, terms};

/// Whether the ISCM passes every filter and the search of the query.
pub fn matches(
    data: &Dataset,
    iscm: &Iscm,
    query: &Query,
    statements: Option<&StatementsFile>,
) -> bool {
    if !filters_match(iscm, query) {
        return false;
    }
    let terms = terms(&query.search);
    terms.is_empty() || search_matches(&haystack(data, iscm, statements), &terms)
}

/// Whether one filter holds for the ISCM, on its own.
pub fn filter_matches(iscm: &Iscm, filter: &Filter) -> bool {
    match filter {
        Filter::Type(kind) => iscm.kind == *kind,
        Filter::Region(id) => iscm.region_ids.contains(id),
        Filter::Theme(id) => has_theme(iscm, id),
        Filter::IomRole(id) => iscm.iom_role_ids.contains(id),
        Filter::Secretariat(id) => iscm.secretariat_ids.contains(id),
        Filter::Associated(yes) => has_associated(iscm) == *yes,
        Filter::MembersMin(n) => iscm.member_states >= *n,
        Filter::MembersMax(n) => iscm.member_states <= *n,
        Filter::FoundedFrom(y) => iscm.established_year >= *y,
        Filter::FoundedTo(y) => iscm.established_year <= *y,
        Filter::Survey(yes) => iscm.survey_2019 == *yes,
        Filter::Grcp8(yes) => iscm.grcp8 == *yes,
    }
}

/// Whether the ISCM has an associated regional or multi-stakeholder organization.
pub fn has_associated(iscm: &Iscm) -> bool {
    !iscm.organization_ids.is_empty()
}

/// Whether Annex 10 certainly ticks the theme for the ISCM.
pub fn has_theme(iscm: &Iscm, theme_id: &str) -> bool {
    iscm.theme_ids
        .as_ref()
        .is_some_and(|ids| ids.iter().any(|id| id == theme_id))
        && !iscm.theme_ids_unclear.iter().any(|id| id == theme_id)
}

/// How many themes Annex 10 certainly ticks for the ISCM; `None` when Annex 10 does not
/// cover it.
pub fn theme_count(iscm: &Iscm) -> Option<usize> {
    iscm.theme_ids.as_ref().map(|ids| {
        ids.iter()
            .filter(|id| !iscm.theme_ids_unclear.contains(id))
            .count()
    })
}

/// Whether the filters of the query (not its search) hold for the ISCM.
fn filters_match(iscm: &Iscm, query: &Query) -> bool {
    FacetKind::ALL
        .into_iter()
        .all(|facet| facet_matches(iscm, query, facet))
}

/// Whether the query's filters of one facet hold for the ISCM (true when it has none).
fn facet_matches(iscm: &Iscm, query: &Query, facet: FacetKind) -> bool {
    let mut selected = query.filters_of(facet).peekable();
    if selected.peek().is_none() {
        return true;
    }
    let alternatives = match facet {
        FacetKind::Type | FacetKind::Region | FacetKind::IomRole | FacetKind::Secretariat => true,
        FacetKind::Theme => query.theme_mode == ThemeMode::Any,
        _ => false,
    };
    if alternatives {
        selected.any(|filter| filter_matches(iscm, filter))
    } else {
        selected.all(|filter| filter_matches(iscm, filter))
    }
}

/// Which ISCMs (by index in `data.iscms`) the search of a query finds: worked out once, as
/// building the haystacks is the costly part and adding a filter does not change it.
struct SearchHits(Option<Vec<bool>>);

impl SearchHits {
    fn new(data: &Dataset, query: &Query, statements: Option<&StatementsFile>) -> SearchHits {
        let terms = terms(&query.search);
        if terms.is_empty() {
            return SearchHits(None);
        }
        SearchHits(Some(
            data.iscms
                .iter()
                .map(|iscm| search_matches(&haystack(data, iscm, statements), &terms))
                .collect(),
        ))
    }

    fn hit(&self, index: usize) -> bool {
        self.0.as_ref().is_none_or(|hits| hits[index])
    }
}

fn matching<'a, 'q>(
    data: &'a Dataset,
    query: &'q Query,
    hits: &'q SearchHits,
) -> impl Iterator<Item = &'a Iscm> + 'q
where
    'a: 'q,
{
    data.iscms
        .iter()
        .enumerate()
        .filter(move |(index, iscm)| hits.hit(*index) && filters_match(iscm, query))
        .map(|(_, iscm)| iscm)
}

/// The ISCMs the query selects, sorted by `query.sort`; ties (and everything under the
/// default sort) in Annex 2 row order.
pub fn results<'a>(
    data: &'a Dataset,
    query: &Query,
    statements: Option<&StatementsFile>,
) -> Vec<&'a Iscm> {
    let hits = SearchHits::new(data, query, statements);
    let mut found: Vec<&Iscm> = matching(data, query, &hits).collect();
    sort_iscms(&mut found, query.sort);
    found
}

/// Sorts ISCMs: by the key in the chosen direction, then by Annex 2 row. Names compare
/// folded (case and accents ignored); for themes, ISCMs not covered by Annex 10 come last
/// in either direction.
pub fn sort_iscms(iscms: &mut [&Iscm], sort: Sort) {
    let directed = |ordering: Ordering| {
        if sort.descending {
            ordering.reverse()
        } else {
            ordering
        }
    };
    match sort.key {
        SortKey::Name => {
            let mut keyed: Vec<(String, &Iscm)> = iscms
                .iter()
                .map(|iscm| (fold(&iscm.short_name), *iscm))
                .collect();
            stable_sort::sort_by(&mut keyed, |(a_name, a), (b_name, b)| {
                directed(a_name.cmp(b_name)).then(a.row.cmp(&b.row))
            });
            for (slot, (_, iscm)) in iscms.iter_mut().zip(keyed) {
                *slot = iscm;
            }
        }
        SortKey::Members => stable_sort::sort_by(iscms, |a, b| {
            directed(a.member_states.cmp(&b.member_states)).then(a.row.cmp(&b.row))
        }),
        SortKey::Founded => stable_sort::sort_by(iscms, |a, b| {
            directed(a.established_year.cmp(&b.established_year)).then(a.row.cmp(&b.row))
        }),
        SortKey::Themes => stable_sort::sort_by(iscms, |a, b| {
            let by_count = match (theme_count(a), theme_count(b)) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(x), Some(y)) => directed(x.cmp(&y)),
            };
            by_count.then(a.row.cmp(&b.row))
        }),
        SortKey::Fact => stable_sort::sort_by(iscms, |a, b| directed(a.row.cmp(&b.row))),
    }
}

/// One choice in a facet of the filter panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    pub filter: Filter,
    pub label: String,
    /// How many ISCMs the list would show with this option chosen, with the other active
    /// filters and the search (for a chosen option: how many it shows now).
    pub count: usize,
    pub selected: bool,
}

/// The options of a list or yes/no facet, with their counts; empty for the range facets
/// (members, founded: see [`bounds`]). Options that would give nothing are kept, with
/// count 0.
pub fn facet_options(
    data: &Dataset,
    query: &Query,
    statements: Option<&StatementsFile>,
    facet: FacetKind,
) -> Vec<FacetOption> {
    facet_options_in(data, query, statements, facet, Lang::En)
}

/// [`facet_options`] with the interface's labels ("Yes", "No", the type of global
/// processes) in a language; the dataset's own names stay as they are.
pub fn facet_options_in(
    data: &Dataset,
    query: &Query,
    statements: Option<&StatementsFile>,
    facet: FacetKind,
    lang: Lang,
) -> Vec<FacetOption> {
    let values = facet_values_in(data, facet, lang);
    let filters: Vec<Filter> = values.iter().map(|(filter, _)| filter.clone()).collect();
    let states = option_states(data, query, statements, facet, &filters);
    values
        .into_iter()
        .zip(states)
        .map(|((filter, label), state)| FacetOption {
            filter,
            label,
            count: state.count,
            selected: state.selected,
        })
        .collect()
}

/// What changes about one option of a facet as filters change (its label and filter do
/// not): small and `Copy`, so the panel can tell cheaply which options changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionState {
    /// How many ISCMs the list would show with this option chosen (see [`FacetOption`]).
    pub count: usize,
    pub selected: bool,
}

/// The state of each of `options` (filters of `facet`, as from [`facet_values`]), in order.
pub fn option_states(
    data: &Dataset,
    query: &Query,
    statements: Option<&StatementsFile>,
    facet: FacetKind,
    options: &[Filter],
) -> Vec<OptionState> {
    if options.is_empty() {
        return Vec::new();
    }
    let hits = SearchHits::new(data, query, statements);
    // Choosing an option changes only its own facet's filters, so its count needs only that
    // facet checked, on the ISCMs that the search and every other facet let through
    // (worked out once): with 3,000 records this is most of a filter change's work.
    let others: Vec<&Iscm> = data
        .iscms
        .iter()
        .enumerate()
        .filter(|(index, iscm)| {
            hits.hit(*index)
                && FacetKind::ALL
                    .into_iter()
                    .filter(|other| *other != facet)
                    .all(|other| facet_matches(iscm, query, other))
        })
        .map(|(_, iscm)| iscm)
        .collect();
    let count_with = |query: &Query| {
        others
            .iter()
            .filter(|iscm| facet_matches(iscm, query, facet))
            .count()
    };
    let now = count_with(query);
    options
        .iter()
        .map(|filter| {
            let selected = query.has(filter);
            let count = if selected {
                now
            } else {
                count_with(&query.with(filter.clone()))
            };
            OptionState { count, selected }
        })
        .collect()
}

/// Every value a facet offers, with its label, in panel order.
pub fn facet_values(data: &Dataset, facet: FacetKind) -> Vec<(Filter, String)> {
    facet_values_in(data, facet, Lang::En)
}

/// [`facet_values`] with the interface's labels in a language.
pub fn facet_values_in(data: &Dataset, facet: FacetKind, lang: Lang) -> Vec<(Filter, String)> {
    let t = ExplorerText::of(lang);
    let yes_no = |make: fn(bool) -> Filter| {
        vec![
            (make(true), t.yes.to_string()),
            (make(false), t.no.to_string()),
        ]
    };
    match facet {
        FacetKind::Type => data
            .types
            .iter()
            .map(|t| {
                (
                    Filter::Type(t.id),
                    data.type_label_in(t.id, lang).to_string(),
                )
            })
            .collect(),
        FacetKind::Region => data
            .regions
            .iter()
            .map(|r| (Filter::Region(r.id.clone()), r.name.clone()))
            .collect(),
        FacetKind::Theme => data
            .themes
            .iter()
            .map(|t| (Filter::Theme(t.id.clone()), t.name.clone()))
            .collect(),
        FacetKind::IomRole => data
            .iom_roles
            .iter()
            .map(|r| (Filter::IomRole(r.id.clone()), r.name.clone()))
            .collect(),
        FacetKind::Secretariat => {
            let mut options: Vec<(Filter, String)> = data
                .organizations
                .iter()
                .filter(|o| data.iscms.iter().any(|i| i.secretariat_ids.contains(&o.id)))
                .map(|o| {
                    let label = o.acronym.clone().unwrap_or_else(|| o.name.clone());
                    (Filter::Secretariat(o.id.clone()), label)
                })
                .collect();
            stable_sort::sort_by_cached_key(&mut options, |(_, label)| fold(label));
            options
        }
        FacetKind::Associated => yes_no(Filter::Associated),
        FacetKind::Survey => yes_no(Filter::Survey),
        FacetKind::Grcp8 => yes_no(Filter::Grcp8),
        FacetKind::Members | FacetKind::Founded => Vec::new(),
    }
}

/// The smallest and largest number of member States and year established in the data, for
/// the range inputs (`0..=0` for an empty dataset).
pub fn bounds(data: &Dataset) -> (RangeInclusive<u32>, RangeInclusive<u16>) {
    let members = data.iscms.iter().map(|i| i.member_states);
    let founded = data.iscms.iter().map(|i| i.established_year);
    (
        members.clone().min().unwrap_or(0)..=members.max().unwrap_or(0),
        founded.clone().min().unwrap_or(0)..=founded.max().unwrap_or(0),
    )
}
