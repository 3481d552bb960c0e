//! The app's views and their addresses.
//!
//! Every view lives in the URL fragment (`#/iscm/bali-process`), so deep links work on any
//! static host, under any sub-path, with no rewrite rules: the server only ever sees the
//! path of `index.html`. Parsing is total: any text maps to a route, unknown text to
//! [`Route::NotFound`], so nothing a visitor types in the address bar can crash the app.

use crate::charts::ChartId;
use crate::i18n::{topics::TopicsText, Lang};

/// The longest id we accept from a URL; every real id is far shorter.
const MAX_ID_LEN: usize = 64;

/// One view of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The overview: every ISCM as a card.
    Home,
    /// One ISCM's page, by its dataset id (not yet checked against the dataset).
    Iscm(String),
    /// Two to four ISCMs side by side (which ones is view state, in the query).
    Compare,
    /// The GRCP 8 meeting and its agenda.
    Grcp8,
    /// One GRCP 8 session (or the opening, lunch or closing), by its dataset id.
    Grcp8Session(String),
    /// The index of topic pages.
    Topics,
    /// One topic page.
    Topic(Topic),
    /// Every chart of the ISCM landscape (the explorer's filters are view state, in the query).
    Charts,
    /// One chart alone (for links and embeds).
    Chart(ChartId),
    /// The glossary of acronyms and terms.
    Glossary,
    /// Search across everything (the text is view state, in the query).
    Search,
    /// About the data: sources, version, data notes.
    About,
    /// Anything else; keeps what was asked for (sanitised) so the page can say so.
    NotFound(String),
}

impl Route {
    /// Reads a route from `location.hash` (with or without the leading `#`).
    pub fn from_hash(hash: &str) -> Route {
        let (path, _) = split_hash(hash);
        let segments: Vec<&str> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .collect();
        let not_found = || Route::NotFound(shorten(&percent_decode(path.trim_start_matches('/'))));
        match segments.as_slice() {
            [] => Route::Home,
            ["about"] => Route::About,
            ["compare"] => Route::Compare,
            ["grcp8"] => Route::Grcp8,
            ["grcp8", id] if is_id(id) => Route::Grcp8Session((*id).to_string()),
            ["topics"] => Route::Topics,
            ["topics", slug] => Topic::from_slug(slug).map_or_else(not_found, Route::Topic),
            ["charts"] => Route::Charts,
            ["charts", slug] => ChartId::from_slug(slug).map_or_else(not_found, Route::Chart),
            ["glossary"] => Route::Glossary,
            ["search"] => Route::Search,
            ["iscm", id] if is_id(id) => Route::Iscm((*id).to_string()),
            _ => not_found(),
        }
    }

    /// The fragment that leads to this route, `#` included.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Iscm(id) => format!("#/iscm/{id}"),
            Route::Compare => "#/compare".to_string(),
            Route::Grcp8 => "#/grcp8".to_string(),
            Route::Grcp8Session(id) => format!("#/grcp8/{id}"),
            Route::Topics => "#/topics".to_string(),
            Route::Topic(topic) => format!("#/topics/{}", topic.slug()),
            Route::Charts => "#/charts".to_string(),
            Route::Chart(chart) => format!("#/charts/{}", chart.slug()),
            Route::Glossary => "#/glossary".to_string(),
            Route::Search => "#/search".to_string(),
            Route::About => "#/about".to_string(),
            Route::NotFound(path) => format!("#/{}", path.trim_start_matches('/')),
        }
    }
}

/// The topic pages, each drawn from the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Migration governance: definitions, the three phases, the levels, ISCM contributions.
    Governance,
    /// ISCMs and the Global Compact for Migration.
    Gcm,
    /// ISCMs and the 2030 Agenda for Sustainable Development.
    Agenda2030,
    /// The 2019 assessment: objective, methodology, respondents, findings.
    Assessment,
    /// The timeline of migration governance and of the GRCP meetings.
    Timeline,
}

impl Topic {
    pub const ALL: [Topic; 5] = [
        Topic::Governance,
        Topic::Gcm,
        Topic::Agenda2030,
        Topic::Assessment,
        Topic::Timeline,
    ];

    /// The URL segment.
    pub fn slug(self) -> &'static str {
        match self {
            Topic::Governance => "migration-governance",
            Topic::Gcm => "global-compact",
            Topic::Agenda2030 => "agenda-2030",
            Topic::Assessment => "assessment",
            Topic::Timeline => "timeline",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.slug() == slug)
    }

    /// The page's title in English.
    pub fn title(self) -> &'static str {
        self.title_in(Lang::En)
    }

    /// The page's title in a language ("Migration governance", "Gouvernance des migrations").
    pub fn title_in(self, lang: Lang) -> &'static str {
        let t = TopicsText::of(lang);
        match self {
            Topic::Governance => t.title_governance,
            Topic::Gcm => t.title_gcm,
            Topic::Agenda2030 => t.title_agenda_2030,
            Topic::Assessment => t.title_assessment,
            Topic::Timeline => t.title_timeline,
        }
    }

    /// One line on what the page holds (the topic index, and the page's meta description).
    pub fn description_in(self, lang: Lang) -> &'static str {
        let t = TopicsText::of(lang);
        match self {
            Topic::Governance => t.desc_governance,
            Topic::Gcm => t.desc_gcm,
            Topic::Agenda2030 => t.desc_agenda_2030,
            Topic::Assessment => t.desc_assessment,
            Topic::Timeline => t.desc_timeline,
        }
    }
}

/// Splits a fragment into its path (`/iscm/x`) and its query (`type=rcp&…`, no `?`). The
/// query carries view state (filters, search, sort, comparison), not the view itself.
pub fn split_hash(hash: &str) -> (&str, &str) {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    match fragment.split_once('?') {
        Some((path, query)) => (path, query),
        None => (fragment, ""),
    }
}

/// The fragment for a route with view state: `#/?type=rcp`, or the route alone if the
/// query is empty.
pub fn hash_with_query(route: &Route, query: &str) -> String {
    if query.is_empty() {
        route.to_hash()
    } else {
        format!("{}?{query}", route.to_hash())
    }
}

/// Dataset ids are lowercase kebab-case slugs (`bali-process`, `group-1-africa`): words of
/// ASCII letters and digits joined by single hyphens. Anything else cannot name a record.
pub fn is_id(text: &str) -> bool {
    text.len() <= MAX_ID_LEN
        && !text.is_empty()
        && text.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Decodes `%XX` escapes; invalid escapes and invalid UTF-8 are kept or replaced, never fatal.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Keeps a visitor-supplied path short enough to show back to them.
fn shorten(text: &str) -> String {
    const SHOWN: usize = 80;
    if text.chars().count() <= SHOWN {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(SHOWN).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_fragments_are_home() {
        for hash in ["", "#", "#/", "#//", "/", "#/?lang=fr"] {
            assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
        }
    }

    #[test]
    fn iscm_route_takes_a_slug() {
        assert_eq!(
            Route::from_hash("#/iscm/bali-process"),
            Route::Iscm("bali-process".into())
        );
        assert_eq!(
            Route::from_hash("#/iscm/bali-process/"),
            Route::Iscm("bali-process".into())
        );
    }

    #[test]
    fn hostile_or_malformed_ids_are_not_found() {
        for hash in [
            "#/iscm/<script>alert(1)</script>",
            "#/iscm/Bali",
            "#/iscm/",
            "#/iscm/a/b",
            "#/iscm/%E0%A4%A",
            "#/nothing-here",
        ] {
            assert!(
                matches!(Route::from_hash(hash), Route::NotFound(_) | Route::Home),
                "{hash:?}"
            );
        }
        let long = format!("#/iscm/{}", "a".repeat(65));
        assert!(matches!(Route::from_hash(&long), Route::NotFound(_)));
    }

    #[test]
    fn not_found_keeps_a_short_decoded_copy() {
        match Route::from_hash(&format!("#/x%20y/{}", "z".repeat(200))) {
            Route::NotFound(path) => {
                assert!(path.starts_with("x y/"));
                assert!(path.chars().count() <= 81);
            }
            other => panic!("expected NotFound, got {other:?}"),
        }
    }

    #[test]
    fn routes_round_trip_through_the_hash() {
        for route in [Route::Home, Route::About, Route::Iscm("mid-igad".into())] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
        for topic in Topic::ALL {
            assert_eq!(
                Route::from_hash(&Route::Topic(topic).to_hash()),
                Route::Topic(topic)
            );
        }
        assert!(matches!(
            Route::from_hash("#/topics/nope"),
            Route::NotFound(_)
        ));
    }

    #[test]
    fn ids_are_single_hyphen_slugs() {
        for good in [
            "igc",
            "bali-process",
            "group-1-africa",
            "five-plus-five-dialogue",
        ] {
            assert!(is_id(good), "{good}");
        }
        for bad in [
            "",
            "-igc",
            "igc-",
            "bali--process",
            "Bali",
            "bali_process",
            "bali process",
            "é",
        ] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn the_query_is_split_off_and_put_back() {
        assert_eq!(split_hash("#/?type=rcp&q=x"), ("/", "type=rcp&q=x"));
        assert_eq!(split_hash("#/iscm/igc"), ("/iscm/igc", ""));
        assert_eq!(
            split_hash("#/compare?compare=a,b?c"),
            ("/compare", "compare=a,b?c")
        );
        assert_eq!(Route::from_hash("#/compare?compare=igc"), Route::Compare);
        assert_eq!(hash_with_query(&Route::Home, "type=rcp"), "#/?type=rcp");
        assert_eq!(hash_with_query(&Route::About, ""), "#/about");
    }

    #[test]
    fn percent_decoding_never_fails() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%C3%B6"), "ö");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}
