//! Pure logic of the GRCP 8 views (`#/grcp8` and `#/grcp8/<session>`): the agenda's slots in
//! time order with their people resolved, sessions in agenda order with their neighbours, the
//! filters of the agenda (by working-lunch group and by ISCM) and their URL query, and which
//! data notes concern what a view shows.
//!
//! The agenda's query:
//!
//! | key     | value                     | meaning                                                   |
//! | ------- | ------------------------- | --------------------------------------------------------- |
//! | `group` | a lunch group id          | roles of that working-lunch group (co-facilitators, rapporteur) |
//! | `iscm`  | an ISCM id                | roles of people who speak for that ISCM                   |
//!
//! Parsing is total: any text gives parameters, never a panic. Unknown keys, values that are
//! not ids and repeats are dropped; [`AgendaParams::resolve`] then drops ids that name nothing
//! in the agenda. No web-sys, no Leptos: everything here is tested natively.

use super::grcp8::{
    AgendaItem, Discussion, Grcp8, ItemKind, LunchGroup, Person, Role, RoleKind, Session, Slot,
};
use super::iscms::IscmsFile;
use super::source::{DataNote, SourceRef};
use crate::explore::query::{decode_component, encode_component};
use crate::i18n::{fill, grcp8::Grcp8Text, Lang};
use crate::route::is_id;

/// The query key of the working-lunch group filter.
pub const GROUP_KEY: &str = "group";
/// The query key of the ISCM filter.
pub const ISCM_KEY: &str = "iscm";

/// The section of the report that holds the agenda (as cited in `grcp8.json`).
pub const AGENDA_SECTION: &str = "Annex 8";
/// The section of the report that holds the objectives and questions.
pub const QUESTIONS_SECTION: &str = "Annex 9";
/// The document id of the earlier wording.
pub const BRIEF_DOC: &str = "grcp8-brief";
/// The document id of the report.
pub const REPORT_DOC: &str = "report";

/// The longest query string read; anything longer is cut (ids are short).
const MAX_QUERY_LEN: usize = 2048;

// ---------------------------------------------------------------------------------------------
// URL parameters

/// The agenda's view state, as kept in its URL query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaParams {
    /// A working-lunch group id (`group-4-europe`).
    pub group: Option<String>,
    /// An ISCM id (`bali-process`).
    pub iscm: Option<String>,
}

impl AgendaParams {
    /// Reads the query string of `#/grcp8?…` (with or without the `?`). Total: unknown keys,
    /// values that are not ids, empty values and repeats of a key already read are ignored.
    pub fn parse(query: &str) -> AgendaParams {
        let text = query.strip_prefix('?').unwrap_or(query);
        let text = match text.char_indices().nth(MAX_QUERY_LEN) {
            Some((cut, _)) => &text[..cut],
            None => text,
        };
        let mut params = AgendaParams::default();
        for pair in text.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode_component(raw_key);
            let value = decode_component(raw_value);
            let value = value.trim();
            if !is_id(value) {
                continue;
            }
            let slot = match key.as_str() {
                GROUP_KEY => &mut params.group,
                ISCM_KEY => &mut params.iscm,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value.to_string());
            }
        }
        params
    }

    /// The query string (`group=group-4-europe&iscm=bali-process`), empty when unfiltered.
    pub fn to_query_string(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(group) = &self.group {
            pairs.push(format!("{GROUP_KEY}={}", encode_component(group)));
        }
        if let Some(iscm) = &self.iscm {
            pairs.push(format!("{ISCM_KEY}={}", encode_component(iscm)));
        }
        pairs.join("&")
    }

    /// The fragment of the agenda with these parameters (`#/grcp8?group=…`).
    pub fn to_hash(&self) -> String {
        crate::route::hash_with_query(&crate::route::Route::Grcp8, &self.to_query_string())
    }

    /// Whether any filter is set.
    pub fn is_filtered(&self) -> bool {
        self.group.is_some() || self.iscm.is_some()
    }

    /// Keeps only the values that name something in the agenda: a lunch group of `agenda`, an
    /// ISCM that someone with a role speaks for.
    pub fn resolve(&self, agenda: &Grcp8) -> AgendaParams {
        AgendaParams {
            group: self
                .group
                .clone()
                .filter(|id| agenda.lunch_groups.iter().any(|group| &group.id == id)),
            iscm: self
                .iscm
                .clone()
                .filter(|id| iscms_with_roles(agenda).iter().any(|known| known == id)),
        }
    }

    /// These parameters with the group set (or cleared with `None`).
    pub fn with_group(&self, group: Option<String>) -> AgendaParams {
        AgendaParams {
            group: group.filter(|id| is_id(id)),
            iscm: self.iscm.clone(),
        }
    }

    /// These parameters with the ISCM set (or cleared with `None`).
    pub fn with_iscm(&self, iscm: Option<String>) -> AgendaParams {
        AgendaParams {
            group: self.group.clone(),
            iscm: iscm.filter(|id| is_id(id)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// People and slots

/// A person in one role of one slot, printed as the agenda prints them there.
#[derive(Debug, Clone, Copy)]
pub struct PersonInSlot<'a> {
    pub person: &'a Person,
    /// The person's role in the slot (None if the agenda lists them in an item without a role,
    /// which the data does not do).
    pub role: Option<&'a Role>,
    /// The position as printed in this slot (a variant where the agenda prints it differently).
    pub position: &'a str,
    /// The capacity as printed in this slot.
    pub capacity: Option<&'a str>,
}

impl<'a> PersonInSlot<'a> {
    fn new(person: &'a Person, role: Option<&'a Role>, slot: &Slot) -> Self {
        match person.variants.iter().find(|v| v.slot_id == slot.id) {
            Some(variant) => PersonInSlot {
                person,
                role,
                position: &variant.position,
                capacity: variant.capacity.as_deref(),
            },
            None => PersonInSlot {
                person,
                role,
                position: &person.position,
                capacity: person.capacity.as_deref(),
            },
        }
    }

    /// The ISCMs the person speaks for (ids), in printed order.
    pub fn iscm_ids(&self) -> &'a [String] {
        &self.person.iscm_ids
    }

    fn matches(&self, filter: &AgendaParams) -> bool {
        let group_ok = filter
            .group
            .as_ref()
            .is_none_or(|group| self.role.and_then(|r| r.group_id.as_ref()) == Some(group));
        let iscm_ok = filter
            .iscm
            .as_ref()
            .is_none_or(|iscm| self.person.iscm_ids.iter().any(|id| id == iscm));
        group_ok && iscm_ok
    }
}

/// A programme line of a slot with the people who deliver it.
#[derive(Debug, Clone)]
pub struct ItemInSlot<'a> {
    pub item: &'a AgendaItem,
    pub people: Vec<PersonInSlot<'a>>,
}

/// An agenda slot with its session and its people resolved.
#[derive(Debug, Clone)]
pub struct SlotView<'a> {
    pub slot: &'a Slot,
    /// The session the slot belongs to.
    pub session: Option<&'a Session>,
    /// Roles of people named in no programme line (the moderators), in printed order.
    pub leads: Vec<PersonInSlot<'a>>,
    /// The programme lines, in printed order.
    pub items: Vec<ItemInSlot<'a>>,
}

impl<'a> SlotView<'a> {
    /// Everyone in the slot: leads first, then the people of each line.
    pub fn people(&self) -> impl Iterator<Item = &PersonInSlot<'a>> {
        self.leads
            .iter()
            .chain(self.items.iter().flat_map(|item| item.people.iter()))
    }
}

/// The person with this id.
pub fn person<'a>(agenda: &'a Grcp8, id: &str) -> Option<&'a Person> {
    agenda.people.iter().find(|p| p.id == id)
}

/// The session with this id.
pub fn session<'a>(agenda: &'a Grcp8, id: &str) -> Option<&'a Session> {
    agenda.sessions.iter().find(|s| s.id == id)
}

/// The lunch group with this id.
pub fn lunch_group<'a>(agenda: &'a Grcp8, id: &str) -> Option<&'a LunchGroup> {
    agenda.lunch_groups.iter().find(|g| g.id == id)
}

/// A person's name as printed: honorific, name and post-nominals ("H.E. Mr Frans Kapofi, MP").
pub fn display_name(person: &Person) -> String {
    let mut name = if person.honorific.is_empty() {
        person.name.clone()
    } else {
        format!("{} {}", person.honorific, person.name)
    };
    if let Some(letters) = person.post_nominals.as_deref().filter(|l| !l.is_empty()) {
        name.push_str(", ");
        name.push_str(letters);
    }
    name
}

/// One slot with its people resolved.
pub fn slot_view<'a>(agenda: &'a Grcp8, slot: &'a Slot) -> SlotView<'a> {
    let role_of = |person_id: &str| slot.roles.iter().find(|r| r.person_id == person_id);
    let items: Vec<ItemInSlot<'a>> = slot
        .items
        .iter()
        .map(|item| ItemInSlot {
            item,
            people: item
                .people
                .iter()
                .filter_map(|id| person(agenda, id))
                .map(|p| PersonInSlot::new(p, role_of(&p.id), slot))
                .collect(),
        })
        .collect();
    let in_items = |id: &str| slot.items.iter().any(|i| i.people.iter().any(|p| p == id));
    let leads = slot
        .roles
        .iter()
        .filter(|role| !in_items(&role.person_id))
        .filter_map(|role| person(agenda, &role.person_id).map(|p| (p, role)))
        .map(|(p, role)| PersonInSlot::new(p, Some(role), slot))
        .collect();
    SlotView {
        slot,
        session: session(agenda, &slot.session_id),
        leads,
        items,
    }
}

/// Every slot of the agenda, in time order (start, then end), people resolved.
pub fn timeline(agenda: &Grcp8) -> Vec<SlotView<'_>> {
    let mut slots: Vec<&Slot> = agenda.slots.iter().collect();
    crate::stable_sort::sort_by(&mut slots, |a, b| {
        (&a.start, &a.end).cmp(&(&b.start, &b.end))
    });
    slots.into_iter().map(|s| slot_view(agenda, s)).collect()
}

/// The slots of one session, in time order.
pub fn session_slots<'a>(agenda: &'a Grcp8, session_id: &str) -> Vec<SlotView<'a>> {
    timeline(agenda)
        .into_iter()
        .filter(|s| s.slot.session_id == session_id)
        .collect()
}

/// Narrows a timeline to the roles that match `filter` (all of its set filters): in each slot
/// the leads and the people of each line that match are kept, lines left with nobody are
/// dropped (open discussions too), and slots left with nobody are dropped. An unfiltered
/// `filter` keeps everything.
pub fn filter_timeline<'a>(slots: Vec<SlotView<'a>>, filter: &AgendaParams) -> Vec<SlotView<'a>> {
    if !filter.is_filtered() {
        return slots;
    }
    slots
        .into_iter()
        .filter_map(|slot| {
            let leads: Vec<_> = slot
                .leads
                .into_iter()
                .filter(|p| p.matches(filter))
                .collect();
            let items: Vec<_> = slot
                .items
                .into_iter()
                .filter_map(|item| {
                    let people: Vec<_> = item
                        .people
                        .into_iter()
                        .filter(|p| p.matches(filter))
                        .collect();
                    (!people.is_empty()).then_some(ItemInSlot {
                        item: item.item,
                        people,
                    })
                })
                .collect();
            (!leads.is_empty() || !items.is_empty()).then_some(SlotView {
                slot: slot.slot,
                session: slot.session,
                leads,
                items,
            })
        })
        .collect()
}

/// The ISCMs (ids) that someone with a role in the agenda speaks for, in order of first
/// appearance in the timeline.
pub fn iscms_with_roles(agenda: &Grcp8) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for slot in timeline(agenda) {
        for p in slot.people() {
            if p.role.is_none() {
                continue;
            }
            for id in p.iscm_ids() {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
    }
    ids
}

/// An ISCM's short name from the core file, falling back to its id.
pub fn iscm_label<'a>(core: &'a IscmsFile, id: &'a str) -> &'a str {
    core.iscm(id).map(|i| i.short_name.as_str()).unwrap_or(id)
}

/// The options of the ISCM filter: `(id, short name)` of every ISCM with a role, sorted by
/// short name (case-insensitive).
pub fn iscm_options(agenda: &Grcp8, core: &IscmsFile) -> Vec<(String, String)> {
    let mut options: Vec<(String, String)> = iscms_with_roles(agenda)
        .into_iter()
        .map(|id| {
            let label = iscm_label(core, &id).to_string();
            (id, label)
        })
        .collect();
    crate::stable_sort::sort_by_key(&mut options, |(_, label)| {
        crate::lowercase::lower_str(label)
    });
    options
}

/// The rapporteur roles of the agenda for one lunch group, with the session they report in.
pub fn rapporteurs_for_group<'a>(
    agenda: &'a Grcp8,
    group_id: &str,
) -> Vec<(Option<&'a Session>, PersonInSlot<'a>)> {
    agenda
        .slots
        .iter()
        .flat_map(|slot| slot.roles.iter().map(move |role| (slot, role)))
        .filter(|(_, role)| {
            role.role == RoleKind::Rapporteur && role.group_id.as_deref() == Some(group_id)
        })
        .filter_map(|(slot, role)| {
            person(agenda, &role.person_id).map(|p| {
                (
                    session(agenda, &slot.session_id),
                    PersonInSlot::new(p, Some(role), slot),
                )
            })
        })
        .collect()
}

/// The one source every lunch group cites, if they all cite the same.
pub fn common_group_source(agenda: &Grcp8) -> Option<&SourceRef> {
    let first = &agenda.lunch_groups.first()?.source;
    agenda
        .lunch_groups
        .iter()
        .all(|group| &group.source == first)
        .then_some(first)
}

/// The co-facilitators of a lunch group, as printed in the lunch slot.
pub fn co_facilitators<'a>(agenda: &'a Grcp8, group: &'a LunchGroup) -> Vec<PersonInSlot<'a>> {
    let slot = agenda.slots.iter().find(|slot| {
        slot.roles
            .iter()
            .any(|r| r.group_id.as_deref() == Some(&group.id) && r.role == RoleKind::CoFacilitator)
    });
    group
        .co_facilitator_ids
        .iter()
        .filter_map(|id| person(agenda, id))
        .map(|p| match slot {
            Some(slot) => {
                PersonInSlot::new(p, slot.roles.iter().find(|r| r.person_id == p.id), slot)
            }
            None => PersonInSlot {
                person: p,
                role: None,
                position: &p.position,
                capacity: p.capacity.as_deref(),
            },
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Sessions

/// The start of a session's earliest slot, if it has one.
fn session_start<'a>(agenda: &'a Grcp8, session: &Session) -> Option<&'a str> {
    agenda
        .slots
        .iter()
        .filter(|slot| slot.session_id == session.id)
        .map(|slot| slot.start.as_str())
        .min()
}

/// The sessions in agenda order: by the start of their first slot; sessions without a slot
/// last, in file order.
pub fn sessions_in_order(agenda: &Grcp8) -> Vec<&Session> {
    let mut sessions: Vec<&Session> = agenda.sessions.iter().collect();
    crate::stable_sort::sort_by_key(&mut sessions, |s| match session_start(agenda, s) {
        Some(start) => (0, start.to_string()),
        None => (1, String::new()),
    });
    sessions
}

/// A session, its position in agenda order and its neighbours.
#[derive(Debug, Clone, Copy)]
pub struct SessionInOrder<'a> {
    pub session: &'a Session,
    pub previous: Option<&'a Session>,
    pub next: Option<&'a Session>,
}

/// The session with this id and its neighbours in agenda order; None for an unknown id.
pub fn session_in_order<'a>(agenda: &'a Grcp8, id: &str) -> Option<SessionInOrder<'a>> {
    let order = sessions_in_order(agenda);
    let index = order.iter().position(|s| s.id == id)?;
    Some(SessionInOrder {
        session: order[index],
        previous: index.checked_sub(1).map(|i| order[i]),
        next: order.get(index + 1).copied(),
    })
}

/// A session's name as the agenda prints it: "Session 2: …" for the numbered sessions, the
/// title alone for the others.
pub fn session_label(session: &Session) -> String {
    match session.number {
        Some(n) => format!("Session {n}: {}", session.title),
        None => session.title.clone(),
    }
}

/// A session's time span ("11:15", "13:00") from its slots, if it has any.
pub fn session_times<'a>(agenda: &'a Grcp8, session: &Session) -> Option<(&'a str, &'a str)> {
    let slots = agenda
        .slots
        .iter()
        .filter(|slot| slot.session_id == session.id);
    let start = slots.clone().map(|s| s.start.as_str()).min()?;
    let end = slots.map(|s| s.end.as_str()).max()?;
    Some((start, end))
}

/// The report's account of a session's discussions, in file order.
pub fn discussions_for<'a>(agenda: &'a Grcp8, session_id: &str) -> Vec<&'a Discussion> {
    agenda
        .discussions
        .iter()
        .filter(|d| d.session_id == session_id)
        .collect()
}

/// Splits `text` around the first occurrence of `highlight`: `(text, is_highlight)` parts in
/// order, empty parts left out. Without a highlight (or one not found) the text is one part.
pub fn highlight_parts<'t>(text: &'t str, highlight: Option<&str>) -> Vec<(&'t str, bool)> {
    let found = highlight
        .filter(|h| !h.is_empty())
        .and_then(|h| text.find(h).map(|at| (at, at + h.len())));
    match found {
        Some((start, end)) => [
            (&text[..start], false),
            (&text[start..end], true),
            (&text[end..], false),
        ]
        .into_iter()
        .filter(|(part, _)| !part.is_empty())
        .collect(),
        None => vec![(text, false)],
    }
}

// ---------------------------------------------------------------------------------------------
// Sources and data notes

/// The meeting's sources in one document (in file order).
pub fn meeting_sources<'a>(agenda: &'a Grcp8, doc: &str) -> Vec<&'a SourceRef> {
    agenda
        .meeting
        .sources
        .iter()
        .filter(|s| s.doc == doc)
        .collect()
}

/// The meeting's source with this document and section, if it cites it.
pub fn meeting_source<'a>(agenda: &'a Grcp8, doc: &str, section: &str) -> Option<&'a SourceRef> {
    agenda
        .meeting
        .sources
        .iter()
        .find(|s| s.doc == doc && s.section == section)
}

/// The one source every slot cites, if they all cite the same.
pub fn common_slot_source(agenda: &Grcp8) -> Option<&SourceRef> {
    let first = &agenda.slots.first()?.source;
    agenda
        .slots
        .iter()
        .all(|slot| &slot.source == first)
        .then_some(first)
}

fn cites(note: &DataNote, sources: &[&SourceRef]) -> bool {
    note.sources.iter().any(|s| sources.contains(&s))
}

/// The data notes that concern the agenda page: those citing a source the page cites (the
/// meeting, the slots, the lunch groups, the attendance).
pub fn notes_for_agenda(agenda: &Grcp8) -> Vec<&DataNote> {
    let mut shown: Vec<&SourceRef> = agenda.meeting.sources.iter().collect();
    shown.extend(agenda.slots.iter().map(|s| &s.source));
    shown.extend(agenda.lunch_groups.iter().map(|g| &g.source));
    shown.extend(agenda.attending_sources.iter());
    agenda
        .data_notes
        .iter()
        .filter(|note| cites(note, &shown))
        .collect()
}

/// The data notes that concern one session's page: those citing a source of the session (or
/// of its discussions) that is not a source of the whole meeting, and those about an ISCM
/// that someone in the session speaks for.
pub fn notes_for_session<'a>(agenda: &'a Grcp8, session_id: &str) -> Vec<&'a DataNote> {
    let Some(session) = session(agenda, session_id) else {
        return Vec::new();
    };
    let mut specific: Vec<&SourceRef> = session.sources.iter().collect();
    specific.extend(
        discussions_for(agenda, session_id)
            .iter()
            .map(|d| &d.source),
    );
    specific.retain(|s| !agenda.meeting.sources.contains(s));
    let iscms: Vec<&String> = session_slots(agenda, session_id)
        .iter()
        .flat_map(|slot| {
            slot.people()
                .flat_map(|p| p.iscm_ids().iter())
                .collect::<Vec<_>>()
        })
        .collect();
    agenda
        .data_notes
        .iter()
        .filter(|note| cites(note, &specific) || note.iscm_ids.iter().any(|id| iscms.contains(&id)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Dates, times and the filter's announcement

/// English month names, for dates written out.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO date ("2019-04-05") as "5 April 2019"; None if it is not one.
pub fn format_date(iso: &str) -> Option<String> {
    let mut parts = iso.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let year: u16 = year.parse().ok()?;
    let month: usize = month.parse().ok()?;
    let day: u8 = day.parse().ok()?;
    let name = MONTHS.get(month.checked_sub(1)?)?;
    (1..=31)
        .contains(&day)
        .then(|| format!("{day} {name} {year}"))
}

/// The machine-readable value of a `<time>` for a time of the meeting's day
/// ("2019-04-05T09:45").
pub fn datetime(date: &str, time: &str) -> String {
    format!("{date}T{time}")
}

/// A time of the meeting's day ("09:45" in the data) as the language writes it (CLDR short
/// time): "09:45" in English (as the agenda prints it) and French, "9:45" in Spanish.
pub fn format_time(lang: Lang, time: &str) -> String {
    match lang {
        Lang::Es => match time.strip_prefix('0') {
            Some(rest) if rest.len() == 4 && rest.as_bytes()[1] == b':' => rest.to_string(),
            _ => time.to_string(),
        },
        Lang::En | Lang::Fr => time.to_string(),
    }
}

/// An ISO date ("2019-04-05") written in the language ("5 April 2019", "5 avril 2019",
/// "5 de abril de 2019"); None if it is not one.
pub fn format_date_in(lang: Lang, iso: &str) -> Option<String> {
    format_date(iso)?;
    crate::i18n::date_iso(lang, iso)
}

/// A role's name for people ("Moderator", "Modérateur", "Moderador"); a rapporteur's region
/// follows [`Grcp8Text::role_rapporteur_for`] when the agenda prints one.
pub fn role_name(lang: Lang, role: RoleKind) -> &'static str {
    let t = Grcp8Text::of(lang);
    match role {
        RoleKind::Speaker => t.role_speaker,
        RoleKind::Moderator => t.role_moderator,
        RoleKind::CoFacilitator => t.role_co_facilitator,
        RoleKind::Rapporteur => t.rapporteur,
    }
}

/// The kind of a programme line, where the agenda prints it as a label.
pub fn item_kind_name(lang: Lang, kind: ItemKind) -> &'static str {
    let t = Grcp8Text::of(lang);
    match kind {
        ItemKind::Statement => t.kind_statement,
        ItemKind::Introduction => t.kind_introduction,
        ItemKind::Presentation => t.kind_presentation,
        ItemKind::Panel => t.kind_panel,
        ItemKind::GroupDiscussion => t.kind_group_discussion,
        ItemKind::RapporteurReports => t.kind_rapporteur_reports,
        ItemKind::Discussion => t.kind_discussion,
    }
}

/// What the filter shows, for the status line: "Showing 2 of 7 agenda slots: …", in the
/// language (names of groups and ISCMs as the dataset gives them).
pub fn filter_summary(
    lang: Lang,
    agenda: &Grcp8,
    core: &IscmsFile,
    filter: &AgendaParams,
    shown: usize,
) -> String {
    let t = Grcp8Text::of(lang);
    let total = agenda.slots.len();
    if !filter.is_filtered() {
        return crate::i18n::count(lang, total, t.status_all, t.status_all);
    }
    let mut parts = Vec::new();
    if let Some(group) = filter.group.as_deref() {
        let name = lunch_group(agenda, group)
            .map(|g| g.name.as_str())
            .unwrap_or(group);
        parts.push(fill(t.by_group, &[("name", name)]));
    }
    if let Some(iscm) = filter.iscm.as_deref() {
        parts.push(fill(t.by_iscm, &[("name", iscm_label(core, iscm))]));
    }
    let template = crate::i18n::count(lang, total, t.status_filtered_one, t.status_filtered_other);
    fill(
        &template,
        &[
            ("shown", &crate::i18n::number(lang, shown as i64)),
            ("by", &parts.join(t.and_join)),
        ],
    )
}
