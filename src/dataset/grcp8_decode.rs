//! Reading `grcp8.json`'s types from the JSON tree by hand (see [`super::decode`] for why):
//! with this file and `context.json` decoded the same way, no serde visitor of a dataset type
//! is left in the app's wasm. One line per field, as its serde attributes said: a plain
//! `Option` field may be missing or `null`, as with serde.

use super::decode::{decode_enum, decode_struct};
use super::grcp8::{
    AgendaItem, BriefWording, CapacityKind, Discussion, Grcp8, ItemKind, LunchGroup, Mandate,
    Meeting, MeetingBriefWording, Objective, Person, PersonVariant, Question, QuestionPart, Quote,
    Role, RoleKind, Session, Slot,
};

decode_struct!(Grcp8 {
    meeting: required,
    sessions: required,
    slots: required,
    lunch_groups: required,
    people: required,
    attending_iscm_ids: required,
    attending_sources: required,
    discussions: required,
    data_notes: required,
});

decode_struct!(Meeting {
    title: required,
    short_title: required,
    theme: required,
    date: required,
    venue: required,
    city: required,
    country: required,
    organizer: required,
    other_names: required,
    about: required,
    objective: required,
    issues: required,
    brief_wording: required,
    sources: required,
});

decode_struct!(Quote {
    text: required,
    source: required,
});

decode_struct!(Objective {
    text: required,
    aims: required,
});

decode_struct!(MeetingBriefWording {
    objective: required,
    issues: required,
});

decode_struct!(Session {
    id: required,
    number: optional,
    title: required,
    title_annex9: optional,
    annex9_order: optional,
    objectives: required,
    objectives_shared_with: optional,
    questions_heading: optional,
    questions: required,
    brief_wording: optional,
    slot_ids: required,
    sources: required,
});

decode_struct!(Question {
    text: required,
    parts: required,
});

decode_struct!(QuestionPart {
    label: optional,
    text: required,
});

decode_struct!(BriefWording {
    title: optional,
    objectives: optional,
    questions: optional,
});

decode_struct!(Slot {
    id: required,
    start: required,
    end: required,
    session_id: required,
    title: required,
    items: required,
    roles: required,
    source: required,
});

decode_struct!(AgendaItem {
    kind: required,
    title: optional,
    group_id: optional,
    people: required,
});

decode_enum!(ItemKind {
    Statement = "statement",
    Introduction = "introduction",
    Presentation = "presentation",
    Panel = "panel",
    GroupDiscussion = "group-discussion",
    RapporteurReports = "rapporteur-reports",
    Discussion = "discussion",
});

decode_struct!(Role {
    role: required,
    person_id: required,
    group_id: optional,
    region: optional,
    topic: optional,
});

decode_enum!(RoleKind {
    Speaker = "speaker",
    Moderator = "moderator",
    CoFacilitator = "co-facilitator",
    Rapporteur = "rapporteur",
});

decode_struct!(LunchGroup {
    id: required,
    number: required,
    name: required,
    co_facilitator_ids: required,
    source: required,
});

decode_struct!(Person {
    id: required,
    honorific: required,
    name: required,
    post_nominals: optional,
    position: required,
    capacity: optional,
    capacity_kind: required,
    iscm_ids: required,
    mandates: required,
    variants: required,
    source: required,
});

decode_enum!(CapacityKind {
    Chair = "chair",
    ForChair = "for-chair",
    CoChair = "co-chair",
    ForCoChair = "for-co-chair",
    ForSecretariat = "for-secretariat",
    HeadOfSecretariat = "head-of-secretariat",
    CoHeadOfSecretariat = "co-head-of-secretariat",
    ForIscm = "for-iscm",
    Iom = "iom",
});

decode_struct!(Mandate {
    iscm_id: required,
    kind: required,
});

decode_struct!(PersonVariant {
    slot_id: required,
    position: required,
    capacity: optional,
    capacity_kind: required,
});

decode_struct!(Discussion {
    id: required,
    session_id: required,
    label: optional,
    highlight: optional,
    text: required,
    iscm_ids: required,
    source: required,
});
