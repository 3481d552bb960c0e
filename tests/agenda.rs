//! The pure logic of the GRCP 8 views (`src/dataset/agenda.rs`) against `grcp8.json`: the
//! timeline, people and ISCMs, sessions in agenda order, the filters and their URL query.

mod common;

use std::sync::OnceLock;

use iscm_explorer::dataset::agenda::{
    co_facilitators, discussions_for, display_name, filter_timeline, format_date, highlight_parts,
    iscm_options, iscms_with_roles, notes_for_agenda, notes_for_session, rapporteurs_for_group,
    session_in_order, session_label, session_slots, sessions_in_order, timeline, AgendaParams,
    SlotView,
};
use iscm_explorer::dataset::grcp8::{Grcp8, RoleKind};

fn agenda() -> &'static Grcp8 {
    static AGENDA: OnceLock<Grcp8> = OnceLock::new();
    AGENDA.get_or_init(|| {
        serde_json::from_str(&common::data_file("grcp8.json")).expect("grcp8.json parses")
    })
}

fn filter(group: Option<&str>, iscm: Option<&str>) -> AgendaParams {
    AgendaParams {
        group: group.map(str::to_string),
        iscm: iscm.map(str::to_string),
    }
}

fn slot_ids(slots: &[SlotView]) -> Vec<String> {
    slots.iter().map(|s| s.slot.id.clone()).collect()
}

/// The ISCMs of everyone left in a filtered timeline.
fn iscms_of(slots: &[SlotView]) -> Vec<String> {
    let mut ids: Vec<String> = slots
        .iter()
        .flat_map(|s| s.people().flat_map(|p| p.iscm_ids().to_vec()))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn the_day_has_seven_slots_from_0945_to_1730_in_time_order() {
    let slots = timeline(agenda());
    assert_eq!(slots.len(), 7);
    assert_eq!(slots.first().unwrap().slot.start, "09:45");
    assert_eq!(slots.last().unwrap().slot.end, "17:30");
    for pair in slots.windows(2) {
        assert!(
            pair[0].slot.start < pair[1].slot.start,
            "{:?}",
            slot_ids(pair)
        );
        assert_eq!(pair[0].slot.end, pair[1].slot.start, "the day has no gaps");
    }
    for slot in &slots {
        assert!(slot.slot.start < slot.slot.end);
        assert_eq!(slot.session.map(|s| &s.id), Some(&slot.slot.session_id));
    }
}

#[test]
fn timeline_order_does_not_depend_on_file_order() {
    let mut shuffled = agenda().clone();
    shuffled.slots.reverse();
    assert_eq!(
        slot_ids(&timeline(&shuffled)),
        slot_ids(&timeline(agenda()))
    );
}

#[test]
fn every_role_of_every_slot_is_shown_once() {
    for slot in timeline(agenda()) {
        let mut shown: Vec<&str> = slot.people().map(|p| p.person.id.as_str()).collect();
        let mut roles: Vec<&str> = slot
            .slot
            .roles
            .iter()
            .map(|r| r.person_id.as_str())
            .collect();
        shown.sort();
        roles.sort();
        assert_eq!(shown, roles, "{}", slot.slot.id);
        assert!(slot.people().all(|p| p.role.is_some()), "{}", slot.slot.id);
    }
}

#[test]
fn session_2_is_moderated_by_the_chair_of_the_rabat_process() {
    let slots = session_slots(agenda(), "session-2");
    assert_eq!(slots.len(), 1);
    let moderator = slots[0]
        .leads
        .iter()
        .find(|p| p.role.map(|r| r.role) == Some(RoleKind::Moderator))
        .expect("Session 2 has a moderator");
    assert_eq!(moderator.iscm_ids(), ["rabat-process".to_string()]);
    let core = common::dataset();
    assert_eq!(
        core.iscm("rabat-process").unwrap().short_name,
        "Rabat Process"
    );
    assert!(moderator.capacity.unwrap().contains("Rabat Process"));
    assert_eq!(
        slots[0].items.len(),
        4,
        "three presentations and a discussion"
    );
}

#[test]
fn names_are_printed_with_honorific_and_post_nominals() {
    let kapofi = agenda()
        .people
        .iter()
        .find(|p| p.id == "frans-kapofi")
        .unwrap();
    assert_eq!(display_name(kapofi), "H.E. Mr Frans Kapofi, MP");
    let helke = agenda()
        .people
        .iter()
        .find(|p| p.id == "jill-helke")
        .unwrap();
    assert_eq!(display_name(helke), "Ms Jill Helke");
}

#[test]
fn a_person_is_printed_as_the_agenda_prints_them_in_that_slot() {
    let obila_in = |slot_id: &str| {
        timeline(agenda())
            .into_iter()
            .find(|s| s.slot.id == slot_id)
            .unwrap()
            .people()
            .find(|p| p.person.id == "charles-obila")
            .map(|p| p.capacity.unwrap().to_string())
            .unwrap()
    };
    assert!(obila_in("slot-1300").starts_with("for the Chair"));
    assert!(obila_in("slot-1545").starts_with("for the Secretariat"));
}

#[test]
fn filtering_by_the_bali_process_gives_the_lunch_and_session_4() {
    let slots = filter_timeline(timeline(agenda()), &filter(None, Some("bali-process")));
    assert_eq!(slot_ids(&slots), ["slot-1300", "slot-1545"]);
    let sessions: Vec<&str> = slots
        .iter()
        .map(|s| s.session.unwrap().id.as_str())
        .collect();
    assert_eq!(sessions, ["working-lunch", "session-4"]);
    for slot in &slots {
        assert!(slot.people().count() > 0);
        assert!(slot
            .people()
            .all(|p| p.iscm_ids().contains(&"bali-process".to_string())));
    }
    let people: Vec<&str> = slots
        .iter()
        .flat_map(|s| s.people().map(|p| p.person.id.as_str()))
        .collect();
    assert_eq!(people, ["geoffrey-shaw", "andreano-erwin", "shaun-choon"]);
}

#[test]
fn filtering_by_the_europe_group_gives_prague_and_almaty_process_people() {
    let slots = filter_timeline(timeline(agenda()), &filter(Some("group-4-europe"), None));
    assert_eq!(slot_ids(&slots), ["slot-1300", "slot-1545"]);
    assert_eq!(iscms_of(&slots), ["almaty-process", "prague-process"]);
    let people: Vec<&str> = slots
        .iter()
        .flat_map(|s| s.people().map(|p| p.person.id.as_str()))
        .collect();
    assert_eq!(
        people,
        ["gintaras-valiulis", "victoria-kasabyan", "aleksey-maleev"]
    );
    // Open discussions involve nobody in particular and are left out of a filtered view.
    assert!(slots
        .iter()
        .all(|s| s.items.iter().all(|i| !i.people.is_empty())));
}

#[test]
fn filters_combine_and_can_match_nothing() {
    let both = filter_timeline(
        timeline(agenda()),
        &filter(Some("group-4-europe"), Some("prague-process")),
    );
    let people: Vec<&str> = both
        .iter()
        .flat_map(|s| s.people().map(|p| p.person.id.as_str()))
        .collect();
    assert_eq!(people, ["gintaras-valiulis", "aleksey-maleev"]);
    let none = filter_timeline(
        timeline(agenda()),
        &filter(Some("group-4-europe"), Some("bali-process")),
    );
    assert!(none.is_empty());
}

#[test]
fn no_filter_keeps_the_whole_timeline() {
    let all = filter_timeline(timeline(agenda()), &AgendaParams::default());
    assert_eq!(slot_ids(&all), slot_ids(&timeline(agenda())));
    assert_eq!(
        all.iter().map(|s| s.items.len()).sum::<usize>(),
        agenda().slots.iter().map(|s| s.items.len()).sum::<usize>()
    );
}

#[test]
fn every_iscm_with_a_role_filters_to_its_people() {
    let core = common::dataset();
    let with_roles = iscms_with_roles(agenda());
    assert!(!with_roles.is_empty());
    for id in &with_roles {
        assert!(core.iscm(id).is_some(), "{id} is an ISCM of the core file");
        let slots = filter_timeline(timeline(agenda()), &filter(None, Some(id)));
        assert!(!slots.is_empty(), "{id}");
    }
    // IOM staff speak for no ISCM; the options are every ISCM with a role, by short name.
    let options = iscm_options(agenda(), core);
    assert_eq!(options.len(), with_roles.len());
    let labels: Vec<String> = options.iter().map(|(_, l)| l.to_lowercase()).collect();
    let mut sorted = labels.clone();
    sorted.sort();
    assert_eq!(labels, sorted);
    assert!(options
        .iter()
        .any(|(id, label)| id == "bali-process" && label == "Bali Process"));
}

#[test]
fn url_params_round_trip() {
    for params in [
        AgendaParams::default(),
        filter(Some("group-4-europe"), None),
        filter(None, Some("bali-process")),
        filter(Some("group-1-africa"), Some("mid-igad")),
    ] {
        let text = params.to_query_string();
        assert_eq!(AgendaParams::parse(&text), params, "{text:?}");
        assert_eq!(AgendaParams::parse(&format!("?{text}")), params);
    }
    assert_eq!(
        filter(Some("group-4-europe"), Some("bali-process")).to_query_string(),
        "group=group-4-europe&iscm=bali-process"
    );
    assert_eq!(
        filter(None, Some("igc")).to_hash(),
        "#/grcp8?iscm=igc".to_string()
    );
    assert_eq!(AgendaParams::default().to_hash(), "#/grcp8");
}

#[test]
fn hostile_or_unknown_url_input_is_ignored() {
    for text in [
        "",
        "?",
        "&&&",
        "=",
        "group",
        "group=",
        "group=<script>alert(1)</script>",
        "iscm=%3Cimg%20src%3Dx%3E",
        "iscm=Bali",
        "iscm=bali_process",
        "group=%E0%A4%A",
        "%",
        "q=bali&type=rcp&sort=-members",
        "iscm=a%00b",
    ] {
        assert_eq!(
            AgendaParams::parse(text),
            AgendaParams::default(),
            "{text:?}"
        );
    }
    let long = format!("iscm={}", "a".repeat(10_000));
    assert_eq!(AgendaParams::parse(&long), AgendaParams::default());
    // Percent-encoding and spaces around a value are read; the first value of a key wins.
    assert_eq!(
        AgendaParams::parse("iscm=%62ali-process&iscm=igc&group=+group-1-africa+"),
        filter(Some("group-1-africa"), Some("bali-process"))
    );
    // Ids of the right shape that name nothing in the agenda are dropped by `resolve`.
    let unknown = AgendaParams::parse("group=group-9-mars&iscm=no-such-process");
    assert!(unknown.is_filtered());
    assert_eq!(unknown.resolve(agenda()), AgendaParams::default());
    // An ISCM without a role in the agenda (ARCP did not attend) is not a filter either.
    assert_eq!(
        AgendaParams::parse("iscm=arcp").resolve(agenda()),
        AgendaParams::default()
    );
    let known = AgendaParams::parse("group=group-2-americas&iscm=rcm");
    assert_eq!(known.resolve(agenda()), known);
}

#[test]
fn with_group_and_with_iscm_change_one_filter() {
    let base = filter(Some("group-1-africa"), Some("igc"));
    assert_eq!(base.with_group(None), filter(None, Some("igc")));
    assert_eq!(base.with_iscm(None), filter(Some("group-1-africa"), None));
    assert_eq!(
        base.with_iscm(Some("<b>".into())),
        filter(Some("group-1-africa"), None)
    );
}

#[test]
fn sessions_follow_the_agenda_not_annex_9() {
    let order: Vec<&str> = sessions_in_order(agenda())
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "opening",
            "session-1",
            "session-2",
            "working-lunch",
            "session-3",
            "session-4",
            "closing"
        ]
    );
    let s3 = session_in_order(agenda(), "session-3").unwrap();
    assert_eq!(s3.previous.unwrap().id, "working-lunch");
    assert_eq!(s3.next.unwrap().id, "session-4");
    let first = session_in_order(agenda(), "opening").unwrap();
    assert!(first.previous.is_none());
    let last = session_in_order(agenda(), "closing").unwrap();
    assert!(last.next.is_none());
    assert!(session_in_order(agenda(), "no-such-session").is_none());
    assert!(session_in_order(agenda(), "").is_none());
}

#[test]
fn session_labels_carry_their_number() {
    let label = |id| session_label(session_in_order(agenda(), id).unwrap().session);
    assert_eq!(
        label("session-3"),
        "Session 3: Structures and Sustainability"
    );
    assert_eq!(label("opening"), "Opening Session");
    // The label is the slot heading as Annex 8 prints it.
    for slot in &agenda().slots {
        let session = session_in_order(agenda(), &slot.session_id)
            .unwrap()
            .session;
        assert_eq!(session_label(session), slot.title);
    }
}

#[test]
fn lunch_groups_have_two_co_facilitators_and_a_rapporteur() {
    assert_eq!(agenda().lunch_groups.len(), 4);
    for group in &agenda().lunch_groups {
        let cofacilitators = co_facilitators(agenda(), group);
        assert_eq!(cofacilitators.len(), 2, "{}", group.id);
        assert!(cofacilitators
            .iter()
            .all(|p| p.role.unwrap().role == RoleKind::CoFacilitator));
        let rapporteurs = rapporteurs_for_group(agenda(), &group.id);
        assert_eq!(rapporteurs.len(), 1, "{}", group.id);
        assert_eq!(rapporteurs[0].0.map(|s| s.id.as_str()), Some("session-4"));
        assert_eq!(
            rapporteurs[0].1.role.unwrap().role,
            RoleKind::Rapporteur,
            "{}",
            group.id
        );
    }
}

#[test]
fn discussions_are_found_by_session_with_their_highlights() {
    assert_eq!(discussions_for(agenda(), "session-2").len(), 8);
    assert_eq!(discussions_for(agenda(), "session-3").len(), 5);
    assert_eq!(discussions_for(agenda(), "working-lunch").len(), 8);
    assert!(discussions_for(agenda(), "opening").is_empty());
    for d in &agenda().discussions {
        let parts = highlight_parts(&d.text, d.highlight.as_deref());
        let joined: String = parts.iter().map(|(p, _)| *p).collect();
        assert_eq!(joined, d.text, "{}", d.id);
        assert_eq!(
            parts.iter().filter(|(_, h)| *h).count(),
            usize::from(d.highlight.is_some()),
            "{}",
            d.id
        );
    }
    assert_eq!(highlight_parts("abc", Some("x")), [("abc", false)]);
    assert_eq!(
        highlight_parts("abc", Some("b")),
        [("a", false), ("b", true), ("c", false)]
    );
}

#[test]
fn data_notes_are_matched_to_the_views_they_concern() {
    let on_agenda: Vec<&str> = notes_for_agenda(agenda())
        .iter()
        .map(|n| n.id.as_str())
        .collect();
    assert!(on_agenda.contains(&"annex7-attendance-list"));
    assert!(on_agenda.contains(&"agenda-markup"));
    let of = |id| -> Vec<String> {
        notes_for_session(agenda(), id)
            .iter()
            .map(|n| n.id.clone())
            .collect()
    };
    assert!(of("session-1").contains(&"igc-chair-at-grcp8".to_string()));
    assert!(of("session-2").contains(&"discussion-session-mapping".to_string()));
    assert!(of("session-3").contains(&"duplicate-section-4-5".to_string()));
    assert!(of("working-lunch").contains(&"obila-two-capacities".to_string()));
    assert!(of("session-4").contains(&"working-lunch-session-4-shared".to_string()));
    assert!(!of("session-1").contains(&"duplicate-section-4-5".to_string()));
    assert!(of("no-such-session").is_empty());
}

#[test]
fn the_meeting_date_is_written_out() {
    assert_eq!(
        format_date(&agenda().meeting.date).as_deref(),
        Some("5 April 2019")
    );
    for bad in [
        "",
        "2019",
        "2019-13-01",
        "2019-00-10",
        "2019-04-32",
        "x-y-z",
        "2019-04-05-1",
    ] {
        assert_eq!(format_date(bad), None, "{bad:?}");
    }
}
