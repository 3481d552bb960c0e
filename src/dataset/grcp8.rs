//! Types for `public/data/grcp8.json`: the Eighth Global Meeting of Chairs and Secretariats of
//! Consultative Processes on Migration (GRCP 8), Geneva, 5 April 2019.
//!
//! Sources: the report's Annex 8 (agenda), Annex 9 (objectives and discussion guide questions),
//! Annex 7 (attendance), sections 3.9, 4.5 and 5.4 (the discussions) and its introduction, and the
//! `grcp8-brief`, an earlier wording of the objective, issues and session objectives and questions.
//!
//! Text fields are copied from the sources (markup removed); what the sources leave unclear is in
//! `data_notes`.
//!
//! The app reads these types with the hand-written decoder of `grcp8_decode.rs`, not serde
//! (see `decode.rs`); the serde derives and attributes are for native builds only, where the
//! tests check that both read every input alike.

use super::source::{DataNote, SourceRef};

/// The whole of `grcp8.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Grcp8 {
    /// The meeting itself: title, date, place, objective and issues.
    pub meeting: Meeting,
    /// Every titled block of the agenda, in agenda (time) order: `opening`, `session-1`,
    /// `session-2`, `working-lunch`, `session-3`, `session-4`, `closing`.
    pub sessions: Vec<Session>,
    /// The rows of the Annex 8 agenda, in time order, one per time range.
    pub slots: Vec<Slot>,
    /// The four regional groups of the working lunch.
    pub lunch_groups: Vec<LunchGroup>,
    /// Everyone named in Annex 8, once each, in order of first appearance.
    pub people: Vec<Person>,
    /// The 27 ISCMs that attended GRCP 8 (ids of `iscms.json`), in the order of Annex 7.
    pub attending_iscm_ids: Vec<String>,
    /// Where the attendance comes from (Annex 7, and the introduction's count of 27).
    pub attending_sources: Vec<SourceRef>,
    /// Key points the report gives from the GRCP 8 discussions (sections 3.9, 4.5 and 5.4).
    pub discussions: Vec<Discussion>,
    /// Inconsistencies, extraction defects and readings of the sources.
    pub data_notes: Vec<DataNote>,
}

/// GRCP 8 as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Meeting {
    /// Full title as in Annex 8: "Eighth Global Meeting of Chairs and Secretariats of Consultative
    /// Processes on Migration".
    pub title: String,
    /// "GRCP 8".
    pub short_title: String,
    /// The meeting's theme, "Advancing a common understanding of migration governance across regions".
    pub theme: String,
    /// ISO date, "2019-04-05".
    pub date: String,
    /// "International Conference Centre of Geneva".
    pub venue: String,
    /// "Geneva".
    pub city: String,
    /// "Switzerland".
    pub country: String,
    /// The organization named at the head of the agenda (IOM).
    pub organizer: String,
    /// Other names the sources give the meeting, each with where it is used.
    pub other_names: Vec<Quote>,
    /// What the report says GRCP 8 was and did for the assessment (quoted sentences).
    pub about: Vec<Quote>,
    /// The meeting objective, Annex 9 wording.
    pub objective: Objective,
    /// "The following issues will be addressed at GRCP 8" (Annex 9), in order, labels (a)–(d) dropped.
    pub issues: Vec<String>,
    /// The grcp8-brief wording of the objective and issues (it differs from Annex 9 in both).
    pub brief_wording: MeetingBriefWording,
    /// Where the meeting facts come from.
    pub sources: Vec<SourceRef>,
}

/// A sentence quoted from a source, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Quote {
    /// The quoted text.
    pub text: String,
    /// Where it is quoted from.
    pub source: SourceRef,
}

/// The meeting objective: a lead sentence ending in "to:" and the aims that complete it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Objective {
    /// The lead sentence, as printed.
    pub text: String,
    /// The aims, in order, without their labels ((a)/(b) in Annex 9, (i)/(ii) in the brief).
    pub aims: Vec<String>,
}

/// The grcp8-brief's wording of the meeting objective and issues.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct MeetingBriefWording {
    /// The "Meeting Objective" of the brief.
    pub objective: Objective,
    /// The brief's "Issues to be addressed during GRCP 8", in order.
    pub issues: Vec<String>,
}

/// A titled block of the agenda, with its Annex 9 objectives and questions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Session {
    /// `opening`, `session-1` … `session-4`, `working-lunch` or `closing`.
    pub id: String,
    /// The session number for Sessions 1 to 4; null for the opening, working lunch and closing.
    pub number: Option<u8>,
    /// Annex 8 wording, without the "Session N: " prefix (the number is in `number`).
    pub title: String,
    /// Annex 9 wording of the title when it differs from `title` in any way, case included
    /// (without the "Session N:" prefix); null when identical or when Annex 9 has no such block.
    pub title_annex9: Option<String>,
    /// Position of the session's heading in Annex 9 (1 = first). Annex 9 puts the working lunch (3)
    /// and Session 4 (4) before Session 3 (5); null for the opening and closing, which Annex 9 omits.
    pub annex9_order: Option<u8>,
    /// The Annex 9 objectives, in order, numbering dropped, punctuation as printed.
    pub objectives: Vec<String>,
    /// When Annex 9 gives one list of objectives to two sessions (the working lunch and Session 4),
    /// the id of the other session that shares them; null otherwise.
    pub objectives_shared_with: Option<String>,
    /// The Annex 9 heading of `questions` ("Discussion guide questions", "Working lunch discussion
    /// guide questions", "Plenary discussion guide questions"); null when there are none.
    pub questions_heading: Option<String>,
    /// The Annex 9 discussion guide questions, in order. Annex 9's one block with two sets of
    /// questions (working lunch and plenary) is split across the `working-lunch` and `session-4`
    /// sessions, so each session has at most one set.
    pub questions: Vec<Question>,
    /// The grcp8-brief wording. Null when the brief does not cover the session (opening, closing);
    /// otherwise each of its fields is null when the brief's wording is identical to Annex 9 (after
    /// normalising typographic apostrophes and spacing).
    pub brief_wording: Option<BriefWording>,
    /// The agenda slots of the session.
    pub slot_ids: Vec<String>,
    /// Where the session's title, objectives and questions come from.
    pub sources: Vec<SourceRef>,
}

/// A discussion guide question, with its sub-questions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Question {
    /// The question, as printed (numbering dropped).
    pub text: String,
    /// Sub-questions that complete `text`, in order; empty when there are none.
    pub parts: Vec<QuestionPart>,
}

/// One sub-question of a [`Question`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct QuestionPart {
    /// The printed label without brackets ("a", "b", "c"); null where the source has none (the brief).
    pub label: Option<String>,
    /// The sub-question, as printed (leading "..." kept).
    pub text: String,
}

/// The grcp8-brief's wording of a session, field by field; a null field means the brief says the
/// same as Annex 9.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct BriefWording {
    /// The brief's title (without the "Session N." prefix), or null if identical to Annex 9.
    pub title: Option<String>,
    /// The brief's objectives, or null if identical to Annex 9.
    pub objectives: Option<Vec<String>>,
    /// The brief's guiding questions, or null if identical to Annex 9.
    pub questions: Option<Vec<Question>>,
}

/// One row of the Annex 8 agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Slot {
    /// `slot-HHMM`, from the start time.
    pub id: String,
    /// Start time, 24-hour "HH:MM" (printed "9.45").
    pub start: String,
    /// End time, 24-hour "HH:MM".
    pub end: String,
    /// The session the slot belongs to.
    pub session_id: String,
    /// The slot heading as printed, with its "Session N:" prefix.
    pub title: String,
    /// The programme lines of the slot, in printed order.
    pub items: Vec<AgendaItem>,
    /// Who does what in the slot, in printed order (moderator first where there is one).
    pub roles: Vec<Role>,
    /// Always Annex 8 of the report.
    pub source: SourceRef,
}

/// One programme line of an agenda slot.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct AgendaItem {
    /// What the line is.
    pub kind: ItemKind,
    /// The printed title of the line, without a label such as "Introduction:"; null when the agenda
    /// gives only names.
    pub title: Option<String>,
    /// The working lunch group the line is about, for `group-discussion` items; null otherwise.
    pub group_id: Option<String>,
    /// The people who deliver it, in printed order (empty for open discussion).
    pub people: Vec<String>,
}

/// The kind of an agenda line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum ItemKind {
    /// A statement (the welcome, and the closing remarks, which the agenda leaves untitled).
    Statement,
    /// The introduction to Session 1.
    Introduction,
    /// A titled presentation (Session 2).
    Presentation,
    /// Speakers listed without topics (Session 3).
    Panel,
    /// One working lunch group, with its co-facilitators.
    GroupDiscussion,
    /// The regional rapporteurs of Session 4.
    RapporteurReports,
    /// Open discussion ("Discussion", "Cross-regional exchanges and discussion").
    Discussion,
}

/// A person's part in an agenda slot.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Role {
    /// The part played.
    pub role: RoleKind,
    /// The person, an id of `people`.
    pub person_id: String,
    /// The working lunch group (co-facilitators; rapporteurs by matching region, see data notes).
    pub group_id: Option<String>,
    /// The region a rapporteur reports for, as printed ("the Americas"); null for other roles.
    pub region: Option<String>,
    /// The speaker's printed topic, where the agenda gives one.
    pub topic: Option<String>,
}

/// The parts the agenda names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum RoleKind {
    /// Gives a statement, introduction or presentation.
    Speaker,
    /// "Moderator:".
    Moderator,
    /// "Co-facilitators:" of a working lunch group.
    CoFacilitator,
    /// "Rapporteur for …:" in Session 4.
    Rapporteur,
}

/// A working lunch group.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct LunchGroup {
    /// `group-N-region`.
    pub id: String,
    /// The printed group number, 1 to 4.
    pub number: u8,
    /// The printed region ("Africa", "Americas", "Asia, Pacific and the Middle East", "Europe").
    pub name: String,
    /// The two co-facilitators, in printed order.
    pub co_facilitator_ids: Vec<String>,
    /// Always Annex 8 of the report.
    pub source: SourceRef,
}

/// Someone named in the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Person {
    /// Kebab-case slug of the name, ASCII only.
    pub id: String,
    /// As printed: "H.E. Mr", "Mr" or "Ms".
    pub honorific: String,
    /// The name as printed, without honorific or post-nominals.
    pub name: String,
    /// Post-nominal letters printed after the name ("MP", "PhD"), or null.
    pub post_nominals: Option<String>,
    /// Job title and organization, as printed at the first appearance.
    pub position: String,
    /// The capacity in which the person takes part, as printed at the first appearance ("for the
    /// Chair of …"); null when the agenda prints only a position.
    pub capacity: Option<String>,
    /// The kind of `capacity` (of its first-named ISCM where it names several; of the position when
    /// there is no separate capacity).
    pub capacity_kind: CapacityKind,
    /// The ISCMs the person speaks for, in printed order; empty for IOM staff speaking for IOM.
    pub iscm_ids: Vec<String>,
    /// One entry per id of `iscm_ids`, same order: the kind of mandate for that ISCM.
    pub mandates: Vec<Mandate>,
    /// Later appearances where the agenda prints the position or capacity differently.
    pub variants: Vec<PersonVariant>,
    /// Always Annex 8 of the report.
    pub source: SourceRef,
}

/// How a person is related to the ISCM (or IOM) they speak for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum CapacityKind {
    /// "Chair of …".
    Chair,
    /// "for the Chair of …".
    ForChair,
    /// "Co-Chair of …".
    CoChair,
    /// "for the Co-Chair of …".
    ForCoChair,
    /// "for the Secretariat of …" / "for the … Secretariat".
    ForSecretariat,
    /// "Head of the (Technical) Secretariat(s) of …".
    HeadOfSecretariat,
    /// "Co-Head of the Secretariat of …".
    CoHeadOfSecretariat,
    /// "for the …" an ISCM, with no chair or secretariat named.
    ForIscm,
    /// IOM staff speaking for IOM.
    Iom,
}

/// A person's mandate for one ISCM.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Mandate {
    /// The ISCM.
    pub iscm_id: String,
    /// The kind of mandate.
    pub kind: CapacityKind,
}

/// Another printing of a person's position or capacity in a later slot.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct PersonVariant {
    /// The slot where it is printed so.
    pub slot_id: String,
    /// The position as printed there.
    pub position: String,
    /// The capacity as printed there.
    pub capacity: Option<String>,
    /// The kind of that capacity.
    pub capacity_kind: CapacityKind,
}

/// A key point of the GRCP 8 discussions, as the report gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Discussion {
    /// `contributions-*` (3.9), `structures-*` (4.5), `synergies-*` (5.4); `-lead` for the opening
    /// sentences, `-a`, `-b` … for the lettered points.
    pub id: String,
    /// The session the section reports on (see the data note on the mapping).
    pub session_id: String,
    /// The printed letter of the point without brackets; null for the lead sentences.
    pub label: Option<String>,
    /// The phrase the report prints in bold, if any (a substring of `text`).
    pub highlight: Option<String>,
    /// The point, copied from the report (bold markup removed).
    pub text: String,
    /// ISCMs the point names, in order of mention.
    pub iscm_ids: Vec<String>,
    /// The report section.
    pub source: SourceRef,
}
