//! The pure logic of the topic pages, against `context.json` and `statements.json`: the
//! timeline's order, kinds and URL filter; findings by box and heading; figures as printed;
//! the ISCMs named on the Global Compact; the data notes each page shows.

mod common;

use iscm_explorer::dataset::context::{
    Context, EventKind, FigureUnit, FindingGroup, InactiveStatus,
};
use iscm_explorer::dataset::glossary::{
    datetime_attr, finding_group_title, findings_grouped, format_value, group_in_order,
    iscms_with_statements, kind_counts, kind_from_id, kind_from_query, kind_id, kind_label,
    kind_query, section_head, status_label, timeline_by_year, topic_note_ids, unit_label,
    EVENT_KINDS, FINDING_GROUPS,
};
use iscm_explorer::dataset::statements::{StatementsFile, Topic as StatementTopic};
use iscm_explorer::dataset::Dataset;
use iscm_explorer::route::Topic;

fn context() -> Context {
    Context::from_json(&common::data_file("context.json")).expect("context.json parses")
}

fn core() -> Dataset {
    serde_json::from_str(&common::data_file("iscms.json")).expect("iscms.json parses")
}

fn statements() -> StatementsFile {
    serde_json::from_str(&common::data_file("statements.json")).expect("statements.json parses")
}

#[test]
fn the_timeline_is_in_year_order_with_every_event() {
    let context = context();
    let years = timeline_by_year(&context.timeline, None);
    let shown: usize = years.iter().map(|(_, events)| events.len()).sum();
    assert_eq!(shown, context.timeline.len());
    assert_eq!(context.timeline.len(), 62);
    // Years strictly increase from group to group, and each group holds only its year.
    assert!(years.windows(2).all(|w| w[0].0 < w[1].0));
    for (year, events) in &years {
        assert!(events.iter().all(|event| event.year == *year));
    }
    assert_eq!(years.first().unwrap().0, 1985);
    // Within a year, the file's order is kept (the sort is stable).
    for (year, events) in &years {
        let in_file: Vec<&str> = context
            .timeline
            .iter()
            .filter(|e| e.year == *year)
            .map(|e| e.id.as_str())
            .collect();
        let shown: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(in_file, shown, "{year}");
    }
}

#[test]
fn the_timeline_is_sorted_even_if_the_file_is_not() {
    let mut context = context();
    context.timeline.reverse();
    let years: Vec<i32> = timeline_by_year(&context.timeline, None)
        .iter()
        .map(|(year, _)| *year)
        .collect();
    let mut sorted = years.clone();
    sorted.sort();
    assert_eq!(years, sorted);
}

#[test]
fn timeline_kinds_count_and_filter() {
    let context = context();
    let counts = kind_counts(&context.timeline);
    assert_eq!(
        counts.iter().map(|(_, n)| n).sum::<usize>(),
        context.timeline.len()
    );
    let count = |kind| counts.iter().find(|(k, _)| *k == kind).map(|(_, n)| *n);
    assert_eq!(count(EventKind::IscmFounded), Some(30));
    assert_eq!(count(EventKind::Grcp), Some(4));
    assert_eq!(count(EventKind::Milestone), Some(17));
    // Every ISCM of Annex 2 is founded exactly once, in its Annex 2 year (the EaP Panel's
    // later dates are other kinds).
    let data = core();
    for iscm in &data.iscms {
        let founded: Vec<_> = context
            .timeline
            .iter()
            .filter(|e| e.kind == EventKind::IscmFounded && e.iscm_ids == [iscm.id.clone()])
            .collect();
        assert_eq!(founded.len(), 1, "{}", iscm.id);
        assert_eq!(
            founded[0].year,
            i32::from(iscm.established_year),
            "{}",
            iscm.id
        );
    }
    for (kind, n) in &counts {
        let filtered = timeline_by_year(&context.timeline, Some(*kind));
        let events: Vec<_> = filtered.iter().flat_map(|(_, e)| e).collect();
        assert_eq!(events.len(), *n);
        assert!(events.iter().all(|e| e.kind == *kind));
    }
}

#[test]
fn kinds_have_ids_labels_and_a_url_form() {
    for kind in EVENT_KINDS {
        // The id is the JSON's.
        let json = serde_json::to_string(&kind).unwrap();
        assert_eq!(json, format!("\"{}\"", kind_id(kind)));
        assert_eq!(kind_from_id(kind_id(kind)), Some(kind));
        assert!(!kind_label(kind).is_empty());
        assert_eq!(kind_from_query(&kind_query(Some(kind))), Some(kind));
    }
    let labels: std::collections::HashSet<_> = EVENT_KINDS.into_iter().map(kind_label).collect();
    assert_eq!(labels.len(), EVENT_KINDS.len());
    assert_eq!(kind_query(None), "");
    assert_eq!(kind_from_query(""), None);
    assert_eq!(kind_from_query("kind=grcp"), Some(EventKind::Grcp));
    assert_eq!(
        kind_from_query("x=1&kind=iscm%2Dfounded"),
        Some(EventKind::IscmFounded)
    );
    assert_eq!(
        kind_from_query("kind=nope&kind=assessment"),
        Some(EventKind::Assessment)
    );
    for hostile in [
        "kind=<script>",
        "kind",
        "kind=",
        "KIND=grcp",
        "kind=%ZZ",
        "&&&=",
    ] {
        assert_eq!(kind_from_query(hostile), None, "{hostile}");
    }
}

#[test]
fn dates_get_a_machine_readable_form() {
    assert_eq!(datetime_attr(Some("5 April 2019"), 2019), "2019-04-05");
    assert_eq!(datetime_attr(Some("July 2018"), 2018), "2018-07");
    assert_eq!(datetime_attr(Some("10 and 11 October 2017"), 2017), "2017");
    assert_eq!(datetime_attr(Some("5–13 September 1994"), 1994), "1994");
    assert_eq!(datetime_attr(Some("5 April 2018"), 2019), "2019");
    assert_eq!(datetime_attr(Some("40 April 2019"), 2019), "2019");
    assert_eq!(datetime_attr(None, 1985), "1985");
    // Every date of the timeline gives a valid value starting with the event's year.
    for event in &context().timeline {
        let value = datetime_attr(event.date.as_deref(), event.year);
        assert!(value.starts_with(&event.year.to_string()), "{}", event.id);
        assert!(matches!(value.len(), 4 | 7 | 10), "{value}");
    }
}

#[test]
fn grcp_meetings_keep_unstated_years_unstated() {
    let context = context();
    let numbers: Vec<Option<u8>> = context.grcp_meetings.iter().map(|m| m.number).collect();
    assert_eq!(
        numbers,
        [None, Some(3), Some(4), Some(5), Some(6), Some(7), Some(8)]
    );
    let unstated: Vec<&str> = context
        .grcp_meetings
        .iter()
        .filter(|m| m.year.is_none())
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(unstated, ["global-meeting-2009", "grcp-3", "grcp-5"]);
}

#[test]
fn inactive_iscms_have_a_status_label_and_valid_successors() {
    let context = context();
    let data = core();
    for iscm in &context.inactive_iscms {
        assert!(!status_label(iscm.status).is_empty());
        if let Some(id) = &iscm.successor_iscm_id {
            assert!(data.iscm(id).is_some(), "{id}");
        }
    }
    let soderkoping = context
        .inactive_iscms
        .iter()
        .find(|i| i.id == "soderkoping-process")
        .unwrap();
    assert_eq!(soderkoping.status, InactiveStatus::Transformed);
    assert_eq!(soderkoping.successor_iscm_id.as_deref(), Some("eap-panel"));
}

#[test]
fn findings_are_grouped_by_box_then_heading() {
    let context = context();
    let grouped = findings_grouped(&context.findings);
    let groups: Vec<FindingGroup> = grouped.iter().map(|(g, _)| *g).collect();
    assert_eq!(groups, FINDING_GROUPS);
    let total: usize = grouped
        .iter()
        .flat_map(|(_, headings)| headings.iter().map(|(_, f)| f.len()))
        .sum();
    assert_eq!(total, context.findings.len());
    for (group, headings) in &grouped {
        // Headings are distinct within a group and hold only their own findings.
        let names: Vec<&str> = headings.iter().map(|(h, _)| *h).collect();
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{group:?}");
        for (heading, findings) in headings {
            assert!(findings
                .iter()
                .all(|f| f.group == *group && f.heading == *heading));
        }
    }
    let box1: Vec<&str> = grouped[0].1.iter().map(|(h, _)| *h).collect();
    assert_eq!(
        &box1[..4],
        [
            "Strategies",
            "Added value",
            "Regional approach",
            "Monitoring"
        ]
    );
    assert!(finding_group_title(FindingGroup::Box2).starts_with("Box 2. "));
    assert_eq!(finding_group_title(FindingGroup::Chapter6), "6. Findings");
    // The titles are the report's.
    let report = common::seed("001_7939c0f69ec3242d.txt");
    for group in FINDING_GROUPS {
        let title = finding_group_title(group);
        assert!(
            report.to_lowercase().contains(&title.to_lowercase()),
            "{title}"
        );
    }
}

#[test]
fn group_in_order_keeps_first_appearance_order() {
    let grouped = group_in_order([3, 1, 3, 2, 1], |n| *n);
    assert_eq!(grouped, [(3, vec![3, 3]), (1, vec![1, 1]), (2, vec![2])]);
    let empty: Vec<(i32, Vec<i32>)> = group_in_order(Vec::<i32>::new(), |n| *n);
    assert!(empty.is_empty());
}

#[test]
fn review_sections_group_under_their_top_heading() {
    assert_eq!(section_head("Executive summary"), "Executive summary");
    assert_eq!(
        section_head("1. Introduction › Background"),
        "1. Introduction"
    );
    assert_eq!(
        section_head(
            "3. From global back to regional?: analysis of survey and telephone interview responses › Overview of responses"
        ),
        "3. From global back to regional?"
    );
    assert_eq!(
        section_head("3. From global back to regional? › Key findings › (i) Engagement"),
        "3. From global back to regional?"
    );
    let context = context();
    let heads: Vec<String> = group_in_order(&context.gcm_review_findings, |p| {
        section_head(&p.source.section).to_string()
    })
    .into_iter()
    .map(|(head, _)| head)
    .collect();
    assert_eq!(
        heads,
        [
            "Executive summary",
            "1. Introduction",
            "2. From regional to global",
            "3. From global back to regional?"
        ]
    );
}

#[test]
fn figures_are_shown_as_stated() {
    assert_eq!(format_value(22.0, FigureUnit::Count), "22");
    assert_eq!(format_value(70.0, FigureUnit::Percent), "70%");
    assert_eq!(format_value(2.5, FigureUnit::Count), "2.5");
    assert_eq!(format_value(0.0, FigureUnit::Count), "0");
    assert_eq!(unit_label(FigureUnit::Percent), "percent");
    assert_eq!(unit_label(FigureUnit::Count), "count");
    let context = context();
    for figure in context
        .survey_figures
        .iter()
        .chain(&context.gcm_review_figures)
    {
        let shown = format_value(figure.value, figure.unit);
        assert!(!shown.ends_with(".0") && !shown.contains(".0%"), "{shown}");
        // The sentence holds the words that state the number.
        assert!(
            figure.text.contains(&figure.wording)
                || figure.figure.is_some()
                || figure.wording.contains('…'),
            "{}: {:?} not in {:?}",
            figure.id,
            figure.wording,
            figure.text
        );
    }
}

#[test]
fn gcm_page_lists_the_iscms_named_on_the_compact() {
    let data = core();
    let file = statements();
    let iscms = iscms_with_statements(&data, &file, StatementTopic::Gcm);
    assert_eq!(iscms.len(), 21);
    // Annex 2 order, counts as in the file.
    let rows: Vec<u16> = iscms.iter().map(|(iscm, _)| iscm.row).collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]));
    for (iscm, count) in &iscms {
        let expected = file
            .statements
            .iter()
            .filter(|s| s.topic == StatementTopic::Gcm && s.iscm_ids.contains(&iscm.id))
            .count();
        assert_eq!(*count, expected);
        assert!(*count > 0);
    }
    let count_of = |id: &str| iscms.iter().find(|(i, _)| i.id == id).map(|(_, n)| *n);
    assert_eq!(count_of("arcp"), Some(9));
    assert_eq!(count_of("commit"), None);
    // Every ISCM the footnote 61 list names took a position and is listed.
    let context = context();
    let positions = context
        .gcm
        .iter()
        .find(|p| p.id == "positions-list")
        .unwrap();
    for id in &positions.iscm_ids {
        assert!(count_of(id).is_some(), "{id}");
    }
}

#[test]
fn passages_name_only_iscms_of_annex_2() {
    let context = context();
    let data = core();
    let lists = [
        &context.gcm,
        &context.agenda_2030,
        &context.gcm_review_findings,
        &context.contributions,
        &context.characteristics,
    ];
    for passage in lists.into_iter().flatten() {
        for id in &passage.iscm_ids {
            assert!(data.iscm(id).is_some(), "{}: {id}", passage.id);
        }
    }
    for event in &context.timeline {
        for id in &event.iscm_ids {
            assert!(data.iscm(id).is_some(), "{}: {id}", event.id);
        }
    }
}

#[test]
fn every_page_shows_existing_data_notes_once() {
    let context = context();
    let pages = Topic::ALL.into_iter().map(Some).chain([None]);
    for page in pages {
        let ids = topic_note_ids(page);
        assert!(!ids.is_empty(), "{page:?}");
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{page:?}");
        for id in ids {
            assert!(
                context.data_notes.iter().any(|note| note.id == *id),
                "{page:?}: no data note {id}"
            );
        }
    }
}

#[test]
fn the_pages_have_their_records() {
    let context = context();
    let definitions: Vec<&str> = context.definitions.iter().map(|d| d.id.as_str()).collect();
    for id in [
        "iscm",
        "rcp",
        "irf",
        "global-process",
        "migration-governance",
    ] {
        assert!(definitions.contains(&id), "{id}");
    }
    // Both wordings where the report and the web page differ.
    let iscm = &context.definitions[0];
    assert!(iscm.variants.iter().any(|v| v.source.doc == "iom-web-page"));
    assert_eq!(context.governance_phases.len(), 3);
    let numbers: Vec<u8> = context.governance_phases.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert_eq!(context.governance_levels.len(), 7);
    let r = &context.assessment.respondents;
    assert_eq!(
        (r.iscms.count, r.states.count, r.organizations.count),
        (22, 46, 3)
    );
    for share in [&r.iscms.share, &r.states.share, &r.organizations.share] {
        assert!(r.text.contains(share.as_str()), "{share}");
    }
    assert!(context.agenda_2030.iter().any(|p| p.text.contains("10.7")));
    assert!(context.gcm.iter().any(|p| p.id == "grcp-7-highlights"));
}
