//! Types for `public/data/statements.json`: what the sources say about individual ISCMs.
//!
//! Each [`Statement`] is one short passage of a source document (the report `001_…` from
//! its Introduction to Chapter 6, or the 2018 GCM review `004_…`) that states a fact about
//! one or more of the 30 ISCMs of Annex 2: a contribution, a structure, funding, a
//! partnership, an overlap, a position on the Global Compact for Migration, a theme, a
//! piece of history, the measurement of impact, or the ISCM's role in its region.
//! Sentences about ISCMs in general, with no ISCM named, are not statements.
//!
//! Conventions:
//! - `text` is copied from the source. Two editorial marks are allowed and nothing else is
//!   added: `…` where words are left out (also where the extraction put a block of
//!   footnotes in the middle of a sentence), and `[…]` for a few words that replace a
//!   pronoun or name the ISCM the sentence is about. Straight quotes may be printed as
//!   typographic ones and a first letter may be capitalised.
//! - A statement is `verbatim` (the default) when its words, read in order with case,
//!   punctuation and spacing ignored, occur in the source document, allowing the two marks
//!   above: see [`quote_occurs`]. The test suite checks every verbatim statement this way.
//! - `level` is set only for contributions (topic [`Topic::Contribution`]): the level of
//!   migration governance the report files the contribution under. Contributions in
//!   Sections 3.1 to 3.5 take the level of their section; contributions in Section 3.8 take
//!   the level of the paragraph they sit in (national policies, regional policies,
//!   interregional policies, global-level policies); others have no level.
//! - `source.section` is the heading the passage sits under, in sentence case (report
//!   headings are printed in capitals), followed by `, footnote N` for a footnote. Sections
//!   of the GCM review, whose headings run on in the extracted text, are given as a path of
//!   headings separated by ` / `.
//! - `tags` come from the closed vocabulary in `tags`.
//! - Where the sources contradict themselves or the extraction damaged a passage, a
//!   [`DataNote`] in `data_notes` records it.
//!
//! The app reads these types with the hand-written decoder of `statements_decode.rs`, not
//! serde (the explorer loads this file, so serde's visitors were in the first-load wasm). The
//! serde derives and attributes stay for native builds only: the tests check that the decoder
//! and serde read every input alike, and round-trip the data through serde_json.

use super::decode::{decode_text, DecodeError};
use super::source::{DataNote, SourceRef};
use crate::i18n::pages::PagesText;
use crate::i18n::Lang;

/// The whole of `statements.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct StatementsFile {
    /// The statements, in source order (report first, then the GCM review).
    pub statements: Vec<Statement>,
    /// The closed vocabulary of tags used by `statements`.
    pub tags: Vec<Tag>,
    /// Contradictions, variant names and extraction defects met while writing the statements.
    pub data_notes: Vec<DataNote>,
}

/// One passage of a source about one or more ISCMs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Statement {
    /// Stable kebab-case id, unique in the file.
    pub id: String,
    /// The ISCMs the passage is about (ids of Annex 2, see `iscms.json`); every ISCM the
    /// passage names as concerned is listed.
    pub iscm_ids: Vec<String>,
    /// What the passage is about.
    pub topic: Topic,
    /// For contributions only: the level of migration governance the report files it under.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub level: Option<Level>,
    /// Tag ids from [`StatementsFile::tags`].
    pub tags: Vec<String>,
    /// The passage, copied from the source (see the module conventions for `…` and `[…]`).
    pub text: String,
    /// Whether `text` is the source's own words (the default). `false` would mark a
    /// paraphrase; the check in the tests applies to every verbatim statement.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default = "yes", skip_serializing_if = "is_true")
    )]
    pub verbatim: bool,
    /// Where the passage is.
    pub source: SourceRef,
    /// Other places where the same source says the same thing in other words.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub also_in: Vec<SourceRef>,
}

/// `verbatim`'s default for serde, which only native builds use (the decoder has its own).
#[cfg(not(target_arch = "wasm32"))]
fn yes() -> bool {
    true
}

#[cfg(not(target_arch = "wasm32"))]
fn is_true(b: &bool) -> bool {
    *b
}

/// What a statement is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum Topic {
    /// Something the ISCM produced or brought about: guides, model laws, action plans,
    /// policies, agreements, observatories, training, pilot projects, inputs to global
    /// processes.
    Contribution,
    /// How the ISCM is organised: chair, secretariat, steering committee, working groups,
    /// focal points, support offices, observers, membership, legal personality, operating
    /// modalities.
    Structure,
    /// How the ISCM is financed: membership fees, donors, funding challenges.
    Funding,
    /// Cooperation with organizations, civil society, the private sector, academia,
    /// diasporas, local authorities or other ISCMs.
    Partnership,
    /// Overlaps in geography or membership between ISCMs.
    Overlap,
    /// Engagement with the Global Compact for Safe, Orderly and Regular Migration:
    /// positions, recommendations, agenda items, action plans, views on implementation.
    Gcm,
    /// The ISCM's thematic focus.
    Theme,
    /// Origins, predecessors, renaming, expansion, dated events.
    History,
    /// Measuring impact (indicators, reviews) and impacts the report attributes to the ISCM.
    Impact,
    /// The ISCM's standing or role in its region or in global governance.
    Role,
}

impl Topic {
    /// Every topic, in the order above.
    pub const ALL: [Topic; 10] = [
        Topic::Contribution,
        Topic::Structure,
        Topic::Funding,
        Topic::Partnership,
        Topic::Overlap,
        Topic::Gcm,
        Topic::Theme,
        Topic::History,
        Topic::Impact,
        Topic::Role,
    ];

    /// The id used in the JSON.
    pub fn id(self) -> &'static str {
        match self {
            Topic::Contribution => "contribution",
            Topic::Structure => "structure",
            Topic::Funding => "funding",
            Topic::Partnership => "partnership",
            Topic::Overlap => "overlap",
            Topic::Gcm => "gcm",
            Topic::Theme => "theme",
            Topic::History => "history",
            Topic::Impact => "impact",
            Topic::Role => "role",
        }
    }

    /// A label for people, in English.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// A label for people, in the interface language `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let t = PagesText::of(lang);
        match self {
            Topic::Contribution => t.topic_contribution,
            Topic::Structure => t.topic_structure,
            Topic::Funding => t.topic_funding,
            Topic::Partnership => t.topic_partnership,
            Topic::Overlap => t.topic_overlap,
            Topic::Gcm => t.topic_gcm,
            Topic::Theme => t.topic_theme,
            Topic::History => t.topic_history,
            Topic::Impact => t.topic_impact,
            Topic::Role => t.topic_role,
        }
    }
}

/// A level of migration governance, as in the report's Sections 3.1 to 3.5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum Level {
    /// 3.1. Contributions at the national level (including the subnational paragraph).
    National,
    /// 3.2. Contributions at the bilateral level.
    Bilateral,
    /// 3.3. Contributions at the regional level.
    Regional,
    /// 3.4. Contributions at the interregional level.
    Interregional,
    /// 3.5. Contributions at the global level.
    Global,
}

impl Level {
    /// Every level, from national to global.
    pub const ALL: [Level; 5] = [
        Level::National,
        Level::Bilateral,
        Level::Regional,
        Level::Interregional,
        Level::Global,
    ];

    /// The report section whose contributions take this level (`"3.1."` … `"3.5."`).
    pub fn report_section(self) -> &'static str {
        match self {
            Level::National => "3.1.",
            Level::Bilateral => "3.2.",
            Level::Regional => "3.3.",
            Level::Interregional => "3.4.",
            Level::Global => "3.5.",
        }
    }

    /// "National level. ": the words that introduce a statement of this level, in `lang`.
    pub fn lead_in(self, lang: Lang) -> &'static str {
        let t = PagesText::of(lang);
        match self {
            Level::National => t.level_national,
            Level::Bilateral => t.level_bilateral,
            Level::Regional => t.level_regional,
            Level::Interregional => t.level_interregional,
            Level::Global => t.level_global,
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Level::National => "National",
            Level::Bilateral => "Bilateral",
            Level::Regional => "Regional",
            Level::Interregional => "Interregional",
            Level::Global => "Global",
        }
    }
}

/// One tag of the closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Tag {
    /// Stable kebab-case id, used in [`Statement::tags`].
    pub id: String,
    /// A label for people.
    pub name: String,
    /// The kind of thing the tag names, for grouping in the interface.
    pub group: TagGroup,
}

/// The kinds of tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum TagGroup {
    /// A kind of product or activity (guide, action plan, training, …).
    Output,
    /// A structural element (secretariat, focal points, working group, …).
    Structure,
    /// A way of funding (membership fees, donors).
    Funding,
    /// A kind of partner (IOM, civil society, private sector, other ISCMs, …).
    Partner,
    /// A migration theme.
    Theme,
    /// A global framework or meeting (Global Compacts, SDGs, GRCP) or the 2018 GCM review
    /// survey.
    Global,
}

impl StatementsFile {
    /// Parses the text of `statements.json`: its JSON tree, then the types read from it.
    pub fn from_json(text: &str) -> Result<Self, DecodeError> {
        decode_text(text)
    }

    /// The statements about one ISCM, in file order.
    pub fn for_iscm<'a>(&'a self, iscm_id: &'a str) -> impl Iterator<Item = &'a Statement> + 'a {
        self.statements
            .iter()
            .filter(move |s| s.iscm_ids.iter().any(|i| i == iscm_id))
    }

    /// The statement with this id.
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    /// The tag with this id.
    pub fn tag(&self, id: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }
}

/// How far apart, in normalised characters, the words before and after an `…` may be in
/// the source (about a printed page).
pub const ELLIPSIS_GAP: usize = 3000;

/// How many normalised characters of the source a `[…]` insertion may stand for (a
/// pronoun or a short phrase).
pub const BRACKET_GAP: usize = 40;

/// Reduces text to the sequence of its letters and digits, lower-cased, after dropping
/// HTML footnote markers (`<sup>…</sup>`) and other tags. Quotes, dashes, punctuation,
/// markdown and spacing do not count when comparing a quotation with its source.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        push_alnum(&mut out, &rest[..start]);
        let after = &rest[start..];
        let skip = if after.starts_with("<sup>") {
            after.find("</sup>").map(|e| e + "</sup>".len())
        } else {
            after.find('>').map(|e| e + 1)
        };
        match skip {
            Some(n) => rest = &after[n..],
            None => {
                push_alnum(&mut out, after);
                rest = "";
            }
        }
    }
    push_alnum(&mut out, rest);
    out
}

fn push_alnum(out: &mut String, s: &str) {
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        out.push(crate::lowercase::lower(c));
    }
}

/// What separates a fragment of a quotation from the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// The first fragment: it may be anywhere in the source.
    Start,
    /// After a `[…]` insertion: at most [`BRACKET_GAP`] characters of the source skipped.
    Bracket,
    /// After an `…`: at most [`ELLIPSIS_GAP`] characters skipped.
    Ellipsis,
}

/// Splits a quotation at `…` and `[…]` into normalised fragments, each with the gap that
/// precedes it. The first fragment may be anywhere; between two fragments the widest mark
/// that separates them applies.
fn fragments(text: &str) -> Vec<(Gap, String)> {
    let mut out = Vec::new();
    let mut pending = Gap::Start;
    let mut buf = String::new();
    let mut in_bracket = false;
    for c in text.chars() {
        match c {
            '[' if !in_bracket => {
                flush(&mut out, &mut pending, &mut buf);
                pending = wider(pending, Gap::Bracket);
                in_bracket = true;
            }
            ']' if in_bracket => in_bracket = false,
            _ if in_bracket => {}
            '…' => {
                flush(&mut out, &mut pending, &mut buf);
                pending = Gap::Ellipsis;
            }
            _ => buf.push(c),
        }
    }
    flush(&mut out, &mut pending, &mut buf);
    out
}

fn flush(out: &mut Vec<(Gap, String)>, pending: &mut Gap, buf: &mut String) {
    let frag = normalise(buf);
    buf.clear();
    if frag.is_empty() {
        return;
    }
    let gap = if out.is_empty() { Gap::Start } else { *pending };
    out.push((gap, frag));
    *pending = Gap::Start;
}

/// The wider of two gaps (an ellipsis is wider than a bracket).
fn wider(a: Gap, b: Gap) -> Gap {
    if a == Gap::Ellipsis || b == Gap::Ellipsis {
        Gap::Ellipsis
    } else {
        Gap::Bracket
    }
}

/// Whether `quote` (a statement text, with `…` and `[…]` marks) occurs in `source` (the
/// raw text of a seed document): its fragments must occur in order, each within the gap
/// its preceding mark allows. Case, punctuation, spacing and footnote markers are ignored.
pub fn quote_occurs(quote: &str, source: &str) -> bool {
    quote_occurs_in_normalised(quote, &normalise(source))
}

/// As [`quote_occurs`], with the source already passed through [`normalise`].
pub fn quote_occurs_in_normalised(quote: &str, normalised_source: &str) -> bool {
    let frags = fragments(quote);
    if frags.is_empty() {
        return false;
    }
    matches_from(&frags, normalised_source, None)
}

fn matches_from(frags: &[(Gap, String)], src: &str, pos: Option<usize>) -> bool {
    let Some(((gap, frag), rest)) = frags.split_first() else {
        return true;
    };
    let (from, limit) = match (pos, gap) {
        (None, _) | (_, Gap::Start) => (0, usize::MAX),
        (Some(p), Gap::Bracket) => (p, p + BRACKET_GAP),
        (Some(p), Gap::Ellipsis) => (p, p + ELLIPSIS_GAP),
    };
    let mut at = from;
    while let Some(found) = src.get(at..).and_then(|s| s.find(frag.as_str())) {
        let idx = at + found;
        if idx > limit {
            return false;
        }
        if matches_from(rest, src, Some(idx + frag.len())) {
            return true;
        }
        // Next candidate: one character further on.
        at = idx + src[idx..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str =
        "The Bali Process has produced the Guide (2014).<sup>29</sup> Its 2003 model \
                       law on smuggling has been adopted by 18 member States. Other text here.";

    #[test]
    fn normalise_drops_markup_case_and_punctuation() {
        assert_eq!(normalise("A “b”<sup>12</sup> – C's <b>d</b>"), "abcsd");
    }

    #[test]
    fn quotes_with_marks() {
        assert!(quote_occurs(
            "the Bali Process has produced the Guide (2014).",
            SRC
        ));
        assert!(quote_occurs(
            "[The Bali Process’] 2003 model law on smuggling has been adopted by 18 member States.",
            SRC
        ));
        assert!(quote_occurs(
            "The Bali Process … adopted by 18 member States.",
            SRC
        ));
        assert!(!quote_occurs("adopted by 19 member States", SRC));
        assert!(!quote_occurs(
            "adopted by 18 member States … The Bali Process",
            SRC
        ));
        // A bracket may not stand for a long stretch of the source.
        assert!(!quote_occurs(
            "The Bali Process [did something] Other text here.",
            SRC
        ));
        assert!(!quote_occurs("", SRC));
    }
}
