//! Checks `public/data/grcp8.json` against its types and against what the sources state.

mod common;

use std::collections::{BTreeSet, HashMap, HashSet};

use iscm_explorer::dataset::grcp8::{CapacityKind, Grcp8, ItemKind, Person, RoleKind, Session};
use iscm_explorer::dataset::source::SourceRef;

const JSON: &str = include_str!("../public/data/grcp8.json");

const DOC_IDS: [&str; 5] = [
    "publication-page",
    "report",
    "iom-web-page",
    "grcp8-brief",
    "gcm-review",
];

fn data() -> Grcp8 {
    serde_json::from_str(JSON).expect("grcp8.json parses with the grcp8 types")
}

fn person<'a>(d: &'a Grcp8, id: &str) -> &'a Person {
    d.people
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no person {id}"))
}

fn session<'a>(d: &'a Grcp8, id: &str) -> &'a Session {
    d.sessions
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no session {id}"))
}

fn minutes(t: &str) -> u32 {
    let (h, m) = t.split_once(':').expect("HH:MM");
    assert!(h.len() == 2 && m.len() == 2, "time {t} is not HH:MM");
    let (h, m): (u32, u32) = (h.parse().unwrap(), m.parse().unwrap());
    assert!(h < 24 && m < 60, "time {t} out of range");
    h * 60 + m
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Every source reference in the file.
fn all_sources(d: &Grcp8) -> Vec<&SourceRef> {
    let mut v: Vec<&SourceRef> = Vec::new();
    v.extend(&d.meeting.sources);
    v.extend(d.meeting.other_names.iter().map(|q| &q.source));
    v.extend(d.meeting.about.iter().map(|q| &q.source));
    for s in &d.sessions {
        v.extend(&s.sources);
    }
    v.extend(d.slots.iter().map(|s| &s.source));
    v.extend(d.lunch_groups.iter().map(|g| &g.source));
    v.extend(d.people.iter().map(|p| &p.source));
    v.extend(&d.attending_sources);
    v.extend(d.discussions.iter().map(|x| &x.source));
    for n in &d.data_notes {
        v.extend(&n.sources);
    }
    v
}

#[test]
fn parses_and_rejects_unknown_fields() {
    let d = data();
    assert_eq!(d.meeting.short_title, "GRCP 8");
    // deny_unknown_fields is in force: a stray key must fail.
    let mut v: serde_json::Value = serde_json::from_str(JSON).unwrap();
    v["people"][0]["nickname"] = serde_json::Value::String("x".into());
    assert!(serde_json::from_value::<Grcp8>(v).is_err());
}

#[test]
fn meeting_facts() {
    let m = data().meeting;
    assert_eq!(
        m.title,
        "Eighth Global Meeting of Chairs and Secretariats of Consultative Processes on Migration"
    );
    assert_eq!(
        m.theme,
        "Advancing a common understanding of migration governance across regions"
    );
    assert_eq!(m.date, "2019-04-05");
    assert_eq!(m.venue, "International Conference Centre of Geneva");
    assert_eq!(
        (m.city.as_str(), m.country.as_str()),
        ("Geneva", "Switzerland")
    );
    assert_eq!(m.objective.aims.len(), 2);
    assert_eq!(m.issues.len(), 4);
    assert_eq!(m.brief_wording.objective.aims.len(), 2);
    assert_eq!(m.brief_wording.issues.len(), 4);
    // the brief is an earlier, different wording
    assert_ne!(m.objective.aims[1], m.brief_wording.objective.aims[1]);
    assert!(m
        .about
        .iter()
        .any(|q| q.text.contains("in the presence of 27 ISCMs")));
}

#[test]
fn ids_are_kebab_and_unique() {
    let d = data();
    let mut seen = HashSet::new();
    let ids = d
        .slots
        .iter()
        .map(|s| &s.id)
        .chain(d.sessions.iter().map(|s| &s.id))
        .chain(d.people.iter().map(|p| &p.id))
        .chain(d.lunch_groups.iter().map(|g| &g.id));
    for id in ids {
        assert!(is_kebab(id), "{id} is not kebab-case");
        assert!(seen.insert(id.clone()), "duplicate id {id}");
    }
    let mut seen = HashSet::new();
    for x in &d.discussions {
        assert!(is_kebab(&x.id) && seen.insert(&x.id), "discussion {}", x.id);
    }
    let mut seen = HashSet::new();
    for n in &d.data_notes {
        assert!(is_kebab(&n.id) && seen.insert(&n.id), "data note {}", n.id);
    }
}

#[test]
fn references_resolve() {
    let d = data();
    let iscms: HashSet<&str> = common::ISCM_IDS.into_iter().collect();
    let people: HashSet<&str> = d.people.iter().map(|p| p.id.as_str()).collect();
    let sessions: HashSet<&str> = d.sessions.iter().map(|s| s.id.as_str()).collect();
    let slots: HashSet<&str> = d.slots.iter().map(|s| s.id.as_str()).collect();
    let groups: HashSet<&str> = d.lunch_groups.iter().map(|g| g.id.as_str()).collect();

    for s in &d.slots {
        assert!(sessions.contains(s.session_id.as_str()), "{}", s.session_id);
        for it in &s.items {
            for p in &it.people {
                assert!(people.contains(p.as_str()), "item person {p}");
            }
            if let Some(g) = &it.group_id {
                assert!(groups.contains(g.as_str()), "item group {g}");
            }
        }
        for r in &s.roles {
            assert!(people.contains(r.person_id.as_str()), "{}", r.person_id);
            if let Some(g) = &r.group_id {
                assert!(groups.contains(g.as_str()), "role group {g}");
            }
        }
    }
    for s in &d.sessions {
        for id in &s.slot_ids {
            assert!(slots.contains(id.as_str()), "{id}");
        }
        if let Some(o) = &s.objectives_shared_with {
            assert!(sessions.contains(o.as_str()), "{o}");
        }
    }
    for g in &d.lunch_groups {
        for p in &g.co_facilitator_ids {
            assert!(people.contains(p.as_str()), "{p}");
        }
    }
    for p in &d.people {
        for i in &p.iscm_ids {
            assert!(
                iscms.contains(i.as_str()),
                "{} speaks for unknown {i}",
                p.id
            );
        }
        for v in &p.variants {
            assert!(slots.contains(v.slot_id.as_str()), "{}", v.slot_id);
        }
    }
    for i in &d.attending_iscm_ids {
        assert!(iscms.contains(i.as_str()), "{i}");
    }
    for x in &d.discussions {
        assert!(sessions.contains(x.session_id.as_str()), "{}", x.session_id);
        for i in &x.iscm_ids {
            assert!(iscms.contains(i.as_str()), "{i}");
        }
    }
    for n in &d.data_notes {
        for i in &n.iscm_ids {
            assert!(iscms.contains(i.as_str()), "{i}");
        }
    }
    for s in all_sources(&d) {
        assert!(DOC_IDS.contains(&s.doc.as_str()), "doc {}", s.doc);
        assert!(!s.section.trim().is_empty());
    }
}

#[test]
fn sessions_and_slots_agree() {
    let d = data();
    let order: Vec<&str> = d.sessions.iter().map(|s| s.id.as_str()).collect();
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
    for s in &d.sessions {
        let from_slots: Vec<&str> = d
            .slots
            .iter()
            .filter(|x| x.session_id == s.id)
            .map(|x| x.id.as_str())
            .collect();
        let listed: Vec<&str> = s.slot_ids.iter().map(String::as_str).collect();
        assert_eq!(from_slots, listed, "slots of {}", s.id);
        assert!(!listed.is_empty(), "{} has no slot", s.id);
        // the slot heading carries the session title
        for x in d.slots.iter().filter(|x| x.session_id == s.id) {
            assert!(x.title.ends_with(&s.title), "{} / {}", x.title, s.title);
            if let Some(n) = s.number {
                assert!(x.title.starts_with(&format!("Session {n}: ")));
            }
        }
    }
    let numbers: Vec<Option<u8>> = d.sessions.iter().map(|s| s.number).collect();
    assert_eq!(
        numbers,
        [None, Some(1), Some(2), None, Some(3), Some(4), None]
    );
}

#[test]
fn slots_in_time_order_from_0945_to_1730() {
    let d = data();
    assert_eq!(d.slots.len(), 7);
    assert_eq!(d.slots.first().unwrap().start, "09:45");
    assert_eq!(d.slots.last().unwrap().end, "17:30");
    let mut prev_end = 0;
    for s in &d.slots {
        let (a, b) = (minutes(&s.start), minutes(&s.end));
        assert!(a < b, "{} ends before it starts", s.id);
        assert!(a >= prev_end, "{} overlaps the slot before", s.id);
        // the agenda has no gaps
        if prev_end > 0 {
            assert_eq!(a, prev_end, "gap before {}", s.id);
        }
        assert_eq!(s.id, format!("slot-{}", s.start.replace(':', "")));
        assert_eq!(s.source.section, "Annex 8");
        prev_end = b;
    }
}

#[test]
fn annex9_holds_session_4_before_session_3() {
    let d = data();
    let pos = |id: &str| session(&d, id).annex9_order.unwrap();
    assert!(pos("session-4") < pos("session-3"));
    assert!(pos("working-lunch") < pos("session-4"));
    let slot_of = |id: &str| d.slots.iter().position(|s| s.session_id == id).unwrap();
    assert!(slot_of("session-3") < slot_of("session-4"));
    assert!(d.data_notes.iter().any(|n| n.id == "annex9-session-order"));
    assert_eq!(session(&d, "opening").annex9_order, None);
}

#[test]
fn annex9_objectives_and_questions() {
    let d = data();
    // (session, objectives, questions) as counted in Annex 9
    for (id, o, q) in [
        ("session-1", 2, 4),
        ("session-2", 2, 2),
        ("working-lunch", 2, 2),
        ("session-4", 2, 4),
        ("session-3", 2, 3),
        ("opening", 0, 0),
        ("closing", 0, 0),
    ] {
        let s = session(&d, id);
        assert_eq!(s.objectives.len(), o, "objectives of {id}");
        assert_eq!(s.questions.len(), q, "questions of {id}");
        assert_eq!(s.questions_heading.is_some(), q > 0, "{id}");
    }
    let s2 = session(&d, "session-2");
    let labels: Vec<_> = s2.questions[0]
        .parts
        .iter()
        .map(|p| p.label.as_deref())
        .collect();
    assert_eq!(labels, [Some("a"), Some("b"), Some("c")]);
    assert!(s2.questions[0].parts[2]
        .text
        .contains("global policy on migration"));

    // working lunch and Session 4 share one list of objectives, but not their questions
    let wl = session(&d, "working-lunch");
    let s4 = session(&d, "session-4");
    assert_eq!(wl.objectives, s4.objectives);
    assert_eq!(wl.objectives_shared_with.as_deref(), Some("session-4"));
    assert_eq!(s4.objectives_shared_with.as_deref(), Some("working-lunch"));
    assert_ne!(wl.questions, s4.questions);
    assert_eq!(
        wl.questions_heading.as_deref(),
        Some("Working lunch discussion guide questions")
    );
    assert_eq!(
        s4.questions_heading.as_deref(),
        Some("Plenary discussion guide questions")
    );
}

fn norm(s: &str) -> String {
    s.replace('\u{2019}', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn titles_differ_where_recorded() {
    let d = data();
    for s in &d.sessions {
        if let Some(t) = &s.title_annex9 {
            assert_ne!(t, &s.title, "{}: title_annex9 should be null", s.id);
        }
    }
    // the Annex 9 title of the working lunch is the Annex 8 one, letter for letter
    assert_eq!(session(&d, "working-lunch").title_annex9, None);
    assert_eq!(
        session(&d, "session-1").title_annex9.as_deref(),
        Some("Inter-State consultation mechanisms on migration: Achievements and lessons learned")
    );
}

#[test]
fn brief_wording_only_where_it_differs() {
    let d = data();
    for s in &d.sessions {
        let Some(b) = &s.brief_wording else {
            assert!(
                s.annex9_order.is_none(),
                "{} is in the brief but has no brief wording",
                s.id
            );
            continue;
        };
        let a9_title = s.title_annex9.as_deref().unwrap_or(&s.title);
        if let Some(t) = &b.title {
            assert_ne!(
                norm(t),
                norm(a9_title),
                "{}: brief title is identical",
                s.id
            );
        }
        if let Some(o) = &b.objectives {
            let same = o.len() == s.objectives.len()
                && o.iter().zip(&s.objectives).all(|(x, y)| norm(x) == norm(y));
            assert!(!same, "{}: brief objectives are identical", s.id);
            assert_eq!(o.len(), s.objectives.len(), "{}", s.id);
        }
        if let Some(q) = &b.questions {
            let same = q.len() == s.questions.len()
                && q.iter().zip(&s.questions).all(|(x, y)| {
                    norm(&x.text) == norm(&y.text)
                        && x.parts.len() == y.parts.len()
                        && x.parts
                            .iter()
                            .zip(&y.parts)
                            .all(|(p, r)| norm(&p.text) == norm(&r.text))
                });
            assert!(!same, "{}: brief questions are identical", s.id);
        }
    }
    // the brief's working lunch and Session 3 questions are Annex 9's word for word
    assert_eq!(
        session(&d, "working-lunch")
            .brief_wording
            .as_ref()
            .unwrap()
            .questions,
        None
    );
    assert_eq!(
        session(&d, "session-3")
            .brief_wording
            .as_ref()
            .unwrap()
            .questions,
        None
    );
    // the brief's Session 1 questions are entirely different
    let s1 = session(&d, "session-1").brief_wording.as_ref().unwrap();
    assert_eq!(s1.questions.as_ref().unwrap().len(), 2);
    assert_eq!(
        s1.title.as_deref(),
        Some("Inter-State Consultation Mechanisms on Migration: Achievements and Lessons Learnt")
    );
    assert!(session(&d, "opening").brief_wording.is_none());
    assert!(session(&d, "closing").brief_wording.is_none());
}

#[test]
fn attendance_is_annex7() {
    let d = data();
    let a = &d.attending_iscm_ids;
    assert_eq!(a.len(), 27);
    assert_eq!(a.iter().collect::<HashSet<_>>().len(), 27);
    assert_eq!(a.first().unwrap(), "five-plus-five-dialogue");
    assert_eq!(a.last().unwrap(), "sacm");
    let absent: BTreeSet<&str> = common::ISCM_IDS
        .into_iter()
        .filter(|i| !a.iter().any(|x| x == i))
        .collect();
    assert_eq!(absent, BTreeSet::from(["arcp", "fibemyd", "midcas"]));
}

#[test]
fn lunch_groups() {
    let d = data();
    assert_eq!(d.lunch_groups.len(), 4);
    let lunch = d
        .slots
        .iter()
        .find(|s| s.session_id == "working-lunch")
        .unwrap();
    for (i, g) in d.lunch_groups.iter().enumerate() {
        assert_eq!(g.number as usize, i + 1);
        assert_eq!(g.co_facilitator_ids.len(), 2, "{}", g.id);
        for p in &g.co_facilitator_ids {
            assert!(
                lunch.roles.iter().any(|r| r.role == RoleKind::CoFacilitator
                    && &r.person_id == p
                    && r.group_id.as_deref() == Some(g.id.as_str())),
                "{p} is not a co-facilitator of {} in the lunch slot",
                g.id
            );
        }
        assert!(lunch
            .items
            .iter()
            .any(|it| it.kind == ItemKind::GroupDiscussion
                && it.group_id.as_deref() == Some(g.id.as_str())
                && it.people == g.co_facilitator_ids));
    }
    let names: Vec<&str> = d.lunch_groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Africa",
            "Americas",
            "Asia, Pacific and the Middle East",
            "Europe"
        ]
    );
    let cofac = lunch
        .roles
        .iter()
        .filter(|r| r.role == RoleKind::CoFacilitator)
        .count();
    assert_eq!(cofac, 8);
}

#[test]
fn four_rapporteurs_one_per_group() {
    let d = data();
    let raps: Vec<_> = d
        .slots
        .iter()
        .flat_map(|s| s.roles.iter().map(move |r| (s, r)))
        .filter(|(_, r)| r.role == RoleKind::Rapporteur)
        .collect();
    assert_eq!(raps.len(), 4);
    let mut groups = HashSet::new();
    for (s, r) in &raps {
        assert_eq!(s.session_id, "session-4");
        assert!(r.region.is_some());
        assert!(groups.insert(r.group_id.clone().expect("rapporteur group")));
    }
    let africa = raps
        .iter()
        .find(|(_, r)| r.region.as_deref() == Some("Africa"))
        .unwrap();
    assert_eq!(africa.1.person_id, "charles-obila");
    assert_eq!(africa.1.group_id.as_deref(), Some("group-1-africa"));
}

#[test]
fn people_appear_and_items_match_roles() {
    let d = data();
    let mut appearances: HashMap<&str, usize> = HashMap::new();
    for s in &d.slots {
        for r in &s.roles {
            *appearances.entry(r.person_id.as_str()).or_default() += 1;
        }
        for it in &s.items {
            for p in &it.people {
                assert!(
                    s.roles.iter().any(|r| &r.person_id == p),
                    "{p} delivers an item of {} but has no role there",
                    s.id
                );
            }
        }
        let moderators = s
            .roles
            .iter()
            .filter(|r| r.role == RoleKind::Moderator)
            .count();
        let expected = usize::from(s.session_id.starts_with("session-"));
        assert_eq!(moderators, expected, "moderators of {}", s.id);
    }
    for p in &d.people {
        assert!(
            appearances.contains_key(p.id.as_str()),
            "{} never appears",
            p.id
        );
    }
    assert_eq!(d.people.len(), 24);
    // the same person in two slots is one record
    assert_eq!(appearances["jill-helke"], 2);
    assert_eq!(appearances["charles-obila"], 2);
    assert_eq!(
        d.people.iter().filter(|p| p.name == "Jill Helke").count(),
        1
    );
    // the variant printing of a person belongs to a slot where the person appears
    for p in &d.people {
        for v in &p.variants {
            let s = d.slots.iter().find(|s| s.id == v.slot_id).unwrap();
            assert!(s.roles.iter().any(|r| r.person_id == p.id), "{}", p.id);
        }
    }
}

#[test]
fn capacities_are_consistent() {
    let d = data();
    for p in &d.people {
        let ids: Vec<&str> = p.mandates.iter().map(|m| m.iscm_id.as_str()).collect();
        let listed: Vec<&str> = p.iscm_ids.iter().map(String::as_str).collect();
        assert_eq!(ids, listed, "mandates of {}", p.id);
        match p.mandates.first() {
            Some(m) => assert_eq!(m.kind, p.capacity_kind, "{}", p.id),
            None => assert_eq!(p.capacity_kind, CapacityKind::Iom, "{}", p.id),
        }
        if p.capacity_kind == CapacityKind::Iom {
            assert!(p.iscm_ids.is_empty() && p.capacity.is_none(), "{}", p.id);
        }
        if let Some(c) = &p.capacity {
            let for_kind = matches!(
                p.capacity_kind,
                CapacityKind::ForChair
                    | CapacityKind::ForCoChair
                    | CapacityKind::ForSecretariat
                    | CapacityKind::ForIscm
            );
            assert_eq!(c.starts_with("for the "), for_kind, "{}: {c}", p.id);
        }
        assert!(
            ["H.E. Mr", "Mr", "Ms"].contains(&p.honorific.as_str()),
            "{}",
            p.id
        );
    }
}

#[test]
fn spoken_for_iscms_attended() {
    let d = data();
    let attending: HashSet<&str> = d.attending_iscm_ids.iter().map(String::as_str).collect();
    let noted: HashSet<&str> = d
        .data_notes
        .iter()
        .flat_map(|n| n.iscm_ids.iter().map(String::as_str))
        .collect();
    let mut spoken = BTreeSet::new();
    for p in &d.people {
        for i in &p.iscm_ids {
            spoken.insert(i.as_str());
            assert!(
                attending.contains(i.as_str()) || noted.contains(i.as_str()),
                "{} speaks for {i}, which did not attend and no data note says why",
                p.id
            );
        }
    }
    assert_eq!(spoken.len(), 19);
}

#[test]
fn spot_checks_from_annex_8() {
    let d = data();
    let moderator = |sid: &str| {
        let s = d.slots.iter().find(|s| s.session_id == sid).unwrap();
        let r = s
            .roles
            .iter()
            .find(|r| r.role == RoleKind::Moderator)
            .unwrap();
        person(&d, &r.person_id)
    };
    let m2 = moderator("session-2");
    assert_eq!(m2.name, "Paul Robert Tiendrebeogo");
    assert_eq!(m2.iscm_ids, ["rabat-process"]);
    assert_eq!(m2.capacity_kind, CapacityKind::Chair);

    let m1 = moderator("session-1");
    assert_eq!(m1.iscm_ids, ["igc"]);
    assert_eq!(m1.capacity_kind, CapacityKind::ForChair);
    assert_eq!(moderator("session-3").iscm_ids, ["gfmd"]);
    assert_eq!(moderator("session-4").iscm_ids, ["au-hoai"]);

    let kapofi = person(&d, "frans-kapofi");
    assert_eq!(kapofi.iscm_ids, ["midsa", "acp-eu-dialogue"]);
    assert_eq!(kapofi.mandates[1].kind, CapacityKind::CoChair);
    assert_eq!(kapofi.honorific, "H.E. Mr");
    assert_eq!(kapofi.post_nominals.as_deref(), Some("MP"));

    let beltrand = person(&d, "diego-beltrand");
    assert_eq!(beltrand.iscm_ids, ["sacm", "riam"]);
    assert!(beltrand
        .mandates
        .iter()
        .all(|m| m.kind == CapacityKind::HeadOfSecretariat));

    let obila = person(&d, "charles-obila");
    assert_eq!(obila.iscm_ids, ["mid-igad"]);
    assert_eq!(obila.capacity_kind, CapacityKind::ForChair);
    assert_eq!(obila.variants.len(), 1);
    assert_eq!(
        obila.variants[0].capacity_kind,
        CapacityKind::ForSecretariat
    );
    assert!(obila.capacity.as_deref().unwrap().contains(
        "Intergovernmental Authority on Development Regional Consultative Process on Migration"
    ));

    let helke = person(&d, "jill-helke");
    assert_eq!(helke.capacity_kind, CapacityKind::Iom);
    assert!(helke.iscm_ids.is_empty());

    // Session 2 has three titled presentations, Session 3 four speakers
    let s2 = d
        .slots
        .iter()
        .find(|s| s.session_id == "session-2")
        .unwrap();
    let pres: Vec<_> = s2
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Presentation)
        .collect();
    assert_eq!(pres.len(), 3);
    assert_eq!(
        pres[0].title.as_deref(),
        Some("Continent-wide free movement")
    );
    assert_eq!(pres[0].people, ["geoffrey-wafula-kundu"]);
    let s3 = d
        .slots
        .iter()
        .find(|s| s.session_id == "session-3")
        .unwrap();
    let speakers = s3
        .roles
        .iter()
        .filter(|r| r.role == RoleKind::Speaker)
        .count();
    assert_eq!(speakers, 4);
    let welcome = &d.slots[0].items[0];
    assert_eq!(welcome.title.as_deref(), Some("Statement of Welcome"));
    assert_eq!(welcome.people, ["antonio-vitorino"]);
}

#[test]
fn discussions_from_the_report() {
    let d = data();
    // lettered points: (a)-(g) in 3.9, (a)-(d) in 4.5, (a)-(g) in 5.4
    for (section_start, session_id, n) in [
        ("3.9.", "session-2", 7),
        ("4.5. GRCP 8", "session-3", 4),
        ("5.4.", "working-lunch", 7),
    ] {
        let pts: Vec<_> = d
            .discussions
            .iter()
            .filter(|x| x.source.section.starts_with(section_start))
            .collect();
        let lettered: Vec<&str> = pts.iter().filter_map(|x| x.label.as_deref()).collect();
        let expected: Vec<String> = ('a'..='g').take(n).map(String::from).collect();
        assert_eq!(lettered, expected, "{section_start}");
        assert!(pts.iter().all(|x| x.session_id == session_id));
        assert_eq!(pts.iter().filter(|x| x.label.is_none()).count(), 1);
    }
    for x in &d.discussions {
        assert_eq!(x.source.doc, "report");
        assert!(!x.text.contains("**"), "{}", x.id);
        if let Some(h) = &x.highlight {
            assert!(x.text.contains(h.as_str()), "{}", x.id);
        }
    }
    let pafom = d
        .discussions
        .iter()
        .find(|x| x.id == "synergies-e")
        .unwrap();
    assert_eq!(pafom.iscm_ids, ["pafom"]);
}

#[test]
fn data_notes_are_complete() {
    let d = data();
    assert!(d.data_notes.len() >= 10);
    for n in &d.data_notes {
        assert!(!n.issue.trim().is_empty() && !n.resolution.trim().is_empty());
        assert!(!n.sources.is_empty(), "{}", n.id);
    }
    for id in [
        "igc-chair-at-grcp8",
        "mid-igad-name-in-agenda",
        "obila-two-capacities",
        "pafom-chair",
        "working-lunch-session-4-shared",
    ] {
        assert!(d.data_notes.iter().any(|n| n.id == id), "missing note {id}");
    }
}

#[test]
fn no_markup_left_in_text() {
    // markup may only be named inside data notes, not in records
    let d = data();
    let mut v = serde_json::to_value(&d).unwrap();
    v["data_notes"] = serde_json::Value::Null;
    let text = v.to_string();
    for bad in ["<b>", "</b>", "<p>", "</p>", "**", "\\*"] {
        assert!(!text.contains(bad), "markup {bad} left in records");
    }
}
