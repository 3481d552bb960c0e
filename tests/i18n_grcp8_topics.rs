//! The GRCP 8 and topic pages' labels in the three languages (issue #8): the English results
//! are those the views always showed; French and Spanish follow their own conventions.

mod common;

use iscm_explorer::dataset::agenda::{
    filter_summary, format_date, format_date_in, format_time, item_kind_name, role_name,
    AgendaParams,
};
use iscm_explorer::dataset::context::{printed_date, Context, EventKind, FigureUnit};
use iscm_explorer::dataset::glossary::{format_value, kind_label, status_label, unit_label};
use iscm_explorer::dataset::grcp8::{Grcp8, ItemKind, RoleKind};
use iscm_explorer::dataset::Dataset;
use iscm_explorer::i18n::Lang;
use iscm_explorer::route::Topic;

fn agenda() -> Grcp8 {
    serde_json::from_str(&common::data_file("grcp8.json")).expect("grcp8.json parses")
}

fn core() -> Dataset {
    serde_json::from_str(&common::data_file("iscms.json")).expect("iscms.json parses")
}

fn context() -> Context {
    Context::from_json(&common::data_file("context.json")).expect("context.json parses")
}

#[test]
fn the_meeting_date_and_times_follow_the_language() {
    let date = &agenda().meeting.date;
    assert_eq!(format_date_in(Lang::En, date), format_date(date));
    assert_eq!(format_date_in(Lang::Fr, date).unwrap(), "5 avril 2019");
    assert_eq!(
        format_date_in(Lang::Es, date).unwrap(),
        "5 de abril de 2019"
    );
    assert_eq!(format_date_in(Lang::Fr, "2019-4-5"), None);
    // CLDR short times: "HH:mm" in English (as the agenda prints) and French, "H:mm" in Spanish.
    assert_eq!(format_time(Lang::En, "09:45"), "09:45");
    assert_eq!(format_time(Lang::Fr, "09:45"), "09:45");
    assert_eq!(format_time(Lang::Es, "09:45"), "9:45");
    assert_eq!(format_time(Lang::Es, "13:00"), "13:00");
    assert_eq!(format_time(Lang::Es, "0"), "0");
}

#[test]
fn roles_and_programme_lines_are_named_in_each_language() {
    assert_eq!(role_name(Lang::En, RoleKind::Moderator), "Moderator");
    assert_eq!(role_name(Lang::Fr, RoleKind::Moderator), "Modérateur");
    assert_eq!(role_name(Lang::Es, RoleKind::Rapporteur), "Relator");
    assert_eq!(
        role_name(Lang::En, RoleKind::CoFacilitator),
        "Co-facilitator"
    );
    assert_eq!(
        item_kind_name(Lang::En, ItemKind::RapporteurReports),
        "Reports of the rapporteurs"
    );
    assert_eq!(item_kind_name(Lang::Es, ItemKind::Panel), "Mesa redonda");
}

#[test]
fn the_agenda_filter_status_speaks_each_language() {
    let (agenda, core) = (agenda(), core());
    let all = AgendaParams::default();
    assert_eq!(
        filter_summary(Lang::En, &agenda, &core, &all, 7),
        "Showing all 7 agenda slots."
    );
    assert_eq!(
        filter_summary(Lang::Fr, &agenda, &core, &all, 7),
        "Affichage des 7 points de l’ordre du jour."
    );
    let europe = AgendaParams {
        group: Some("group-4-europe".to_string()),
        iscm: None,
    };
    assert_eq!(
        filter_summary(Lang::En, &agenda, &core, &europe, 2),
        "Showing 2 of 7 agenda slots, filtered by working-lunch group “Europe”."
    );
    assert_eq!(
        filter_summary(Lang::Es, &agenda, &core, &europe, 2),
        "Se muestran 2 de 7 puntos del programa, filtrados por grupo del almuerzo de trabajo «Europe»."
    );
    let both = AgendaParams {
        group: Some("group-4-europe".to_string()),
        iscm: Some("budapest-process".to_string()),
    };
    let french = filter_summary(Lang::Fr, &agenda, &core, &both, 1);
    assert!(french.contains(" et ISCM «\u{a0}"), "{french}");
}

#[test]
fn topic_titles_keep_their_english_and_have_french_and_spanish() {
    assert_eq!(Topic::Governance.title(), "Migration governance");
    assert_eq!(Topic::Timeline.title(), "Timeline of migration governance");
    assert_eq!(
        Topic::Governance.title_in(Lang::Fr),
        "Gouvernance des migrations"
    );
    assert_eq!(
        Topic::Agenda2030.title_in(Lang::Es),
        "Los ISCM y la Agenda 2030"
    );
    for topic in Topic::ALL {
        assert_eq!(topic.title(), topic.title_in(Lang::En));
        for lang in [Lang::Fr, Lang::Es] {
            assert_ne!(topic.title_in(lang), topic.title());
            assert_ne!(topic.description_in(lang), topic.description_in(Lang::En));
        }
    }
}

#[test]
fn event_kinds_statuses_and_figures_keep_their_english() {
    let context = context();
    for event in &context.timeline {
        assert_eq!(event.kind.label(Lang::En), kind_label(event.kind));
    }
    for iscm in &context.inactive_iscms {
        assert_eq!(iscm.status.label(Lang::En), status_label(iscm.status));
    }
    for figure in context
        .survey_figures
        .iter()
        .chain(&context.gcm_review_figures)
    {
        assert_eq!(
            figure.unit.format(Lang::En, figure.value),
            format_value(figure.value, figure.unit)
        );
        assert_eq!(figure.unit.label(Lang::En), unit_label(figure.unit));
    }
    assert_eq!(EventKind::Grcp.label(Lang::Fr), "Réunion GRCP");
    assert_eq!(FigureUnit::Percent.format(Lang::Fr, 70.0), "70\u{202f}%");
    assert_eq!(FigureUnit::Count.format(Lang::Es, 2.5), "2,5");
    assert_eq!(FigureUnit::Percent.label(Lang::Es), "por ciento");
}

#[test]
fn printed_dates_are_written_in_the_language_when_they_are_plain() {
    assert_eq!(
        printed_date(Lang::Fr, "5 April 2019").unwrap(),
        "5 avril 2019"
    );
    assert_eq!(
        printed_date(Lang::Es, "July 2018").unwrap(),
        "julio de 2018"
    );
    assert_eq!(
        printed_date(Lang::En, "19 December 2018").unwrap(),
        "19 December 2018"
    );
    assert_eq!(printed_date(Lang::Fr, "10 and 11 October 2017"), None);
    assert_eq!(printed_date(Lang::Fr, "5–13 September 1994"), None);
}
