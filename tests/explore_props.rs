//! Property tests of the explorer's logic, on queries built from the dataset's real values.
//!
//! Every property runs a fixed number of cases from a fixed seed, so a run is repeatable;
//! failures are not persisted to files.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

use iscm_explorer::dataset::iscms::{Iscm, IscmKind};
use iscm_explorer::dataset::statements::StatementsFile;
use iscm_explorer::explore::filter::{facet_options, results};
use iscm_explorer::explore::query::{
    clean_search, FacetKind, Filter, Query, Sort, SortKey, ThemeMode,
};
use iscm_explorer::explore::search::{fold, haystack, highlight, terms};

mod common;

use common::dataset as data;

use common::statements;

/// The haystacks of every ISCM, without and with statements, built once.
fn haystacks(with_statements: bool) -> &'static [String] {
    static PLAIN: OnceLock<Vec<String>> = OnceLock::new();
    static FULL: OnceLock<Vec<String>> = OnceLock::new();
    let (cell, statements) = if with_statements {
        (&FULL, Some(statements()))
    } else {
        (&PLAIN, None)
    };
    cell.get_or_init(|| {
        data()
            .iscms
            .iter()
            .map(|iscm| haystack(data(), iscm, statements))
            .collect()
    })
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x15C3_2019),
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------
// Strategies

fn ids_of<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|item| id(item).to_string()).collect()
}

/// One filter with a value the dataset has (bounds: around the data's range).
fn real_filter() -> impl Strategy<Value = Filter> {
    let data = data();
    let regions = ids_of(&data.regions, |r| &r.id);
    let themes = ids_of(&data.themes, |t| &t.id);
    let roles = ids_of(&data.iom_roles, |r| &r.id);
    let secretariats = ids_of(&data.organizations, |o| &o.id);
    prop_oneof![
        3 => prop::sample::select(IscmKind::ALL.to_vec()).prop_map(Filter::Type),
        3 => prop::sample::select(regions).prop_map(Filter::Region),
        5 => prop::sample::select(themes).prop_map(Filter::Theme),
        2 => prop::sample::select(roles).prop_map(Filter::IomRole),
        2 => prop::sample::select(secretariats).prop_map(Filter::Secretariat),
        1 => any::<bool>().prop_map(Filter::Associated),
        1 => (0u32..=200).prop_map(Filter::MembersMin),
        1 => (0u32..=200).prop_map(Filter::MembersMax),
        1 => (1980u16..=2020).prop_map(Filter::FoundedFrom),
        1 => (1980u16..=2020).prop_map(Filter::FoundedTo),
        1 => any::<bool>().prop_map(Filter::Survey),
        1 => any::<bool>().prop_map(Filter::Grcp8),
    ]
}

fn sort() -> impl Strategy<Value = Sort> {
    (prop::sample::select(SortKey::ALL.to_vec()), any::<bool>())
        .prop_map(|(key, descending)| Sort { key, descending })
}

fn theme_mode() -> impl Strategy<Value = ThemeMode> {
    prop_oneof![Just(ThemeMode::All), Just(ThemeMode::Any)]
}

/// Searches that find some, one or no ISCM (some only through the statements).
fn search() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => Just(String::new()),
        1 => prop::sample::select(vec![
            "process", "Migration", "IOM", "söderköping", "africa", "ASYLUM", "dialogue",
            "eu", "moderator", "canada", "rcp", "secretariat", "zzz", "labour migration",
            "bali process", "-", "é",
        ])
        .prop_map(str::to_string),
    ]
}

/// A query the UI could build: real values, applied with `Query::with`.
fn real_query() -> impl Strategy<Value = Query> {
    let iscm_ids = ids_of(&data().iscms, |i| &i.id);
    (
        search(),
        prop::collection::vec(real_filter(), 0..5),
        theme_mode(),
        sort(),
        prop::sample::subsequence(iscm_ids, 0..=Query::MAX_COMPARE),
    )
        .prop_map(|(search, filters, theme_mode, sort, compare)| {
            let mut query = Query {
                search,
                theme_mode,
                sort,
                compare,
                ..Query::default()
            };
            for filter in filters {
                query = query.with(filter);
            }
            query
        })
}

/// A kebab-case slug, as `route::is_id` accepts.
fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"
}

/// Any valid filter: real values and made-up slugs, any numbers.
fn any_filter() -> impl Strategy<Value = Filter> {
    prop_oneof![
        4 => real_filter(),
        1 => slug().prop_map(Filter::Region),
        1 => slug().prop_map(Filter::Theme),
        1 => slug().prop_map(Filter::IomRole),
        1 => slug().prop_map(Filter::Secretariat),
        1 => any::<u32>().prop_map(Filter::MembersMin),
        1 => any::<u32>().prop_map(Filter::MembersMax),
        1 => any::<u16>().prop_map(Filter::FoundedFrom),
        1 => any::<u16>().prop_map(Filter::FoundedTo),
    ]
}

/// A valid, normalised query: search cleaned, filters applied with `with` (so no
/// duplicates, one per single-valued kind, at most 60), unique compare slugs (at most 4).
fn valid_query() -> impl Strategy<Value = Query> {
    (
        prop_oneof![search(), any::<String>(), "[a-zA-Z &=%+#?,;/éöß“”–]{0,250}",],
        prop_oneof![
            prop::collection::vec(any_filter(), 0..8),
            prop::collection::vec(any_filter(), 40..130),
        ],
        theme_mode(),
        sort(),
        prop::collection::vec(slug(), 0..7),
    )
        .prop_map(|(search, filters, theme_mode, sort, compare)| {
            let mut query = Query {
                search: clean_search(&search),
                theme_mode,
                sort,
                ..Query::default()
            };
            for filter in filters {
                query = query.with(filter);
            }
            for id in compare {
                if !query.compare.contains(&id) {
                    query = query.with_compare_toggled(&id);
                }
            }
            query
        })
}

/// Strings made of the query syntax: separators, escapes, keys and values.
fn query_like_string() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("&".to_string()),
        Just("=".to_string()),
        Just("%".to_string()),
        Just("+".to_string()),
        Just(",".to_string()),
        Just("?".to_string()),
        prop::sample::select(
            URL_KEYS
                .iter()
                .copied()
                .chain([
                    "rcp",
                    "irf",
                    "global",
                    "yes",
                    "no",
                    "any",
                    "all",
                    "-name",
                    "asylum",
                    "igc",
                    "999999999999",
                ])
                .collect::<Vec<_>>(),
        )
        .prop_map(str::to_string),
        "%[0-9A-Fa-f]{0,2}",
        any::<u8>().prop_map(|b| format!("%{b:02X}")),
        "[^&=]{0,12}",
    ];
    prop::collection::vec(token, 0..40).prop_map(|tokens| tokens.concat())
}

/// Every key of the URL query (see the table in `src/explore/query.rs`).
const URL_KEYS: [&str; 16] = [
    "q",
    "type",
    "region",
    "theme",
    "themes",
    "iom",
    "sec",
    "assoc",
    "members-min",
    "members-max",
    "from",
    "to",
    "survey",
    "grcp8",
    "sort",
    "compare",
];

/// Query strings made of key=value pairs: known keys with good, bad, repeated, escaped,
/// comma-listed and very long values.
fn pairs_string() -> impl Strategy<Value = String> {
    let key = prop::sample::select(
        URL_KEYS
            .iter()
            .copied()
            .chain(["x", ""])
            .collect::<Vec<_>>(),
    );
    let value = prop_oneof![
        prop::sample::select(vec![
            "rcp",
            "irf",
            "global",
            "spaceship",
            "RCP",
            "asylum",
            "biometrics",
            "africa",
            "iom",
            "yes",
            "no",
            "maybe",
            "any",
            "all",
            "name",
            "-members",
            "-",
            "0",
            "7",
            "195",
            "1985",
            "2016",
            "65535",
            "65536",
            "4294967295",
            "4294967296",
            "-1",
            "igc,rcm",
            "igc,igc,rcm,gfmd,pidc,cmc",
            "a,,b",
            "<script>",
            "%3Cb%3E",
            "%00",
            "%ZZ",
            "%",
            "bali+process",
            "S%C3%B6derk%C3%B6ping",
            "",
        ])
        .prop_map(str::to_string),
        "[a-z0-9-]{1,70}",
        "[ -~]{0,20}",
        (1usize..400).prop_map(|n| "ab ".repeat(n)),
    ];
    prop::collection::vec((key, value, any::<bool>()), 0..100).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v, eq)| {
                if eq || !v.is_empty() {
                    format!("{k}={v}")
                } else {
                    k.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Text for highlighting: Latin letters with and without accents, expansions, combining
/// marks, spaces, other scripts.
fn latinish() -> impl Strategy<Value = String> {
    "[a-zA-ZäöüÄÖÜßæœøłđıİçşñ\u{300}\u{308}\u{301} –’“ΣσςЖ日-]{0,40}"
}

// ---------------------------------------------------------------------------------------
// An independent model of the filter semantics

/// The constraints of a query, read from its filter list without the library's matching.
#[derive(Debug, Clone, Default)]
struct Model {
    types: Vec<IscmKind>,
    regions: Vec<String>,
    themes: Vec<String>,
    roles: Vec<String>,
    secretariats: Vec<String>,
    associated: Option<bool>,
    members_min: Option<u32>,
    members_max: Option<u32>,
    from: Option<u16>,
    to: Option<u16>,
    survey: Option<bool>,
    grcp8: Option<bool>,
    any_theme: bool,
    terms: Vec<String>,
}

impl Model {
    fn of(query: &Query) -> Model {
        let mut model = Model {
            any_theme: query.theme_mode == ThemeMode::Any,
            terms: fold(&query.search)
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            ..Model::default()
        };
        for filter in &query.filters {
            model.add(filter);
        }
        model
    }

    /// Adds one filter: a value to a list, or a (replacing) bound or flag.
    fn add(&mut self, filter: &Filter) {
        fn push<T: PartialEq + Clone>(list: &mut Vec<T>, value: &T) {
            if !list.contains(value) {
                list.push(value.clone());
            }
        }
        match filter {
            Filter::Type(kind) => push(&mut self.types, kind),
            Filter::Region(id) => push(&mut self.regions, id),
            Filter::Theme(id) => push(&mut self.themes, id),
            Filter::IomRole(id) => push(&mut self.roles, id),
            Filter::Secretariat(id) => push(&mut self.secretariats, id),
            Filter::Associated(flag) => self.associated = Some(*flag),
            Filter::MembersMin(n) => self.members_min = Some(*n),
            Filter::MembersMax(n) => self.members_max = Some(*n),
            Filter::FoundedFrom(y) => self.from = Some(*y),
            Filter::FoundedTo(y) => self.to = Some(*y),
            Filter::Survey(flag) => self.survey = Some(*flag),
            Filter::Grcp8(flag) => self.grcp8 = Some(*flag),
        }
    }

    fn matches(&self, iscm: &Iscm, haystack: &str) -> bool {
        let ticked = |theme: &String| {
            iscm.theme_ids.as_ref().is_some_and(|t| t.contains(theme))
                && !iscm.theme_ids_unclear.contains(theme)
        };
        let themes_ok = if self.themes.is_empty() {
            true
        } else if self.any_theme {
            self.themes.iter().any(ticked)
        } else {
            self.themes.iter().all(ticked)
        };
        let one_of = |list: &[String], have: &[String]| {
            list.is_empty() || list.iter().any(|x| have.contains(x))
        };
        (self.types.is_empty() || self.types.contains(&iscm.kind))
            && one_of(&self.regions, &iscm.region_ids)
            && themes_ok
            && one_of(&self.roles, &iscm.iom_role_ids)
            && one_of(&self.secretariats, &iscm.secretariat_ids)
            && self
                .associated
                .is_none_or(|a| a != iscm.organization_ids.is_empty())
            && self.members_min.is_none_or(|n| iscm.member_states >= n)
            && self.members_max.is_none_or(|n| iscm.member_states <= n)
            && self.from.is_none_or(|y| iscm.established_year >= y)
            && self.to.is_none_or(|y| iscm.established_year <= y)
            && self.survey.is_none_or(|s| iscm.survey_2019 == s)
            && self.grcp8.is_none_or(|g| iscm.grcp8 == g)
            && self.terms.iter().all(|t| haystack.contains(t.as_str()))
    }

    fn count(&self, with_statements: bool) -> usize {
        let hay = haystacks(with_statements);
        data()
            .iscms
            .iter()
            .zip(hay)
            .filter(|(iscm, hay)| self.matches(iscm, hay))
            .count()
    }
}

/// Each filter's own test, written out again.
fn holds(iscm: &Iscm, filter: &Filter) -> bool {
    match filter {
        Filter::Type(kind) => iscm.kind == *kind,
        Filter::Region(id) => iscm.region_ids.iter().any(|r| r == id),
        Filter::Theme(id) => {
            iscm.theme_ids.iter().flatten().any(|t| t == id)
                && iscm.theme_ids_unclear.iter().all(|t| t != id)
        }
        Filter::IomRole(id) => iscm.iom_role_ids.iter().any(|r| r == id),
        Filter::Secretariat(id) => iscm.secretariat_ids.iter().any(|s| s == id),
        Filter::Associated(flag) => {
            if *flag {
                !iscm.organization_ids.is_empty()
            } else {
                iscm.organization_ids.is_empty()
            }
        }
        Filter::MembersMin(n) => iscm.member_states >= *n,
        Filter::MembersMax(n) => iscm.member_states <= *n,
        Filter::FoundedFrom(y) => iscm.established_year >= *y,
        Filter::FoundedTo(y) => iscm.established_year <= *y,
        Filter::Survey(flag) => iscm.survey_2019 == *flag,
        Filter::Grcp8(flag) => iscm.grcp8 == *flag,
    }
}

/// How many themes are certainly ticked; `None` when Annex 10 does not cover the ISCM.
fn certain(iscm: &Iscm) -> Option<usize> {
    let ids = iscm.theme_ids.as_ref()?;
    Some(
        ids.iter()
            .filter(|t| !iscm.theme_ids_unclear.contains(t))
            .count(),
    )
}

fn statements_for(with: bool) -> Option<&'static StatementsFile> {
    with.then(statements)
}

const LIST_FACETS: [FacetKind; 8] = [
    FacetKind::Type,
    FacetKind::Region,
    FacetKind::Theme,
    FacetKind::IomRole,
    FacetKind::Secretariat,
    FacetKind::Associated,
    FacetKind::Survey,
    FacetKind::Grcp8,
];

// ---------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config(512))]

    /// (1) Every result passes every active filter (alternatives within the type, region,
    /// role, secretariat and, in Any mode, theme facets: one of them), and the search; and
    /// every ISCM left out fails the independent model.
    #[test]
    fn results_pass_every_active_filter(query in real_query(), with_statements in any::<bool>()) {
        let data = data();
        let found = results(data, &query, statements_for(with_statements));
        let hay = haystacks(with_statements);
        let words = terms(&query.search);
        for iscm in &found {
            let index = data.iscms.iter().position(|i| i.id == iscm.id).unwrap();
            prop_assert!(words.iter().all(|w| hay[index].contains(w.as_str())), "{} {:?}", iscm.id, words);
            for facet in FacetKind::ALL {
                let active: Vec<&Filter> = query.filters.iter().filter(|f| f.facet() == facet).collect();
                if active.is_empty() {
                    continue;
                }
                let alternatives = matches!(facet, FacetKind::Type | FacetKind::Region | FacetKind::IomRole | FacetKind::Secretariat)
                    || (facet == FacetKind::Theme && query.theme_mode == ThemeMode::Any);
                let ok = if alternatives {
                    active.iter().any(|f| holds(iscm, f))
                } else {
                    active.iter().all(|f| holds(iscm, f))
                };
                prop_assert!(ok, "{} fails {:?} of {:?}", iscm.id, facet, query);
            }
        }
        let model = Model::of(&query);
        for (iscm, hay) in data.iscms.iter().zip(hay) {
            let included = found.iter().any(|f| f.id == iscm.id);
            prop_assert_eq!(included, model.matches(iscm, hay), "{} for {:?}", &iscm.id, &query);
        }
    }

    /// (6) Results are ISCMs of the data, each once, sorted by the key with ties in row
    /// order (and ISCMs not covered by Annex 10 last when sorting by themes).
    #[test]
    fn results_are_unique_and_sorted(query in real_query()) {
        let data = data();
        let found = results(data, &query, None);
        let mut seen = HashSet::new();
        for iscm in &found {
            prop_assert!(data.iscms.iter().any(|i| std::ptr::eq(i, *iscm)), "{} not from the data", iscm.id);
            prop_assert!(seen.insert(iscm.id.clone()), "{} twice", iscm.id);
        }
        let Sort { key, descending } = query.sort;
        let dir = |o: Ordering| if descending { o.reverse() } else { o };
        for pair in found.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let primary = match key {
                SortKey::Fact => dir(a.row.cmp(&b.row)),
                SortKey::Name => dir(fold(&a.short_name).cmp(&fold(&b.short_name))),
                SortKey::Members => dir(a.member_states.cmp(&b.member_states)),
                SortKey::Founded => dir(a.established_year.cmp(&b.established_year)),
                SortKey::Themes => match (certain(a), certain(b)) {
                    (None, None) => Ordering::Equal,
                    (None, Some(_)) => Ordering::Greater,
                    (Some(_), None) => Ordering::Less,
                    (Some(x), Some(y)) => dir(x.cmp(&y)),
                },
            };
            prop_assert!(
                primary == Ordering::Less || (primary == Ordering::Equal && a.row < b.row),
                "{} before {} under {:?}", a.id, b.id, query.sort
            );
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// (2) Each option's count is the length of the results with it chosen, and, for options
    /// not chosen, the count of an independent brute-force model with it added.
    #[test]
    fn facet_counts_are_what_choosing_gives(query in real_query(), with_statements in any::<bool>()) {
        let data = data();
        let statements = statements_for(with_statements);
        let now = results(data, &query, statements).len();
        for facet in LIST_FACETS {
            let options = facet_options(data, &query, statements, facet);
            prop_assert!(!options.is_empty());
            for option in options {
                prop_assert_eq!(option.selected, query.has(&option.filter));
                let chosen = results(data, &query.with(option.filter.clone()), statements).len();
                prop_assert_eq!(option.count, chosen, "{:?} in {:?}", &option.filter, &query);
                if option.selected {
                    prop_assert_eq!(option.count, now);
                } else {
                    let mut model = Model::of(&query);
                    model.add(&option.filter);
                    prop_assert_eq!(option.count, model.count(with_statements), "{:?} in {:?}", &option.filter, &query);
                }
            }
        }
    }

    /// (3) The URL state round-trips, and writing is stable.
    #[test]
    fn url_state_round_trips(query in valid_query()) {
        let text = query.to_query_string();
        prop_assert!(!text.starts_with('?'));
        let back = Query::parse(&text);
        prop_assert_eq!(&back, &query, "via {}", text);
        prop_assert_eq!(back.to_query_string(), text);
        prop_assert_eq!(Query::parse(&format!("?{}", query.to_query_string())), query);
    }

    /// (4) Parsing never panics, and what it gives respects the caps and is normalised.
    #[test]
    fn parse_is_total_and_normalised(
        text in prop_oneof![any::<String>(), query_like_string(), pairs_string()]
    ) {
        let query = Query::parse(&text);
        prop_assert!(query.search.chars().count() <= Query::MAX_SEARCH_CHARS);
        prop_assert_eq!(clean_search(&query.search), query.search.clone());
        prop_assert!(query.filters.len() <= Query::MAX_FILTERS);
        prop_assert!(query.compare.len() <= Query::MAX_COMPARE);
        let unique: HashSet<&Filter> = query.filters.iter().collect();
        prop_assert_eq!(unique.len(), query.filters.len(), "duplicate filters");
        for (i, a) in query.filters.iter().enumerate() {
            for b in &query.filters[i + 1..] {
                prop_assert!(!a.same_kind(b), "two {:?}", a);
            }
        }
        let unique: HashSet<&String> = query.compare.iter().collect();
        prop_assert_eq!(unique.len(), query.compare.len());
        prop_assert!(query.compare.iter().all(|id| iscm_explorer::route::is_id(id)));
        // What was read is written back and read again the same.
        prop_assert_eq!(Query::parse(&query.to_query_string()), query);
    }

    /// (5) Highlighting gives back the text exactly, in non-empty segments that alternate,
    /// and marks something whenever the search would find the text.
    #[test]
    fn highlight_concatenates_to_the_text(
        (text, needle) in prop_oneof![
            (any::<String>(), any::<String>()),
            (latinish(), latinish()),
            latinish().prop_flat_map(|text| {
                let len = text.chars().count();
                (Just(text), 0..=len, 0..=len)
            }).prop_map(|(text, a, b)| {
                let (a, b) = (a.min(b), a.max(b));
                let needle: String = text.chars().skip(a).take(b - a).collect();
                (text, needle)
            }),
        ]
    ) {
        let segments = highlight(&text, &needle);
        let joined: String = segments.iter().map(|(s, _)| s.as_str()).collect();
        prop_assert_eq!(&joined, &text);
        prop_assert!(segments.iter().all(|(s, _)| !s.is_empty()));
        prop_assert!(segments.windows(2).all(|w| w[0].1 != w[1].1), "adjacent segments merged");
        let words = terms(&needle);
        let found = !words.is_empty() && words.iter().all(|w| fold(&text).contains(w.as_str()));
        if found {
            prop_assert!(segments.iter().any(|(_, m)| *m), "nothing marked for {:?}", needle);
        }
        if words.is_empty() {
            prop_assert!(segments.iter().all(|(_, m)| !m));
        }
        // A marked stretch holds a whole match; an unmarked one holds none (folding goes
        // character by character, so a word in a segment's folding is a match in the text's).
        for (segment, marked) in &segments {
            let folded = fold(segment);
            let has_word = words.iter().any(|w| folded.contains(w.as_str()));
            prop_assert_eq!(has_word, *marked, "{:?} in {:?} for {:?}", segment, &segments, &needle);
        }
    }

    /// Folding is idempotent and character by character.
    #[test]
    fn fold_is_idempotent(a in prop_oneof![any::<String>(), latinish()], b in latinish()) {
        let once = fold(&a);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert_eq!(fold(&format!("{a}{b}")), format!("{once}{}", fold(&b)));
    }
}
