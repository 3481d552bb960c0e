//! The explorer's state: search, filters, theme mode, sort and comparison, kept in the
//! query of the URL fragment (`#/?type=rcp&theme=asylum`), so every view of the list can
//! be bookmarked and shared.
//!
//! | key           | value                                         | meaning                                   |
//! | ------------- | --------------------------------------------- | ----------------------------------------- |
//! | `q`           | text                                          | search (trimmed, at most 200 characters)  |
//! | `type`        | `rcp`, `irf` or `global`                      | [`Filter::Type`] (repeatable, OR)         |
//! | `region`      | region id                                     | [`Filter::Region`] (repeatable, OR)       |
//! | `theme`       | theme id                                      | [`Filter::Theme`] (repeatable, AND or OR) |
//! | `themes`      | `any` (or `all`, the default when absent)     | [`ThemeMode`]                             |
//! | `iom`         | role-of-IOM id                                | [`Filter::IomRole`] (repeatable, OR)      |
//! | `sec`         | organization id                               | [`Filter::Secretariat`] (repeatable, OR)  |
//! | `assoc`       | `yes` or `no`                                 | [`Filter::Associated`]                    |
//! | `members-min` | whole number                                  | [`Filter::MembersMin`] (inclusive)        |
//! | `members-max` | whole number                                  | [`Filter::MembersMax`] (inclusive)        |
//! | `from`        | year                                          | [`Filter::FoundedFrom`] (inclusive)       |
//! | `to`          | year                                          | [`Filter::FoundedTo`] (inclusive)         |
//! | `survey`      | `yes` or `no`                                 | [`Filter::Survey`]                        |
//! | `grcp8`       | `yes` or `no`                                 | [`Filter::Grcp8`]                         |
//! | `sort`        | `name`, `members`, `founded`, `themes`, `fact`; `-` first for descending | [`Sort`]; absent = fact-sheet order |
//! | `compare`     | up to 4 ISCM ids, comma-separated             | [`Query::compare`]                        |
//!
//! Filters are written one pair each, in the order the visitor applied them
//! (`type=rcp&theme=asylum&type=irf`); the repeatable keys also accept comma-separated ids.
//!
//! Parsing is total: any text gives a query, never a panic. `+` reads as a space and `%XX`
//! escapes are decoded. What cannot be read is dropped: unknown keys, malformed values
//! (`type=spaceship`, `members-min=ten`, `assoc=maybe`), ids that are not kebab-case slugs
//! (`<script>`), filters past the 60th, repeats of a filter already there, compare ids past
//! the 4th. Control characters in the search become spaces; the search is trimmed and cut
//! to 200 characters. The single-valued filters ([`Filter::is_single_valued`]) keep one
//! value each: a later one replaces the earlier one in its place. Ids are not checked
//! against the dataset here ([`Query::retain_known`] does that).

use crate::dataset::iscms::IscmKind;
use crate::dataset::Dataset;
use crate::route::{is_id, percent_decode};

/// One active filter, as a chip in the explorer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Filter {
    Type(IscmKind),
    Region(String),
    Theme(String),
    IomRole(String),
    Secretariat(String),
    /// Has (`true`) or has not an associated regional or multi-stakeholder organization.
    Associated(bool),
    MembersMin(u32),
    MembersMax(u32),
    FoundedFrom(u16),
    FoundedTo(u16),
    /// Answered the 2019 survey.
    Survey(bool),
    /// Attended GRCP 8.
    Grcp8(bool),
}

/// The facets filters belong to (one group each in the filter panel).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FacetKind {
    Type,
    Region,
    Theme,
    IomRole,
    Secretariat,
    Associated,
    Members,
    Founded,
    Survey,
    Grcp8,
}

impl FacetKind {
    /// Every facet, in the order above.
    pub const ALL: [FacetKind; 10] = [
        FacetKind::Type,
        FacetKind::Region,
        FacetKind::Theme,
        FacetKind::IomRole,
        FacetKind::Secretariat,
        FacetKind::Associated,
        FacetKind::Members,
        FacetKind::Founded,
        FacetKind::Survey,
        FacetKind::Grcp8,
    ];
}

impl Filter {
    /// The facet this filter belongs to.
    pub fn facet(&self) -> FacetKind {
        match self {
            Filter::Type(_) => FacetKind::Type,
            Filter::Region(_) => FacetKind::Region,
            Filter::Theme(_) => FacetKind::Theme,
            Filter::IomRole(_) => FacetKind::IomRole,
            Filter::Secretariat(_) => FacetKind::Secretariat,
            Filter::Associated(_) => FacetKind::Associated,
            Filter::MembersMin(_) | Filter::MembersMax(_) => FacetKind::Members,
            Filter::FoundedFrom(_) | Filter::FoundedTo(_) => FacetKind::Founded,
            Filter::Survey(_) => FacetKind::Survey,
            Filter::Grcp8(_) => FacetKind::Grcp8,
        }
    }

    /// Whether a query holds at most one filter of this kind (yes/no flags and range
    /// bounds): a new one replaces the old one. Type, region, theme, role of IOM and
    /// secretariat filters can be combined.
    pub fn is_single_valued(&self) -> bool {
        !matches!(
            self,
            Filter::Type(_)
                | Filter::Region(_)
                | Filter::Theme(_)
                | Filter::IomRole(_)
                | Filter::Secretariat(_)
        )
    }

    /// Whether `other` is the same single-valued kind (`MembersMin(5)` and `MembersMin(9)`,
    /// not `MembersMin` and `MembersMax`), so one replaces the other.
    pub fn same_kind(&self, other: &Filter) -> bool {
        self.is_single_valued() && std::mem::discriminant(self) == std::mem::discriminant(other)
    }

    /// The URL key of the filter.
    pub fn key(&self) -> &'static str {
        match self {
            Filter::Type(_) => "type",
            Filter::Region(_) => "region",
            Filter::Theme(_) => "theme",
            Filter::IomRole(_) => "iom",
            Filter::Secretariat(_) => "sec",
            Filter::Associated(_) => "assoc",
            Filter::MembersMin(_) => "members-min",
            Filter::MembersMax(_) => "members-max",
            Filter::FoundedFrom(_) => "from",
            Filter::FoundedTo(_) => "to",
            Filter::Survey(_) => "survey",
            Filter::Grcp8(_) => "grcp8",
        }
    }

    /// The URL value of the filter (not yet percent-encoded).
    pub fn value(&self) -> String {
        match self {
            Filter::Type(kind) => kind.id().to_string(),
            Filter::Region(id)
            | Filter::Theme(id)
            | Filter::IomRole(id)
            | Filter::Secretariat(id) => id.clone(),
            Filter::Associated(yes) | Filter::Survey(yes) | Filter::Grcp8(yes) => {
                if *yes { "yes" } else { "no" }.to_string()
            }
            Filter::MembersMin(n) | Filter::MembersMax(n) => n.to_string(),
            Filter::FoundedFrom(y) | Filter::FoundedTo(y) => y.to_string(),
        }
    }

    /// Reads one filter from a URL key and its (decoded) value; `None` if the key is not a
    /// filter key or the value is malformed.
    pub fn from_key_value(key: &str, value: &str) -> Option<Filter> {
        let id = || is_id(value).then(|| value.to_string());
        match key {
            "type" => kind_from_id(value).map(Filter::Type),
            "region" => id().map(Filter::Region),
            "theme" => id().map(Filter::Theme),
            "iom" => id().map(Filter::IomRole),
            "sec" => id().map(Filter::Secretariat),
            "assoc" => yes_no(value).map(Filter::Associated),
            "members-min" => number(value).map(Filter::MembersMin),
            "members-max" => number(value).map(Filter::MembersMax),
            "from" => number(value).map(Filter::FoundedFrom),
            "to" => number(value).map(Filter::FoundedTo),
            "survey" => yes_no(value).map(Filter::Survey),
            "grcp8" => yes_no(value).map(Filter::Grcp8),
            _ => None,
        }
    }
}

fn kind_from_id(text: &str) -> Option<IscmKind> {
    IscmKind::ALL.into_iter().find(|kind| kind.id() == text)
}

fn yes_no(text: &str) -> Option<bool> {
    match text {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Plain decimal digits only (no sign, no spaces), within the type's range.
fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || text.len() > 10 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Whether several theme filters must all hold (the default) or any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThemeMode {
    #[default]
    All,
    Any,
}

/// What the results are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    /// Short name, accent- and case-insensitively.
    Name,
    /// Number of member States.
    Members,
    /// Year established.
    Founded,
    /// Number of Annex 10 themes (ISCMs not covered by Annex 10 always last).
    Themes,
    /// Annex 2 row order: the fact sheet's own order.
    #[default]
    Fact,
}

impl SortKey {
    /// Every key.
    pub const ALL: [SortKey; 5] = [
        SortKey::Name,
        SortKey::Members,
        SortKey::Founded,
        SortKey::Themes,
        SortKey::Fact,
    ];

    /// The URL word for the key.
    pub fn id(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Members => "members",
            SortKey::Founded => "founded",
            SortKey::Themes => "themes",
            SortKey::Fact => "fact",
        }
    }
}

/// A sort key and direction. Ties are always broken by Annex 2 row order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    /// The `sort` URL value (`name`, `-members`, …); `None` for the default.
    pub fn to_param(self) -> Option<String> {
        if self == Sort::default() {
            None
        } else {
            Some(format!(
                "{}{}",
                if self.descending { "-" } else { "" },
                self.key.id()
            ))
        }
    }

    /// Reads a `sort` URL value.
    pub fn from_param(text: &str) -> Option<Sort> {
        let (descending, word) = match text.strip_prefix('-') {
            Some(word) => (true, word),
            None => (false, text),
        };
        SortKey::ALL
            .into_iter()
            .find(|key| key.id() == word)
            .map(|key| Sort { key, descending })
    }
}

/// The explorer's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// The search box, as typed.
    pub search: String,
    /// Active filters, in the order the visitor applied them.
    pub filters: Vec<Filter>,
    pub theme_mode: ThemeMode,
    pub sort: Sort,
    /// ISCM ids chosen for comparison (0 to 4, unique, in the order chosen).
    pub compare: Vec<String>,
}

impl Query {
    /// How many ISCMs can be compared at once.
    pub const MAX_COMPARE: usize = 4;
    /// How many filters a query keeps.
    pub const MAX_FILTERS: usize = 60;
    /// How many characters of search a query keeps.
    pub const MAX_SEARCH_CHARS: usize = 200;

    /// Reads a query string (with or without its leading `?`). Never fails: see the module
    /// documentation for what is dropped or capped.
    pub fn parse(query_string: &str) -> Query {
        let text = query_string.strip_prefix('?').unwrap_or(query_string);
        let mut query = Query::default();
        for pair in text.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode_component(raw_key);
            let value = decode_component(raw_value);
            match key.as_str() {
                "q" => query.search = clean_search(&value),
                "themes" => match value.as_str() {
                    "any" => query.theme_mode = ThemeMode::Any,
                    "all" => query.theme_mode = ThemeMode::All,
                    _ => {}
                },
                "sort" => {
                    if let Some(sort) = Sort::from_param(&value) {
                        query.sort = sort;
                    }
                }
                "compare" => {
                    for id in value.split(',') {
                        query.add_compare(id);
                    }
                }
                "type" | "region" | "theme" | "iom" | "sec" => {
                    for item in value.split(',') {
                        if let Some(filter) = Filter::from_key_value(&key, item) {
                            query.insert(filter);
                        }
                    }
                }
                _ => {
                    if let Some(filter) = Filter::from_key_value(&key, &value) {
                        query.insert(filter);
                    }
                }
            }
        }
        query
    }

    /// The query string for the URL, without `?`: `""` for the default query. The search
    /// (cleaned as [`clean_search`] does) comes first, then the filters in order, then the
    /// theme mode, the sort and the comparison.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        let search = clean_search(&self.search);
        if !search.is_empty() {
            pairs.push(format!("q={}", encode_component(&search)));
        }
        for filter in &self.filters {
            pairs.push(format!(
                "{}={}",
                filter.key(),
                encode_component(&filter.value())
            ));
        }
        if self.theme_mode == ThemeMode::Any {
            pairs.push("themes=any".to_string());
        }
        if let Some(sort) = self.sort.to_param() {
            pairs.push(format!("sort={sort}"));
        }
        if !self.compare.is_empty() {
            let ids: Vec<String> = self.compare.iter().map(|id| encode_component(id)).collect();
            pairs.push(format!("compare={}", ids.join(",")));
        }
        pairs.join("&")
    }

    /// Whether this exact filter is active.
    pub fn has(&self, filter: &Filter) -> bool {
        self.filters.contains(filter)
    }

    /// Removes the filter if active; otherwise adds it as [`Query::with`] does.
    pub fn toggled(&self, filter: Filter) -> Query {
        if self.has(&filter) {
            self.without(&filter)
        } else {
            self.with(filter)
        }
    }

    /// Makes the filter active: a single-valued filter replaces the one of its kind in its
    /// place; any other is added at the end (unless already there, or the query already has
    /// [`Query::MAX_FILTERS`] filters). Never removes a filter of another kind.
    pub fn with(&self, filter: Filter) -> Query {
        let mut query = self.clone();
        query.insert(filter);
        query
    }

    /// Without this exact filter.
    pub fn without(&self, filter: &Filter) -> Query {
        let mut query = self.clone();
        query.filters.retain(|f| f != filter);
        query
    }

    /// Without any filter of this facet.
    pub fn without_facet(&self, facet: FacetKind) -> Query {
        let mut query = self.clone();
        query.filters.retain(|f| f.facet() != facet);
        query
    }

    /// Without the most recently applied filter.
    pub fn without_last_filter(&self) -> Query {
        let mut query = self.clone();
        query.filters.pop();
        query
    }

    /// No filters and no search; the sort, the theme mode and the comparison are kept.
    pub fn cleared(&self) -> Query {
        Query {
            search: String::new(),
            filters: Vec::new(),
            ..self.clone()
        }
    }

    /// Whether a filter or a (non-blank) search narrows the list.
    pub fn is_filtered(&self) -> bool {
        !self.filters.is_empty() || !self.search.trim().is_empty()
    }

    /// Adds the ISCM to the comparison (if there is room and `id` is a slug) or removes it.
    pub fn with_compare_toggled(&self, id: &str) -> Query {
        let mut query = self.clone();
        if let Some(at) = query.compare.iter().position(|c| c == id) {
            query.compare.remove(at);
        } else {
            query.add_compare(id);
        }
        query
    }

    /// The filters of one facet, in order.
    pub fn filters_of(&self, facet: FacetKind) -> impl Iterator<Item = &Filter> + '_ {
        self.filters.iter().filter(move |f| f.facet() == facet)
    }

    /// Without the filters and comparison ids that name nothing in the dataset (an unknown
    /// region, theme, role, secretariat or ISCM from a stale or edited link).
    pub fn retain_known(&self, data: &Dataset) -> Query {
        let mut query = self.clone();
        query.filters.retain(|filter| match filter {
            Filter::Region(id) => data.region(id).is_some(),
            Filter::Theme(id) => data.theme(id).is_some(),
            Filter::IomRole(id) => data.iom_role(id).is_some(),
            Filter::Secretariat(id) => data.organization(id).is_some(),
            _ => true,
        });
        query.compare.retain(|id| data.iscm(id).is_some());
        query
    }

    /// Adds a filter in place (see [`Query::with`]).
    fn insert(&mut self, filter: Filter) {
        if self.has(&filter) {
            return;
        }
        if let Some(old) = self.filters.iter_mut().find(|f| f.same_kind(&filter)) {
            *old = filter;
        } else if self.filters.len() < Query::MAX_FILTERS {
            self.filters.push(filter);
        }
    }

    fn add_compare(&mut self, id: &str) {
        if is_id(id)
            && self.compare.len() < Query::MAX_COMPARE
            && !self.compare.iter().any(|c| c == id)
        {
            self.compare.push(id.to_string());
        }
    }
}

/// The search as a query keeps it: control characters as spaces, trimmed, at most
/// [`Query::MAX_SEARCH_CHARS`] characters. Idempotent.
pub fn clean_search(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let capped: String = spaced
        .trim()
        .chars()
        .take(Query::MAX_SEARCH_CHARS)
        .collect();
    capped.trim_end().to_string()
}

/// Percent-encodes a URL query value: ASCII letters, digits and `-._~` are kept, a space
/// becomes `+`, every other byte of the UTF-8 becomes `%XX`.
pub fn encode_component(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0xF)]));
            }
        }
    }
    out
}

/// Decodes a URL query key or value: `+` is a space, `%XX` escapes are decoded (invalid
/// ones kept as they are, invalid UTF-8 replaced).
pub fn decode_component(text: &str) -> String {
    percent_decode(&text.replace('+', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_params_round_trip() {
        for key in SortKey::ALL {
            for descending in [false, true] {
                let sort = Sort { key, descending };
                let param = sort.to_param();
                let back = param
                    .as_deref()
                    .map_or(Some(Sort::default()), Sort::from_param);
                assert_eq!(back, Some(sort));
            }
        }
    }

    #[test]
    fn encoding_round_trips() {
        for text in ["a b+c", "Söderköping & co=1%", "", "~._-"] {
            assert_eq!(decode_component(&encode_component(text)), text);
        }
    }
}
