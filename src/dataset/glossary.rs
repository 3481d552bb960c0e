//! Pure logic behind the glossary, the `<abbr>` expansions and the topic pages.
//!
//! - **Acronyms in text**: [`AbbrIndex`] holds every abbreviation the app can expand (the
//!   glossary of `context.json`, then the short names of the 30 ISCMs of `iscms.json`) and
//!   [`segments`] splits a text into plain runs and acronym matches, so a view can wrap each
//!   match in `<abbr title="…">` while rendering the text as text.
//! - **The glossary page**: alphabetical order, A–Z groups and the filter ([`glossary_groups`]).
//! - **The topic pages**: timeline kinds and their filter in the URL query, findings grouped
//!   by box and heading, figures as printed, statuses of ISCMs that are not among the 30, and
//!   the ISCMs the statements name on a topic. (They live here because this is the one
//!   natively built module of the topic pages; the views in `src/pages/topics/` stay thin.)
//!
//! ## How acronyms are matched
//!
//! - **Case-sensitive**: `IOM` matches, `iom` and `Iom` do not; `PAFOM` (the list of acronyms)
//!   and `PAFoM` (Annex 2) are two spellings, both indexed.
//! - **Whole words**: a match starts where the previous character is not a letter or digit,
//!   and ends where the next one is not: `IOMX` and `PAFOM` contain no `IOM` or `FOM`, while
//!   `IOM’s`, `(IOM)` and `IOM-led` do contain `IOM`. Hyphens and dashes are boundaries, so
//!   `IGAD-RCP` holds `IGAD` and `RCP`, but a longer entry that spans them wins (`MiD-IGAD`).
//! - **Longest first**: at each word start the longest abbreviation that matches is taken:
//!   `EU-CELAC MD` before any shorter one, `CIS Conference` before `CIS`.
//! - **Plurals**: an abbreviation ending in a capital letter also matches with a plural `s`
//!   (`RCPs`, `ISCMs`, `IGOs`, `SDGs`), which is wrapped whole and expanded as the singular:
//!   the reports write plurals this way and a reader wants them expanded too. An abbreviation
//!   printed with an optional plural, `SDG(s)`, is also indexed without it (`SDG`).
//! - **One expansion per abbreviation**: where the sources spell an abbreviation out in
//!   several ways (data note `glossary-differing-expansions`), the first entry in file order
//!   wins: the report's list of acronyms comes first in the glossary, and the glossary comes
//!   before the ISCM names of Annex 2. So the choice is deterministic and follows the report.
//! - The segments round-trip: their texts, joined, are the input exactly.

use std::collections::HashSet;

use super::context::{
    EventKind, FigureUnit, Finding, FindingGroup, GlossaryEntry, InactiveStatus, TimelineEvent,
};
use super::iscms::Iscm;
use super::statements::{StatementsFile, Topic as StatementTopic};
use super::Dataset;
use crate::explore::search::{fold, terms};
use crate::route::{percent_decode, Topic};

// ---------------------------------------------------------------------------------------------
// Acronyms in text
// ---------------------------------------------------------------------------------------------

/// One abbreviation the app can expand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// As printed (case-sensitive).
    pub abbr: String,
    /// What it stands for, as printed.
    pub expansion: String,
}

/// Every abbreviation the app can expand, longest first (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AbbrIndex {
    terms: Vec<Term>,
    /// Positions in `terms` by the abbreviation's first byte, each list in `terms` order: a
    /// look-up at a word start tries only the terms that can start there. The index holds
    /// every ISCM's short name, so with a long list a scan of all terms at every word of
    /// every card would take seconds.
    by_first_byte: Vec<Vec<usize>>,
}

impl AbbrIndex {
    /// The glossary's abbreviations; the first expansion of each wins.
    pub fn new(glossary: &[GlossaryEntry]) -> Self {
        Self::build(
            glossary
                .iter()
                .map(|entry| (entry.abbr.as_str(), entry.expansion.as_str())),
        )
    }

    /// The glossary's abbreviations, then the short names of the ISCMs of Annex 2 that the
    /// glossary does not have (`EU-CELAC MD`, `PAFoM`, `AU–HoAI`, …) with their full names.
    /// Short names that are the full name or its beginning (`Budapest Process`,
    /// `5+5 Dialogue on Migration`) are left out: there is nothing to expand.
    pub fn with_iscms(glossary: &[GlossaryEntry], iscms: &[Iscm]) -> Self {
        let names = iscms
            .iter()
            .filter(|iscm| !iscm.name.starts_with(&iscm.short_name))
            .map(|iscm| (iscm.short_name.as_str(), iscm.name.as_str()));
        Self::build(
            glossary
                .iter()
                .map(|entry| (entry.abbr.as_str(), entry.expansion.as_str()))
                .chain(names),
        )
    }

    /// The acronyms the core file itself expands, for views that have not loaded the
    /// glossary: the ISCM types (RCP, IRF), the organizations' acronyms (IOM, ICMPD, UNHCR,
    /// ECOWAS…) and the ISCMs' short names.
    pub fn from_core(data: &Dataset) -> Self {
        let types = data
            .types
            .iter()
            .filter(|kind| !kind.abbr.is_empty())
            .map(|kind| (kind.abbr.as_str(), kind.name.as_str()));
        let organizations = data.organizations.iter().filter_map(|organization| {
            organization
                .acronym
                .as_deref()
                .map(|acronym| (acronym, organization.name.as_str()))
        });
        let names = data
            .iscms
            .iter()
            .filter(|iscm| !iscm.name.starts_with(&iscm.short_name))
            .map(|iscm| (iscm.short_name.as_str(), iscm.name.as_str()));
        Self::build(types.chain(organizations).chain(names))
    }

    fn build<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut seen = HashSet::new();
        let mut terms = Vec::new();
        let mut add = |abbr: &str, expansion: &str| {
            let abbr = abbr.trim();
            if !abbr.is_empty() && seen.insert(abbr.to_string()) {
                terms.push(Term {
                    abbr: abbr.to_string(),
                    expansion: expansion.trim().to_string(),
                });
            }
        };
        for (abbr, expansion) in pairs {
            add(abbr, expansion);
            if let Some(stem) = abbr.trim().strip_suffix("(s)") {
                add(stem, expansion);
            }
        }
        // Longest first; equal lengths in a fixed order, so matching never depends on input order.
        crate::stable_sort::sort_by(&mut terms, |a, b| {
            b.abbr
                .len()
                .cmp(&a.abbr.len())
                .then_with(|| a.abbr.cmp(&b.abbr))
        });
        let mut by_first_byte = vec![Vec::new(); 256];
        for (i, term) in terms.iter().enumerate() {
            by_first_byte[usize::from(term.abbr.as_bytes()[0])].push(i);
        }
        AbbrIndex {
            terms,
            by_first_byte,
        }
    }

    /// The abbreviations, longest first.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The expansion used for an abbreviation, if it is indexed.
    pub fn expansion(&self, abbr: &str) -> Option<&str> {
        self.terms
            .iter()
            .find(|term| term.abbr == abbr)
            .map(|term| term.expansion.as_str())
    }

    /// The longest term matching at byte `at` of `text` (a word start), and where it ends.
    fn match_at(&self, text: &str, at: usize) -> Option<(&Term, usize)> {
        let rest = &text[at..];
        let first = *rest.as_bytes().first()?;
        let candidates = self.by_first_byte.get(usize::from(first))?;
        candidates.iter().map(|&i| &self.terms[i]).find_map(|term| {
            if !rest.starts_with(&term.abbr) {
                return None;
            }
            let after = &rest[term.abbr.len()..];
            let mut chars = after.chars();
            match chars.next() {
                None => Some((term, text.len())),
                Some(c) if !is_word_char(c) => Some((term, at + term.abbr.len())),
                Some('s')
                    if term.abbr.ends_with(|c: char| c.is_ascii_uppercase())
                        && chars.next().is_none_or(|c| !is_word_char(c)) =>
                {
                    Some((term, at + term.abbr.len() + 1))
                }
                Some(_) => None,
            }
        })
    }
}

/// A piece of text: plain, or an abbreviation found in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text with no abbreviation.
    Text(&'a str),
    /// An abbreviation as it stands in the text (with a plural `s` if it has one).
    Abbr {
        /// The matched text.
        text: &'a str,
        /// The indexed abbreviation it matched.
        abbr: &'a str,
        /// What it stands for.
        expansion: &'a str,
    },
}

impl<'a> Segment<'a> {
    /// The piece of text, as in the input.
    pub fn text(&self) -> &'a str {
        match self {
            Segment::Text(text) | Segment::Abbr { text, .. } => text,
        }
    }
}

/// Letters and digits are inside words; anything else (spaces, punctuation, dashes,
/// apostrophes) is a boundary.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text` into plain runs and abbreviations (see the module documentation for the
/// rules). Joining the segments' texts gives `text` back exactly.
pub fn segments<'a>(text: &'a str, index: &'a AbbrIndex) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    let mut previous: Option<char> = None;
    while at < text.len() {
        if previous.is_none_or(|c| !is_word_char(c)) {
            if let Some((term, end)) = index.match_at(text, at) {
                if plain_from < at {
                    out.push(Segment::Text(&text[plain_from..at]));
                }
                out.push(Segment::Abbr {
                    text: &text[at..end],
                    abbr: &term.abbr,
                    expansion: &term.expansion,
                });
                previous = text[..end].chars().next_back();
                at = end;
                plain_from = end;
                continue;
            }
        }
        let c = text[at..].chars().next().expect("inside the text");
        previous = Some(c);
        at += c.len_utf8();
    }
    if plain_from < text.len() {
        out.push(Segment::Text(&text[plain_from..]));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The glossary page
// ---------------------------------------------------------------------------------------------

/// The jump-list letter an abbreviation is filed under: its first letter (accents dropped,
/// upper case), or `#` when it starts with a digit or a sign (`2030 Agenda`).
pub fn glossary_letter(abbr: &str) -> char {
    match fold(abbr).chars().next() {
        Some(c) if c.is_ascii_alphabetic() => c.to_ascii_uppercase(),
        _ => '#',
    }
}

/// How a jump-list letter is shown (`#` reads "0–9").
pub fn letter_label(letter: char) -> String {
    if letter == '#' {
        "0–9".to_string()
    } else {
        letter.to_string()
    }
}

/// Whether an entry matches a filter: every word of the filter occurs (case- and
/// accent-insensitive) in its abbreviation or its expansion. A blank filter matches all.
pub fn glossary_matches(entry: &GlossaryEntry, filter: &str) -> bool {
    let haystack = format!("{}\n{}", fold(&entry.abbr), fold(&entry.expansion));
    terms(filter).iter().all(|term| haystack.contains(term))
}

/// The entries in alphabetical order (case- and accent-insensitive on the abbreviation, then
/// on the expansion; file order for equal ones).
pub fn glossary_sorted(entries: &[GlossaryEntry]) -> Vec<&GlossaryEntry> {
    let mut sorted: Vec<&GlossaryEntry> = entries.iter().collect();
    crate::stable_sort::sort_by_cached_key(&mut sorted, |entry| {
        (fold(&entry.abbr), fold(&entry.expansion))
    });
    sorted
}

/// The entries matching `filter`, alphabetical, grouped by [`glossary_letter`] (`#` first,
/// then A to Z; letters with no entry left out).
pub fn glossary_groups<'a>(
    entries: &'a [GlossaryEntry],
    filter: &str,
) -> Vec<(char, Vec<&'a GlossaryEntry>)> {
    let matching = glossary_sorted(entries)
        .into_iter()
        .filter(|entry| glossary_matches(entry, filter));
    let mut groups: Vec<(char, Vec<&GlossaryEntry>)> = Vec::new();
    for entry in matching {
        let letter = glossary_letter(&entry.abbr);
        match groups.iter_mut().find(|(l, _)| *l == letter) {
            Some((_, list)) => list.push(entry),
            None => groups.push((letter, vec![entry])),
        }
    }
    crate::stable_sort::sort_by_key(
        &mut groups,
        |(letter, _)| if *letter == '#' { ' ' } else { *letter },
    );
    groups
}

// ---------------------------------------------------------------------------------------------
// The topic pages
// ---------------------------------------------------------------------------------------------

/// Every timeline kind, in the order the filter shows them.
pub const EVENT_KINDS: [EventKind; 8] = [
    EventKind::Milestone,
    EventKind::GlobalProcess,
    EventKind::Grcp,
    EventKind::IscmFounded,
    EventKind::IscmEnded,
    EventKind::IscmTransformed,
    EventKind::IscmRenamed,
    EventKind::Assessment,
];

/// The id of a kind, as in the JSON and in the URL (`?kind=grcp`).
pub fn kind_id(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Milestone => "milestone",
        EventKind::GlobalProcess => "global-process",
        EventKind::Grcp => "grcp",
        EventKind::IscmFounded => "iscm-founded",
        EventKind::IscmEnded => "iscm-ended",
        EventKind::IscmTransformed => "iscm-transformed",
        EventKind::IscmRenamed => "iscm-renamed",
        EventKind::Assessment => "assessment",
    }
}

/// A kind's name for people.
pub fn kind_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Milestone => "Global governance milestone",
        EventKind::GlobalProcess => "Global process",
        EventKind::Grcp => "GRCP meeting",
        EventKind::IscmFounded => "ISCM established",
        EventKind::IscmEnded => "ISCM ended",
        EventKind::IscmTransformed => "ISCM transformed",
        EventKind::IscmRenamed => "Renamed",
        EventKind::Assessment => "Assessment or review",
    }
}

/// The kind with this id, if any.
pub fn kind_from_id(id: &str) -> Option<EventKind> {
    EVENT_KINDS.into_iter().find(|kind| kind_id(*kind) == id)
}

/// The timeline filter of a URL query (`kind=grcp&…`, no `?`): the first `kind` that names a
/// kind; anything else (absent, unknown, malformed) means no filter.
pub fn kind_from_query(query: &str) -> Option<EventKind> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(key, _)| *key == "kind")
        .find_map(|(_, value)| kind_from_id(percent_decode(value).trim()))
}

/// The query for a timeline filter (`kind=grcp`, or empty for all events).
pub fn kind_query(kind: Option<EventKind>) -> String {
    kind.map(|kind| format!("kind={}", kind_id(kind)))
        .unwrap_or_default()
}

/// Events of one kind (or all), in year order (source order within a year), grouped by year.
pub fn timeline_by_year(
    events: &[TimelineEvent],
    kind: Option<EventKind>,
) -> Vec<(i32, Vec<&TimelineEvent>)> {
    let mut chosen: Vec<&TimelineEvent> = events
        .iter()
        .filter(|event| kind.is_none_or(|kind| event.kind == kind))
        .collect();
    crate::stable_sort::sort_by_key(&mut chosen, |event| event.year);
    group_in_order(chosen, |event| event.year)
}

/// How many events there are of each kind, in [`EVENT_KINDS`] order, kinds with none left out.
pub fn kind_counts(events: &[TimelineEvent]) -> Vec<(EventKind, usize)> {
    EVENT_KINDS
        .into_iter()
        .map(|kind| (kind, events.iter().filter(|e| e.kind == kind).count()))
        .filter(|(_, count)| *count > 0)
        .collect()
}

/// Groups items by a key, keeping the order in which keys first appear and the items' order
/// within a group.
pub fn group_in_order<T, K: PartialEq>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> Vec<(K, Vec<T>)> {
    let mut groups: Vec<(K, Vec<T>)> = Vec::new();
    for item in items {
        let k = key(&item);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, list)) => list.push(item),
            None => groups.push((k, vec![item])),
        }
    }
    groups
}

/// Every finding group, in report order.
pub const FINDING_GROUPS: [FindingGroup; 5] = [
    FindingGroup::Box1,
    FindingGroup::Box2,
    FindingGroup::Box3,
    FindingGroup::Box4,
    FindingGroup::Chapter6,
];

/// A finding group's title as the report prints it.
pub fn finding_group_title(group: FindingGroup) -> &'static str {
    match group {
        FindingGroup::Box1 => "Box 1. Main findings on ISCMs as regards migration governance",
        FindingGroup::Box2 => "Box 2. Main findings on ISCM structures",
        FindingGroup::Box3 => "Box 3. Main findings on ISCMs' sustainability",
        FindingGroup::Box4 => "Box 4. Main findings on ISCM synergies and partnerships",
        FindingGroup::Chapter6 => "6. Findings",
    }
}

/// Findings under their headings, in the order the headings first appear.
pub type FindingsByHeading<'a> = Vec<(&'a str, Vec<&'a Finding>)>;

/// The findings by group (report order), then by heading (in the order headings first appear).
pub fn findings_grouped(findings: &[Finding]) -> Vec<(FindingGroup, FindingsByHeading<'_>)> {
    FINDING_GROUPS
        .into_iter()
        .map(|group| {
            let in_group = findings.iter().filter(|f| f.group == group);
            (group, group_in_order(in_group, |f| f.heading.as_str()))
        })
        .filter(|(_, headings)| !headings.is_empty())
        .collect()
}

/// The top heading of a source section: the part before the first ` › ` and before a subtitle
/// after `: ` (`3. From global back to regional?: analysis of …` and
/// `3. From global back to regional? › Key findings` both give
/// `3. From global back to regional?`).
pub fn section_head(section: &str) -> &str {
    let head = section.split(" › ").next().unwrap_or(section);
    head.split(": ").next().unwrap_or(head).trim()
}

/// A stated number as shown: `22`, `70%`, `2.5`; never a trailing `.0`.
pub fn format_value(value: f64, unit: FigureUnit) -> String {
    let number = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    };
    match unit {
        FigureUnit::Percent => format!("{number}%"),
        FigureUnit::Count => number,
    }
}

/// A unit's name for people.
pub fn unit_label(unit: FigureUnit) -> &'static str {
    match unit {
        FigureUnit::Percent => "percent",
        FigureUnit::Count => "count",
    }
}

/// What became of an ISCM that is not among the 30, for people.
pub fn status_label(status: InactiveStatus) -> &'static str {
    match status {
        InactiveStatus::Dormant => "Dormant",
        InactiveStatus::Completed => "Completed",
        InactiveStatus::Transformed => "Transformed",
        InactiveStatus::Renamed => "Renamed",
        InactiveStatus::ActiveNotInAnnex2 => "Active, not among the 30 of Annex 2",
        InactiveStatus::NotStated => "Status not stated",
    }
}

/// The ISCMs that statements of `topic` name, in Annex 2 order, with how many statements
/// name each.
pub fn iscms_with_statements<'a>(
    data: &'a Dataset,
    file: &StatementsFile,
    topic: StatementTopic,
) -> Vec<(&'a Iscm, usize)> {
    data.iscms
        .iter()
        .map(|iscm| {
            let count = file
                .statements
                .iter()
                .filter(|s| s.topic == topic && s.iscm_ids.contains(&iscm.id))
                .count();
            (iscm, count)
        })
        .filter(|(_, count)| *count > 0)
        .collect()
}

/// The data notes of `context.json` shown on a topic page (`None`: the glossary), by id.
pub fn topic_note_ids(topic: Option<Topic>) -> &'static [&'static str] {
    match topic {
        Some(Topic::Governance) => &["active-iscm-counts-differ", "gfmd-name"],
        Some(Topic::Gcm) => &[
            "gfdm-typo",
            "grcp-7-date",
            "gcm-review-respondent-counts",
            "gcm-review-figures-4-5",
            "puebla-process",
            "active-iscm-counts-differ",
            "gcm-review-extraction",
        ],
        Some(Topic::Agenda2030) => &[
            "gcrp-4-typo",
            "dates-from-footnotes",
            "gcm-review-extraction",
        ],
        Some(Topic::Assessment) => &[
            "respondents-annex-6",
            "assessment-components-wording",
            "background-cross-references",
            "box-1-extra-headings",
            "secretariat-functions",
            "membership-fees",
            "figure-numbers-lost",
            "section-4-5-numbered-twice",
        ],
        Some(Topic::Timeline) => &[
            "undated-periods",
            "founding-years-from-annex-2",
            "dates-from-footnotes",
            "grcp-numbering-and-years",
            "grcp-7-date",
            "gcrp-4-typo",
            "iamm-date",
            "cis-conference-status",
        ],
        None => &[
            "glossary-differing-expansions",
            "puebla-process",
            "gfmd-name",
        ],
    }
}

/// A machine-readable `datetime` for a date as printed: `5 April 2019` → `2019-04-05`,
/// `July 2018` → `2018-07`; anything else (`10 and 11 October 2017`) → the year alone.
pub fn datetime_attr(date: Option<&str>, year: i32) -> String {
    use super::agenda::MONTHS;
    let month_number = |name: &str| MONTHS.iter().position(|m| *m == name).map(|i| i + 1);
    let words: Vec<&str> = date.unwrap_or_default().split_whitespace().collect();
    let same_year = |text: &str| text.parse::<i32>().ok() == Some(year);
    match words.as_slice() {
        [day, month, y] if same_year(y) => match (day.parse::<u32>(), month_number(month)) {
            (Ok(day @ 1..=31), Some(month)) => format!("{year:04}-{month:02}-{day:02}"),
            _ => year.to_string(),
        },
        [month, y] if same_year(y) => match month_number(month) {
            Some(month) => format!("{year:04}-{month:02}"),
            None => year.to_string(),
        },
        _ => year.to_string(),
    }
}
