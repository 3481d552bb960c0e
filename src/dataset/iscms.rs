//! Types for `public/data/iscms.json`: the 30 inter-State consultation mechanisms on
//! migration (ISCMs) of the report's fact sheet (Annex 2), their thematic foci (Annex 10),
//! who took part in the 2019 survey and in GRCP 8 (Annexes 6 and 7), and the facets the
//! app filters by (types, regions, organizations, roles of IOM, themes).
//!
//! Conventions:
//! - Every list is in source order (Annex 2 row order for ISCMs, Annex 10 row order for
//!   themes) and every id is a kebab-case slug, unique in its list.
//! - `annex2` keeps each fact-sheet cell as printed; the other ISCM fields are the
//!   normalised reading of those cells. Where the two differ by more than spelling, a
//!   [`DataNote`] in `data_notes` says what was chosen and why.
//! - `null` means "the source does not say"; an empty list means "the source says none".
//!
//! The app reads these types with the hand-written decoder of `iscms_decode.rs`, not serde:
//! serde's derived visitors were a large share of the first-load wasm. The serde derives
//! (and their attributes) stay for native builds only, so the tests can check that the
//! decoder and serde read every input alike, and round-trip the data through serde_json.

use super::decode::{decode_text, DecodeError};
use super::source::{DataNote, Document, SourceRef};

/// The whole of `iscms.json`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct IscmsFile {
    pub meta: Meta,
    /// The three kinds of ISCM, defined in the report's Background.
    pub types: Vec<TypeDef>,
    /// Normalised values of the "Region(s) covered" column.
    pub regions: Vec<Region>,
    /// Normalised values of the "Role of IOM in the ISCM" column.
    pub iom_roles: Vec<IomRole>,
    /// Every body named in the "Associated … organization(s)" and "Secretariat(s)" columns.
    pub organizations: Vec<Organization>,
    /// The 31 rows of Annex 10, in Annex 10 order.
    pub themes: Vec<Theme>,
    /// The theme lists of chapter 1, section 1.1 and Table 1, item by item, with the
    /// Annex 10 themes each item matches. Items with no Annex 10 row have `theme_ids: []`.
    pub chapter1_lists: Vec<ThemeList>,
    /// The 30 rows of Annex 2, in row order.
    pub iscms: Vec<Iscm>,
    pub participation: Participation,
    pub counts: Counts,
    pub data_notes: Vec<DataNote>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Meta {
    pub title: String,
    pub version: String,
    /// From the note under Annex 2: "Updated as of June 2019".
    pub fact_sheet_as_of: String,
    pub fact_sheet_source: SourceRef,
    /// The title of Annex 2, as printed (in sentence case).
    pub annex2_title: String,
    /// The title of Annex 10, as printed (in sentence case).
    pub annex10_title: String,
    /// The Annex 2 column headers as printed, keyed by the field names of [`Annex2Row`].
    pub annex2_columns: Vec<Annex2Column>,
    /// The definition of an ISCM quoted in the Background.
    pub iscm_definition: Quote,
    pub publication: Publication,
    /// The five source documents; every [`SourceRef::doc`] is one of their ids.
    pub documents: Vec<Document>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Annex2Column {
    /// A field name of [`Annex2Row`].
    pub key: String,
    /// The header as printed ("" for the unlabelled row-number column).
    pub header: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Quote {
    pub text: String,
    pub source: SourceRef,
}

/// The report as a publication: from the publication page, with the publisher and year
/// from the report's imprint page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Publication {
    pub title: String,
    pub subtitle: String,
    pub publisher: String,
    pub year: u16,
    pub isbn: String,
    pub language: String,
    pub pages: u32,
    pub reference_number: String,
    /// The upload date as printed, e.g. "28 May 2020".
    pub uploaded: String,
    pub source: SourceRef,
    /// Where `publisher` and `year` come from.
    pub publisher_source: SourceRef,
}

/// The kind of an ISCM, as Annex 2's "Type" column gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum IscmKind {
    /// Regional consultative process on migration ("RCP").
    Rcp,
    /// Interregional forum on migration ("IRF").
    Irf,
    /// Global process on migration ("Global process").
    Global,
}

impl IscmKind {
    pub const ALL: [IscmKind; 3] = [IscmKind::Rcp, IscmKind::Irf, IscmKind::Global];

    /// The id used in the JSON (`rcp`, `irf`, `global`).
    pub fn id(self) -> &'static str {
        match self {
            IscmKind::Rcp => "rcp",
            IscmKind::Irf => "irf",
            IscmKind::Global => "global",
        }
    }
}

/// One of the three kinds of ISCM, with the report's definition.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct TypeDef {
    pub id: IscmKind,
    pub name: String,
    pub plural: String,
    /// "RCP", "IRF", or "" for global processes (the report has no abbreviation).
    pub abbr: String,
    /// Quoted from the Background.
    pub definition: String,
    /// A further remark of the Background on the term, if any.
    pub note: Option<String>,
    pub source: SourceRef,
}

/// A normalised value of the "Region(s) covered" column.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Region {
    pub id: String,
    pub name: String,
    /// The Annex 2 cell items this region stands for (e.g. "Europe/Eurasia").
    pub printed_as: Vec<String>,
    pub source: SourceRef,
}

/// A normalised value of the "Role of IOM in the ISCM" column: one id per meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct IomRole {
    pub id: String,
    pub name: String,
    /// The Annex 2 wordings mapped to this role (e.g. "provider of technical guidance").
    pub printed_as: Vec<String>,
    pub source: SourceRef,
}

/// What sort of body an [`Organization`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum OrganizationKind {
    /// An intergovernmental, regional or supranational organization (IOM, ECOWAS, …).
    Organization,
    /// An ISCM's own dedicated administration (section 4.1): GFMD Support Unit,
    /// IGC Administration, PIDC Secretariat, RCM Secretariat.
    IscmSecretariat,
    /// A State acting as secretariat (the United Arab Emirates for the Abu Dhabi Dialogue).
    State,
}

/// A body named in the Annex 2 organization or secretariat cells.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Organization {
    pub id: String,
    /// Full name, from the list of acronyms where it has one, else from Annex 2.
    pub name: String,
    /// Only when the report prints one for it.
    pub acronym: Option<String>,
    pub kind: OrganizationKind,
    /// Where the name comes from.
    pub source: SourceRef,
}

/// How often chapter 1 (or section 1.1) says a theme is addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum ThemeFrequency {
    /// "Themes commonly addressed at ISCMs" (chapter 1) / "most ISCMs work in" (1.1).
    Common,
    /// "Less universally, but still frequently considered topics" (chapter 1) /
    /// "Less common areas of focus" (1.1).
    LessCommon,
}

/// A column of Table 1 ("Recurring ISCM themes based on the literature review and survey").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum Table1Column {
    LiteratureReview,
    Survey,
}

/// A row of Annex 10 and how chapter 1 speaks of it.
///
/// Chapter 1 and Table 1 also name themes that have no Annex 10 row (e.g. "Disaster risk
/// management", "Migration law"); those are the items of [`IscmsFile::chapter1_lists`]
/// with empty `theme_ids` (and data note `chapter1-theme-links`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Theme {
    pub id: String,
    /// As printed in Annex 10.
    pub name: String,
    /// In which of chapter 1's two lists (the literature-based ones) the theme is.
    pub chapter1: Option<ThemeFrequency>,
    /// The wording of that chapter 1 list item, when it differs from `name`.
    pub chapter1_name: Option<String>,
    /// In which of section 1.1's two survey-based lists the theme is.
    pub survey_focus: Option<ThemeFrequency>,
    /// The wording of that section 1.1 list item, when it differs from `name`.
    pub survey_focus_name: Option<String>,
    /// The Table 1 columns that list the theme (any wording).
    pub table1: Vec<Table1Column>,
    /// How many tick cells the Annex 10 row has (29 = one per column; other counts mean
    /// a garbled row, see data note `annex10-migration-and-development-row`).
    pub annex10_cells: u32,
    pub source: SourceRef,
}

/// One of the theme lists of chapter 1, section 1.1 or Table 1.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ThemeList {
    /// `chapter1-common`, `chapter1-less-common`, `survey-common`, `survey-less-common`,
    /// `table1-literature-review` or `table1-survey`.
    pub id: String,
    /// The sentence or caption that introduces the list.
    pub title: String,
    pub items: Vec<ThemeListItem>,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ThemeListItem {
    /// As printed (without the "(a)" numbering and the closing ";").
    pub name: String,
    /// The Annex 10 themes the item clearly matches; [] when none.
    pub theme_ids: Vec<String>,
    /// Table 1 only: printed in bold, i.e. "recurrent in both the literature review and
    /// the survey".
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "std::ops::Not::not")
    )]
    pub bold: bool,
}

/// One ISCM: a row of Annex 2 with its normalised reading and its links.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Iscm {
    pub id: String,
    /// The Annex 2 row number, 1 to 30 in the report. A u16, so that the app also takes a
    /// longer list (the benchmark's 3,000 generated records).
    pub row: u16,
    /// Full name, without the acronym in brackets.
    pub name: String,
    /// The acronym or short name the report uses.
    pub short_name: String,
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "type"))]
    pub kind: IscmKind,
    pub member_states: u32,
    pub established_year: u16,
    /// A qualifier of the year, e.g. "as the Söderköping Process".
    pub established_note: Option<String>,
    /// Ids of [`Region`]s, in the order of the cell.
    pub region_ids: Vec<String>,
    /// Associated regional or multi-stakeholder organizations ([`Organization`] ids);
    /// [] when the cell says "Not applicable" or "None".
    pub organization_ids: Vec<String>,
    /// The chair-in-office as printed; `null` when the cell names no chair.
    pub chair: Option<String>,
    /// The rest of the chair cell, e.g. "incoming: Jamaica".
    pub chair_note: Option<String>,
    /// The bodies serving as secretariat ([`Organization`] ids); [] when there is none.
    pub secretariat_ids: Vec<String>,
    /// Bodies the secretariat cell names as supporting or collaborating ("with IOM support").
    pub secretariat_support_ids: Vec<String>,
    /// Former secretariats named in the cell (EU-CELAC MD).
    pub past_secretariat_ids: Vec<String>,
    /// Ids of [`IomRole`]s, in the order of the cell.
    pub iom_role_ids: Vec<String>,
    /// Every Annex 2 cell as printed.
    pub annex2: Annex2Row,
    /// The Annex 10 column header as printed; `null` when Annex 10 has no column for it.
    pub annex10_column: Option<String>,
    /// The Annex 10 themes ticked for it, in Annex 10 order. `null` = not covered by
    /// Annex 10 (unknown), which is not the same as `[]`.
    pub theme_ids: Option<Vec<String>>,
    /// Themes whose Annex 10 cell for this ISCM cannot be read (garbled row).
    pub theme_ids_unclear: Vec<String>,
    /// Answered the 2019 ISCM assessment survey (Annex 7).
    pub survey_2019: bool,
    /// Attended GRCP 8 on 5 April 2019 (Annex 7).
    pub grcp8: bool,
    /// Other printed forms of its name (Annex 6, 7, 10, list of acronyms).
    pub names_elsewhere: Vec<NameElsewhere>,
    pub source: SourceRef,
    /// Changes since the fact sheet (a chair rotates, a secretariat moves), each with its
    /// date and its own source document; `annex2` stays as printed. Later entries for the same
    /// column supersede earlier ones. Empty in the report's data; see docs/data.md.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub updates: Vec<FactUpdate>,
}

/// A fact-sheet column as it stands after the fact sheet's date, from a later source.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct FactUpdate {
    /// The Annex 2 column it replaces: a key of [`Annex2Row::cells`] (`chair`, `secretariats`,
    /// `member_states`, …).
    pub column: String,
    /// The new cell, as its source states it (list items as in `annex2`).
    pub value: Vec<String>,
    /// When the source says it holds, as the source words it ("May 2021").
    pub as_of: String,
    /// The document (listed in `meta.documents`, copied into `tests/seeds/`) and section.
    pub source: SourceRef,
}

impl Iscm {
    /// The latest update of an Annex 2 column, if any.
    pub fn update_of(&self, column: &str) -> Option<&FactUpdate> {
        self.updates
            .iter()
            .rev()
            .find(|update| update.column == column)
    }
}

/// The ten cells of an Annex 2 row, as printed. List cells are arrays of their items in
/// order; single cells are one-item arrays.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Annex2Row {
    /// The row number as printed ("6.", or "14" for the one row without a full stop).
    pub row: String,
    pub name: Vec<String>,
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "type"))]
    pub kind: Vec<String>,
    pub member_states: Vec<String>,
    pub established: Vec<String>,
    pub regions: Vec<String>,
    pub organizations: Vec<String>,
    pub chair: Vec<String>,
    pub secretariats: Vec<String>,
    pub iom_role: Vec<String>,
}

impl Annex2Row {
    /// The nine content cells with their [`Annex2Column`] keys, in column order.
    pub fn cells(&self) -> [(&'static str, &[String]); 9] {
        [
            ("name", &self.name),
            ("type", &self.kind),
            ("member_states", &self.member_states),
            ("established", &self.established),
            ("regions", &self.regions),
            ("organizations", &self.organizations),
            ("chair", &self.chair),
            ("secretariats", &self.secretariats),
            ("iom_role", &self.iom_role),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NameElsewhere {
    pub name: String,
    pub source: SourceRef,
}

/// Who answered the 2019 survey and who attended GRCP 8, with the report's own counts.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Participation {
    pub survey_iscm_count: u32,
    pub grcp8_iscm_count: u32,
    pub both_count: u32,
    pub grcp8_only_count: u32,
    pub survey_only_count: u32,
    /// How many ISCMs Annex 6 lists (all 30; see data note `annex6-lists-all-30-iscms`).
    pub annex6_iscm_count: u32,
    /// As worded in the Methodology, e.g. "more than 70% of active ISCMs".
    pub survey_iscm_share: String,
    pub survey_states_count: u32,
    pub survey_states_share: String,
    pub survey_organizations_count: u32,
    pub survey_organizations_share: String,
    /// The 46 States of Annex 6, in Annex 6 order.
    pub survey_states: Vec<String>,
    /// The three organizations of Annex 6, as printed.
    pub survey_organizations: Vec<String>,
    /// The same three as [`Organization`] ids.
    pub survey_organization_ids: Vec<String>,
    pub sources: Vec<SourceRef>,
}

/// The numbers of active RCPs and IRFs the report states, and of global processes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Serialize, serde::Deserialize)
)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Counts {
    pub rcp: u32,
    pub irf: u32,
    pub global: u32,
    /// The sentence stating the RCP count.
    pub rcp_text: String,
    /// The words stating the IRF count ("some 12 IRFs …").
    pub irf_text: String,
    /// Where `rcp` and `irf` are stated.
    pub source: SourceRef,
    /// Where `global` comes from (the report states no number; Annex 2 has one row).
    pub global_source: SourceRef,
}

impl IscmsFile {
    /// Parses the text of `iscms.json`: its JSON tree, then the types read from it.
    pub fn from_json(text: &str) -> Result<Self, DecodeError> {
        decode_text(text)
    }
}
