//! Reading `context.json`'s types from the JSON tree by hand (see [`super::decode`] for why).
//! One line per field, as its serde attributes said: `#[serde(default)]` on an `Option` is
//! `optional` (missing or `null`), on a list `defaulted` (missing, but not `null`).

use super::context::{
    Assessment, Component, Context, Definition, EventKind, ExpectedOutcome, Figure, FigureUnit,
    Finding, FindingGroup, GlossaryEntry, GovernanceLevel, GovernancePhase, GrcpMeeting,
    InactiveIscm, InactiveStatus, Passage, PreviousAssessment, Quote, ReferenceEntry,
    ReferenceGroup, RespondentCount, Respondents, Theme, ThemeGroup, TimelineEvent,
};
use super::decode::{decode_enum, decode_struct};

decode_struct!(Context {
    assessment: required,
    findings: required,
    survey_figures: required,
    gcm_review_figures: required,
    gcm_review_findings: required,
    definitions: required,
    characteristics: required,
    themes: required,
    contributions: required,
    governance_phases: required,
    governance_levels: required,
    timeline: required,
    grcp_meetings: required,
    inactive_iscms: required,
    agenda_2030: required,
    gcm: required,
    glossary: required,
    references: required,
    data_notes: required,
});

decode_struct!(Quote {
    text: required,
    source: required,
});

decode_struct!(Passage {
    id: required,
    heading: optional,
    text: required,
    items: defaulted,
    source: required,
    iscm_ids: defaulted,
    variants: defaulted,
});

decode_struct!(Assessment {
    objective: required,
    focus: required,
    background: required,
    expected_outcomes: required,
    methodology: required,
    components: required,
    respondents: required,
    previous_assessments: required,
    sources: required,
});

decode_struct!(ExpectedOutcome {
    id: required,
    area: required,
    text: required,
    source: required,
});

decode_struct!(Component {
    id: required,
    name: required,
    text: required,
    source: required,
    variants: defaulted,
});

decode_struct!(Respondents {
    iscms: required,
    states: required,
    organizations: required,
    text: required,
    source: required,
});

decode_struct!(RespondentCount {
    count: required,
    share: required,
});

decode_struct!(PreviousAssessment {
    id: required,
    year: required,
    title: required,
    series: optional,
    text: required,
    source: required,
});

decode_enum!(FindingGroup {
    Box1 = "box-1",
    Box2 = "box-2",
    Box3 = "box-3",
    Box4 = "box-4",
    Chapter6 = "chapter-6",
});

decode_struct!(Finding {
    id: required,
    group: required,
    heading: required,
    text: required,
    items: defaulted,
    source: required,
});

decode_enum!(FigureUnit {
    Percent = "percent",
    Count = "count",
});

decode_struct!(Figure {
    id: required,
    label: required,
    value: required,
    unit: required,
    wording: required,
    of: required,
    text: required,
    source: required,
    figure: optional,
    iscm_ids: defaulted,
});

decode_struct!(Definition {
    id: required,
    term: required,
    text: required,
    sources: required,
    variants: defaulted,
});

decode_enum!(ThemeGroup {
    Common = "common",
    LessCommon = "less-common",
    OverarchingGoal = "overarching-goal",
    FocusArea = "focus-area",
    LessCommonFocusArea = "less-common-focus-area",
    Table1LiteratureReview = "table-1-literature-review",
    Table1Survey = "table-1-survey",
});

decode_struct!(Theme {
    id: required,
    group: required,
    text: required,
    recurrent_in_both: optional,
    source: required,
});

decode_struct!(GovernancePhase {
    id: required,
    number: required,
    name: required,
    name_source: required,
    text: required,
    source: required,
    variants: defaulted,
});

decode_struct!(GovernanceLevel {
    id: required,
    name: required,
    text: required,
    source: required,
    points: defaulted,
});

decode_enum!(EventKind {
    Milestone = "milestone",
    GlobalProcess = "global-process",
    Grcp = "grcp",
    IscmFounded = "iscm-founded",
    IscmEnded = "iscm-ended",
    IscmTransformed = "iscm-transformed",
    IscmRenamed = "iscm-renamed",
    Assessment = "assessment",
});

decode_struct!(TimelineEvent {
    id: required,
    year: required,
    date: optional,
    title: required,
    text: required,
    kind: required,
    iscm_ids: required,
    source: required,
    also_in: defaulted,
});

decode_struct!(GrcpMeeting {
    id: required,
    number: optional,
    year: optional,
    report_year: optional,
    date: optional,
    place: optional,
    theme: optional,
    attendance: optional,
    text: required,
    iscm_ids: defaulted,
    sources: required,
    variants: defaulted,
});

decode_enum!(InactiveStatus {
    Dormant = "dormant",
    Completed = "completed",
    Transformed = "transformed",
    Renamed = "renamed",
    ActiveNotInAnnex2 = "active-not-in-annex-2",
    NotStated = "not-stated",
});

decode_struct!(InactiveIscm {
    id: required,
    name: required,
    short_name: optional,
    status: required,
    year_ended: optional,
    text: required,
    successor_iscm_id: optional,
    sources: required,
    variants: defaulted,
});

decode_struct!(GlossaryEntry {
    id: required,
    abbr: required,
    expansion: required,
    source: required,
});

decode_struct!(ReferenceGroup {
    id: required,
    heading: required,
    iscm_ids: required,
    entries: required,
    source: required,
});

decode_struct!(ReferenceEntry {
    text: required,
    url: optional,
    iscm_ids: defaulted,
});
