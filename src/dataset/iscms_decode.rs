//! Reading `iscms.json`'s types from the JSON tree by hand (see [`super::decode`] for why).
//! One line per field, as its serde attributes said: required, optional (`Option`: missing or
//! `null`) or defaulted (`#[serde(default)]`: may be missing); `as "type"` for a rename.

use super::decode::{decode_enum, decode_struct};
use super::iscms::{
    Annex2Column, Annex2Row, Counts, FactUpdate, IomRole, Iscm, IscmKind, IscmsFile, Meta,
    NameElsewhere, Organization, OrganizationKind, Participation, Publication, Quote, Region,
    Table1Column, Theme, ThemeFrequency, ThemeList, ThemeListItem, TypeDef,
};

decode_struct!(IscmsFile {
    meta: required,
    types: required,
    regions: required,
    iom_roles: required,
    organizations: required,
    themes: required,
    chapter1_lists: required,
    iscms: required,
    participation: required,
    counts: required,
    data_notes: required,
});

decode_struct!(Meta {
    title: required,
    version: required,
    fact_sheet_as_of: required,
    fact_sheet_source: required,
    annex2_title: required,
    annex10_title: required,
    annex2_columns: required,
    iscm_definition: required,
    publication: required,
    documents: required,
});

decode_struct!(Annex2Column {
    key: required,
    header: required,
});

decode_struct!(Quote {
    text: required,
    source: required,
});

decode_struct!(Publication {
    title: required,
    subtitle: required,
    publisher: required,
    year: required,
    isbn: required,
    language: required,
    pages: required,
    reference_number: required,
    uploaded: required,
    source: required,
    publisher_source: required,
});

decode_enum!(IscmKind {
    Rcp = "rcp",
    Irf = "irf",
    Global = "global",
});

decode_struct!(TypeDef {
    id: required,
    name: required,
    plural: required,
    abbr: required,
    definition: required,
    note: optional,
    source: required,
});

decode_struct!(Region {
    id: required,
    name: required,
    printed_as: required,
    source: required,
});

decode_struct!(IomRole {
    id: required,
    name: required,
    printed_as: required,
    source: required,
});

decode_enum!(OrganizationKind {
    Organization = "organization",
    IscmSecretariat = "iscm-secretariat",
    State = "state",
});

decode_struct!(Organization {
    id: required,
    name: required,
    acronym: optional,
    kind: required,
    source: required,
});

decode_enum!(ThemeFrequency {
    Common = "common",
    LessCommon = "less-common",
});

decode_enum!(Table1Column {
    LiteratureReview = "literature-review",
    Survey = "survey",
});

decode_struct!(Theme {
    id: required,
    name: required,
    chapter1: optional,
    chapter1_name: optional,
    survey_focus: optional,
    survey_focus_name: optional,
    table1: required,
    annex10_cells: required,
    source: required,
});

decode_struct!(ThemeList {
    id: required,
    title: required,
    items: required,
    source: required,
});

decode_struct!(ThemeListItem {
    name: required,
    theme_ids: required,
    bold: defaulted,
});

decode_struct!(Iscm {
    id: required,
    row: required,
    name: required,
    short_name: required,
    kind as "type": required,
    member_states: required,
    established_year: required,
    established_note: optional,
    region_ids: required,
    organization_ids: required,
    chair: optional,
    chair_note: optional,
    secretariat_ids: required,
    secretariat_support_ids: required,
    past_secretariat_ids: required,
    iom_role_ids: required,
    annex2: required,
    annex10_column: optional,
    theme_ids: optional,
    theme_ids_unclear: required,
    survey_2019: required,
    grcp8: required,
    names_elsewhere: required,
    source: required,
    updates: defaulted,
});

decode_struct!(FactUpdate {
    column: required,
    value: required,
    as_of: required,
    source: required,
});

decode_struct!(Annex2Row {
    row: required,
    name: required,
    kind as "type": required,
    member_states: required,
    established: required,
    regions: required,
    organizations: required,
    chair: required,
    secretariats: required,
    iom_role: required,
});

decode_struct!(NameElsewhere {
    name: required,
    source: required,
});

decode_struct!(Participation {
    survey_iscm_count: required,
    grcp8_iscm_count: required,
    both_count: required,
    grcp8_only_count: required,
    survey_only_count: required,
    annex6_iscm_count: required,
    survey_iscm_share: required,
    survey_states_count: required,
    survey_states_share: required,
    survey_organizations_count: required,
    survey_organizations_share: required,
    survey_states: required,
    survey_organizations: required,
    survey_organization_ids: required,
    sources: required,
});

decode_struct!(Counts {
    rcp: required,
    irf: required,
    global: required,
    rcp_text: required,
    irf_text: required,
    source: required,
    global_source: required,
});
