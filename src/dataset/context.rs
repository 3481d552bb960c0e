//! Types for `public/data/context.json`: everything the app shows around the ISCMs that is
//! not a per-ISCM fact sheet, a per-ISCM statement or the GRCP 8 agenda.
//!
//! Sources: the report's Introduction, Methodology, Background, chapters 1 and 2, the
//! contributions at each level (chapter 3), section 4.4, Boxes 1 to 4, chapter 6, Annex 1, the
//! numbers its survey sections state, its list of acronyms and its references; the IOM web page
//! (definitions, phases, contributions, the 2030 Agenda and the Global Compact); the 2018 IOM
//! review of ISCMs in the Global Compact (`gcm-review`); and the publication page's summary.
//!
//! Every `text` is copied from the source it cites (markup and footnote markers removed, never
//! reworded); what the sources leave unclear or say two ways is in `data_notes`.
//!
//! The app reads these types with the hand-written decoder of `context_decode.rs`, not serde
//! (see `decode.rs`); the serde derives and attributes are for native builds only, where the
//! tests check that both read every input alike.

use super::decode::{decode_text, DecodeError};
use super::source::{DataNote, SourceRef};
use crate::i18n::{topics::TopicsText, Lang};

/// The whole of `context.json`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Context {
    /// The 2019 assessment itself: objective, background, expected outcomes, methodology,
    /// components and respondents.
    pub assessment: Assessment,
    /// Every bullet or paragraph of Boxes 1 to 4 and of chapter 6 (Findings), in report order.
    pub findings: Vec<Finding>,
    /// Numbers the report's text states about the 2019 survey, its respondents, earlier surveys
    /// and the ISCM landscape (never numbers read off a figure).
    pub survey_figures: Vec<Figure>,
    /// Numbers stated in the 2018 review (text, or figures that kept their values).
    pub gcm_review_figures: Vec<Figure>,
    /// Findings of the 2018 review, copied.
    pub gcm_review_findings: Vec<Passage>,
    /// Definitions of ISCM, RCP, IRF, global process, migration governance and related terms.
    pub definitions: Vec<Definition>,
    /// The defining characteristics of ISCMs (chapter 1).
    pub characteristics: Vec<Passage>,
    /// Themes and goals listed in chapter 1, section 1.1 and Table 1.
    pub themes: Vec<Theme>,
    /// Outcomes of the work of ISCMs (chapter 3) and the web page's list of ISCMs' contributions.
    pub contributions: Vec<Passage>,
    /// The three phases of the migration governance process.
    pub governance_phases: Vec<GovernancePhase>,
    /// The levels of migration governance and what ISCMs contribute at each.
    pub governance_levels: Vec<GovernanceLevel>,
    /// Dated events, in year order: ISCM founding years (Annex 2), the emergence of global
    /// migration governance (chapter 2), ISCM endings and transformations (4.4), GRCP meetings,
    /// assessments.
    pub timeline: Vec<TimelineEvent>,
    /// The global meetings of ISCM chairs and secretariats (GRCPs) the sources mention.
    pub grcp_meetings: Vec<GrcpMeeting>,
    /// ISCMs and global processes the sources name that are not among the 30 of Annex 2
    /// (dormant, completed, transformed, renamed, or of unstated status).
    pub inactive_iscms: Vec<InactiveIscm>,
    /// ISCMs and the 2030 Agenda for Sustainable Development (target 10.7, GRCP 6, ...).
    pub agenda_2030: Vec<Passage>,
    /// ISCMs and the Global Compact for Safe, Orderly and Regular Migration.
    pub gcm: Vec<Passage>,
    /// The report's list of acronyms and short names, line by line as printed, then acronyms
    /// defined only in the text (or worded differently elsewhere), each with its own source.
    pub glossary: Vec<GlossaryEntry>,
    /// The report's REFERENCES, heading by heading.
    pub references: Vec<ReferenceGroup>,
    /// Inconsistencies, extraction defects and readings of the sources.
    pub data_notes: Vec<DataNote>,
}

impl Context {
    /// Parses the text of `context.json`: its JSON tree, then the types read from it.
    pub fn from_json(text: &str) -> Result<Self, DecodeError> {
        decode_text(text)
    }
}

/// A copied passage and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Quote {
    /// The text, copied.
    pub text: String,
    /// Where it comes from.
    pub source: SourceRef,
}

/// A copied passage with a stable id, as used by most lists.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Passage {
    /// Stable kebab-case id, unique in its list.
    pub id: String,
    /// A heading the passage sits under, where the list groups passages.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub heading: Option<String>,
    /// The passage, copied.
    pub text: String,
    /// Sub-items of a list the passage introduces, copied.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub items: Vec<String>,
    /// Where the passage comes from.
    pub source: SourceRef,
    /// ISCMs the passage names (ids of the 30 in Annex 2).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub iscm_ids: Vec<String>,
    /// The same statement as worded in other places or documents.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub variants: Vec<Quote>,
}

/// The 2019 assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Assessment {
    /// Annex 1's objective.
    pub objective: Quote,
    /// The three things the assessment's main objective is to consider (Introduction (a)–(c)).
    pub focus: Vec<Passage>,
    /// Why the assessment was made: Introduction, Methodology and Annex 1 background.
    pub background: Vec<Passage>,
    /// Annex 1's expected outcomes, item by item.
    pub expected_outcomes: Vec<ExpectedOutcome>,
    /// How the assessment was made (Methodology, Annex 1, publication page).
    pub methodology: Vec<Passage>,
    /// Desk research, survey, interviews, GRCP 8 discussion.
    pub components: Vec<Component>,
    /// The questionnaires collected.
    pub respondents: Respondents,
    /// The earlier IOM assessments (2010, 2013) and the 2018 review the report builds on.
    pub previous_assessments: Vec<PreviousAssessment>,
    /// The sections this object draws on.
    pub sources: Vec<SourceRef>,
}

/// One expected outcome of Annex 1.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ExpectedOutcome {
    /// Stable id, `<area>-<item>`.
    pub id: String,
    /// The area as printed: "Thematic focus and contribution to migration governance",
    /// "Structures" or "Synergies and partnerships".
    pub area: String,
    /// The item, copied.
    pub text: String,
    /// Annex 1 › Expected outcomes.
    pub source: SourceRef,
}

/// One method the assessment used.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Component {
    /// `desk-research`, `survey`, `interviews` or `grcp8-discussion`.
    pub id: String,
    /// A short name for the method.
    pub name: String,
    /// The sentence that names it, copied.
    pub text: String,
    /// Where that sentence is.
    pub source: SourceRef,
    /// Other wordings (the publication page's summary).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub variants: Vec<Quote>,
}

/// The questionnaires collected by the 2019 survey.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Respondents {
    /// Questionnaires from ISCMs.
    pub iscms: RespondentCount,
    /// Questionnaires from the governments of States.
    pub states: RespondentCount,
    /// Questionnaires from intergovernmental organizations.
    pub organizations: RespondentCount,
    /// The sentence that states them, copied.
    pub text: String,
    /// Methodology.
    pub source: SourceRef,
}

/// A count of questionnaires and the share it represents.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RespondentCount {
    /// Number of questionnaires.
    pub count: u32,
    /// The share as worded, e.g. "more than 70% of active ISCMs".
    pub share: String,
}

/// An earlier assessment or review.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct PreviousAssessment {
    /// `assessment-2010`, `assessment-2013`, `gcm-review-2018`.
    pub id: String,
    /// Year as stated.
    pub year: i32,
    /// Title as printed.
    pub title: String,
    /// Series and number, if printed.
    pub series: Option<String>,
    /// What the report says it did, copied.
    pub text: String,
    /// Where that is said.
    pub source: SourceRef,
}

/// Which box or chapter a finding belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub enum FindingGroup {
    /// Box 1. Main findings on ISCMs as regards migration governance.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "box-1"))]
    Box1,
    /// Box 2. Main findings on ISCM structures.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "box-2"))]
    Box2,
    /// Box 3. Main findings on ISCMs' sustainability.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "box-3"))]
    Box3,
    /// Box 4. Main findings on ISCM synergies and partnerships.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "box-4"))]
    Box4,
    /// Chapter 6. Findings.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "chapter-6"))]
    Chapter6,
}

/// One bullet or paragraph of Boxes 1–4 or chapter 6.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Finding {
    /// Stable id, e.g. `box-2-funding` or `ch6-2-secretariats`.
    pub id: String,
    /// The box or chapter.
    pub group: FindingGroup,
    /// The heading it sits under, e.g. "Strategies" or "6.2 ISCM structures › Funding".
    pub heading: String,
    /// The bullet or paragraph, copied (a bold lead-in moves to `heading`).
    pub text: String,
    /// The sub-list the bullet or paragraph introduces, copied.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub items: Vec<String>,
    /// "Box 1" … "Box 4", or the chapter 6 section.
    pub source: SourceRef,
}

/// Whether a figure is a share or a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum FigureUnit {
    /// A percentage ("half" is 50).
    Percent,
    /// A number of things.
    Count,
}

/// A number a source states.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Figure {
    /// Stable id.
    pub id: String,
    /// What the number counts or measures, in plain words.
    pub label: String,
    /// The number as stated ("nine" is 9, "around half" is 50 percent).
    pub value: f64,
    /// Percent or count.
    pub unit: FigureUnit,
    /// The words that state the number, copied (e.g. "more than 70% of active ISCMs").
    pub wording: String,
    /// What the share is of, or what is counted.
    pub of: String,
    /// The sentence the number comes from, copied.
    pub text: String,
    /// Where that sentence is.
    pub source: SourceRef,
    /// The source's figure, when the value is read from a figure that kept its numbers.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub figure: Option<String>,
    /// ISCMs the number is about, when the text names them.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub iscm_ids: Vec<String>,
}

/// A defined term.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Definition {
    /// `iscm`, `rcp`, `irf`, `global-process`, `migration-governance`, ...
    pub id: String,
    /// The term.
    pub term: String,
    /// The main definition, copied from the first of `sources`.
    pub text: String,
    /// Every place the term is defined; the first holds `text`.
    pub sources: Vec<SourceRef>,
    /// Other wordings of the definition, each with its source.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub variants: Vec<Quote>,
}

/// Which list a theme comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub enum ThemeGroup {
    /// Chapter 1: themes commonly addressed at ISCMs.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "common"))]
    Common,
    /// Chapter 1: less universally, but still frequently considered topics.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "less-common"))]
    LessCommon,
    /// Section 1.1: overarching goals most ISCMs share.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "overarching-goal"))]
    OverarchingGoal,
    /// Section 1.1: thematic focus areas most ISCMs work in.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "focus-area"))]
    FocusArea,
    /// Section 1.1: less common areas of focus.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "less-common-focus-area"))]
    LessCommonFocusArea,
    /// Table 1, literature review column.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(rename = "table-1-literature-review")
    )]
    Table1LiteratureReview,
    /// Table 1, survey column.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "table-1-survey"))]
    Table1Survey,
}

/// A theme or goal as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Theme {
    /// Stable id, `<group>-<slug>`.
    pub id: String,
    /// The list it comes from.
    pub group: ThemeGroup,
    /// The item, copied.
    pub text: String,
    /// Table 1 only: printed in bold, i.e. "recurrent in both the literature review and the survey".
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub recurrent_in_both: Option<bool>,
    /// Chapter 1, section 1.1 or Table 1.
    pub source: SourceRef,
}

/// A phase of the migration governance process.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct GovernancePhase {
    /// `agenda-setting`, `consensus-building`, `changes-in-laws`.
    pub id: String,
    /// 1, 2 or 3.
    pub number: u8,
    /// Short name as chapter 3 words it.
    pub name: String,
    /// Where `name` is worded so.
    pub name_source: SourceRef,
    /// The phase as chapter 2 describes it, copied.
    pub text: String,
    /// Chapter 2.
    pub source: SourceRef,
    /// The web page's wording.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub variants: Vec<Quote>,
}

/// A level of migration governance.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct GovernanceLevel {
    /// `national`, `subnational`, `bilateral`, `regional`, `interregional`, `global`, `interplay`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The lead sentence of the report's section on this level, copied.
    pub text: String,
    /// The section.
    pub source: SourceRef,
    /// What ISCMs contribute at this level, short copied sentences, each with its source.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub points: Vec<Quote>,
}

/// What kind of event a timeline entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum EventKind {
    /// A development of global migration governance (conference, framework, resolution).
    Milestone,
    /// A global process on migration starts or changes.
    GlobalProcess,
    /// A GRCP meeting.
    Grcp,
    /// An ISCM of Annex 2 is established (year from Annex 2).
    IscmFounded,
    /// An ISCM completes its mandate.
    IscmEnded,
    /// An ISCM transforms into another.
    IscmTransformed,
    /// An ISCM takes a new name.
    IscmRenamed,
    /// An IOM assessment or review of ISCMs.
    Assessment,
}

/// A dated event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct TimelineEvent {
    /// Stable id.
    pub id: String,
    /// The year as stated.
    pub year: i32,
    /// A more precise date as printed ("5 April 2019", "July 2018"), or null.
    pub date: Option<String>,
    /// A short label for the event.
    pub title: String,
    /// The text that states it, copied; for `iscm-founded`, the ISCM's name as printed in Annex 2.
    pub text: String,
    /// What kind of event.
    pub kind: EventKind,
    /// ISCMs of Annex 2 the event concerns.
    pub iscm_ids: Vec<String>,
    /// Where `text` and `year` come from.
    pub source: SourceRef,
    /// Other places that state the event or its date.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub also_in: Vec<SourceRef>,
}

/// A global meeting of ISCM chairs and secretariats.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct GrcpMeeting {
    /// `grcp-<n>`, or `global-meeting-2009` for the unnumbered one.
    pub id: String,
    /// Its number, if the sources give one.
    pub number: Option<u8>,
    /// The year of the meeting, only where the text states it.
    pub year: Option<i32>,
    /// The year of its summary report as listed in Suggested readings or References.
    pub report_year: Option<i32>,
    /// The date as printed, if stated.
    pub date: Option<String>,
    /// The place as printed, if stated.
    pub place: Option<String>,
    /// Its theme (title of its report), if stated.
    pub theme: Option<String>,
    /// Who attended, as worded, if stated.
    pub attendance: Option<String>,
    /// What the sources say about it, copied (from one of `sources`).
    pub text: String,
    /// ISCMs the text names.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub iscm_ids: Vec<String>,
    /// Every place the meeting is mentioned.
    pub sources: Vec<SourceRef>,
    /// Other passages on the meeting.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub variants: Vec<Quote>,
}

/// What became of an ISCM that is not among the 30.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
pub enum InactiveStatus {
    /// Called dormant.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "dormant"))]
    Dormant,
    /// Completed its mandate or mission.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "completed"))]
    Completed,
    /// Transformed into another ISCM.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "transformed"))]
    Transformed,
    /// Renamed into something else.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "renamed"))]
    Renamed,
    /// Active, but not among the 30 of Annex 2.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "active-not-in-annex-2"))]
    ActiveNotInAnnex2,
    /// The sources do not say.
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "not-stated"))]
    NotStated,
}

/// An ISCM or global process named by the sources but not among the 30 of Annex 2.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct InactiveIscm {
    /// Stable id (never one of the 30 ids).
    pub id: String,
    /// Full name as printed.
    pub name: String,
    /// Short name, if the sources use one.
    pub short_name: Option<String>,
    /// What became of it.
    pub status: InactiveStatus,
    /// The year it ended, transformed or was renamed, if stated.
    pub year_ended: Option<i32>,
    /// The main passage on it, copied from the first of `sources`.
    pub text: String,
    /// The ISCM of Annex 2 it became, if any.
    pub successor_iscm_id: Option<String>,
    /// Every place it is mentioned.
    pub sources: Vec<SourceRef>,
    /// Other passages on it.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub variants: Vec<Quote>,
}

/// An abbreviation and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct GlossaryEntry {
    /// Stable id (a second wording of the same abbreviation gets a suffix).
    pub id: String,
    /// The abbreviation or short name as printed.
    pub abbr: String,
    /// Its expansion as printed.
    pub expansion: String,
    /// The list of acronyms, or the place that defines it.
    pub source: SourceRef,
}

/// One heading of the report's REFERENCES.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ReferenceGroup {
    /// Stable id from the heading.
    pub id: String,
    /// The heading as printed (e.g. "Bali Process").
    pub heading: String,
    /// ISCMs named in the heading or in any of its entries.
    pub iscm_ids: Vec<String>,
    /// The entries under it, in printed order.
    pub entries: Vec<ReferenceEntry>,
    /// References.
    pub source: SourceRef,
}

/// One reference entry.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ReferenceEntry {
    /// The entry as printed, with markdown removed and links written as their URL.
    pub text: String,
    /// The first URL printed in the entry, if any.
    pub url: Option<String>,
    /// ISCMs the entry names.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub iscm_ids: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Labels for people, in the interface's language (the dataset's own text stays English)

impl EventKind {
    /// The kind's name for people ("GRCP meeting", "Réunion GRCP", "Reunión GRCP").
    pub fn label(self, lang: Lang) -> &'static str {
        let t = TopicsText::of(lang);
        match self {
            EventKind::Milestone => t.kind_milestone,
            EventKind::GlobalProcess => t.kind_global_process,
            EventKind::Grcp => t.kind_grcp,
            EventKind::IscmFounded => t.kind_founded,
            EventKind::IscmEnded => t.kind_ended,
            EventKind::IscmTransformed => t.kind_transformed,
            EventKind::IscmRenamed => t.kind_renamed,
            EventKind::Assessment => t.kind_assessment,
        }
    }
}

impl InactiveStatus {
    /// What became of the ISCM, for people.
    pub fn label(self, lang: Lang) -> &'static str {
        let t = TopicsText::of(lang);
        match self {
            InactiveStatus::Dormant => t.status_dormant,
            InactiveStatus::Completed => t.status_completed,
            InactiveStatus::Transformed => t.status_transformed,
            InactiveStatus::Renamed => t.status_renamed,
            InactiveStatus::ActiveNotInAnnex2 => t.status_active_not_annex2,
            InactiveStatus::NotStated => t.status_not_stated,
        }
    }
}

impl FigureUnit {
    /// The unit's name for people ("percent", "pour cent", "por ciento").
    pub fn label(self, lang: Lang) -> &'static str {
        let t = TopicsText::of(lang);
        match self {
            FigureUnit::Percent => t.unit_percent,
            FigureUnit::Count => t.unit_count,
        }
    }

    /// A stated number as the language writes it: `22`, `70%`, `2.5` in English; `70 %`,
    /// `2,5` in French; never a trailing `.0`.
    pub fn format(self, lang: Lang, value: f64) -> String {
        // As many decimals as the shortest form of the value needs.
        let places = if value.fract() == 0.0 {
            0
        } else {
            format!("{value}")
                .split_once('.')
                .map_or(0, |(_, fraction)| fraction.len())
        };
        match self {
            FigureUnit::Percent => crate::i18n::percent(lang, value, places),
            FigureUnit::Count => crate::i18n::decimal(lang, value, places),
        }
    }
}

/// A date as a source prints it in English ("5 April 2019", "July 2018") written in the
/// language; None when it is not a plain day-month-year or month-year (then it is shown as
/// printed, in English).
pub fn printed_date(lang: Lang, printed: &str) -> Option<String> {
    if let Some(month_year) = crate::i18n::month_year(lang, printed) {
        return Some(month_year);
    }
    let mut words = printed.split_whitespace();
    let (day, month, year) = (words.next()?, words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let day: u32 = day.parse().ok()?;
    let year: i32 = year.parse().ok()?;
    let month = (1..=12).find(|&m| {
        crate::i18n::format::month_name(Lang::En, m).is_some_and(|name| name == month)
    })?;
    crate::i18n::format::date(lang, year, month, day)
}
