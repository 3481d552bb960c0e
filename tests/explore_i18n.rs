//! The explorer's pure logic in French and Spanish (issue #8): interface labels follow the
//! language, the dataset's own names stay English, and English is unchanged.

mod common;

use iscm_explorer::dataset::context::Context;
use iscm_explorer::dataset::grcp8::Grcp8;
use iscm_explorer::dataset::iscms::IscmKind;
use iscm_explorer::dataset::site_search::{HitKind, SiteIndex};
use iscm_explorer::explore::compare::{compare_rows, compare_rows_in};
use iscm_explorer::explore::filter::{facet_options, facet_options_in, facet_values_in};
use iscm_explorer::explore::query::{FacetKind, Query};
use iscm_explorer::i18n::Lang;

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn type_labels_keep_acronyms_and_translate_global_processes() {
    let data = common::dataset();
    for lang in Lang::ALL {
        assert_eq!(data.type_label_in(IscmKind::Rcp, lang), "RCP");
        assert_eq!(data.type_label_in(IscmKind::Irf, lang), "IRF");
    }
    assert_eq!(
        data.type_label_in(IscmKind::Global, Lang::En),
        data.type_label(IscmKind::Global)
    );
    assert_eq!(
        data.type_label_in(IscmKind::Global, Lang::Fr),
        "Processus mondial sur la migration"
    );
    assert_eq!(
        data.type_label_in(IscmKind::Global, Lang::Es),
        "Proceso mundial sobre migración"
    );
}

#[test]
fn yes_no_options_are_translated_and_names_are_not() {
    let data = common::dataset();
    let query = Query::default();
    let labels = |lang, facet| -> Vec<String> {
        facet_options_in(data, &query, None, facet, lang)
            .into_iter()
            .map(|o| o.label)
            .collect()
    };
    assert_eq!(labels(Lang::Fr, FacetKind::Survey), ["Oui", "Non"]);
    assert_eq!(labels(Lang::Es, FacetKind::Grcp8), ["Sí", "No"]);
    assert_eq!(
        labels(Lang::Fr, FacetKind::Region),
        labels(Lang::En, FacetKind::Region),
        "region names are the dataset's"
    );
    // English is what it was, counts are the same in every language.
    for facet in FacetKind::ALL {
        let english = facet_options(data, &query, None, facet);
        assert_eq!(
            english,
            facet_options_in(data, &query, None, facet, Lang::En)
        );
        let french = facet_options_in(data, &query, None, facet, Lang::Fr);
        let counts = |list: &[_]| {
            list.iter()
                .map(|o: &iscm_explorer::explore::FacetOption| (o.filter.clone(), o.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(counts(&english), counts(&french), "{facet:?}");
    }
    assert_eq!(
        facet_values_in(data, FacetKind::Associated, Lang::En)[0].1,
        "Yes"
    );
}

#[test]
fn comparison_rows_speak_the_language_and_keep_the_cells() {
    let data = common::dataset();
    let chosen = ids(&["igc", "gfmd"]);
    let english = compare_rows(data, &chosen);
    assert_eq!(english, compare_rows_in(data, &chosen, Lang::En));
    let french = compare_rows_in(data, &chosen, Lang::Fr);
    let spanish = compare_rows_in(data, &chosen, Lang::Es);
    let labels = |rows: &[iscm_explorer::explore::CompareRow]| {
        rows.iter().map(|r| r.label).collect::<Vec<_>>()
    };
    assert_eq!(labels(&french)[1], "États membres");
    assert_eq!(labels(&spanish)[5], "Presidencia en ejercicio");
    assert_eq!(labels(&french).last(), Some(&"A participé à la GRCP 8"));
    // The Annex 2 cells are the dataset's, in every language.
    assert_eq!(english[5].values, french[5].values);
    let yes_no = |english: &str| if english == "Yes" { "Sí" } else { "No" }.to_string();
    for (en, es) in english.iter().zip(&spanish).skip(english.len() - 2) {
        let translated: Vec<Vec<String>> = en
            .values
            .iter()
            .map(|cell| cell.iter().map(|v| yes_no(v)).collect())
            .collect();
        assert_eq!(es.values, translated);
    }
    for (en, fr) in english.iter().zip(&french) {
        assert_eq!(en.differs, fr.differs);
    }
}

#[test]
fn search_groups_and_lines_follow_the_language() {
    let agenda: Grcp8 = serde_json::from_str(&common::data_file("grcp8.json")).unwrap();
    let context: Context = serde_json::from_str(&common::data_file("context.json")).unwrap();
    let data = common::dataset();
    assert_eq!(
        HitKind::Person.label_in(Lang::Fr),
        "Participants à la GRCP 8"
    );
    assert_eq!(HitKind::Glossary.label_in(Lang::Es), "Glosario");
    assert_eq!(HitKind::Finding.label(), "Findings of the 2019 assessment");

    let french = SiteIndex::build_in(data, Some(&agenda), Some(&context), Lang::Fr);
    let english = SiteIndex::build(data, Some(&agenda), Some(&context));
    let themes = french.search("biometrics", 5);
    let theme = &themes
        .iter()
        .find(|g| g.kind == HitKind::Theme)
        .unwrap()
        .shown[0];
    assert_eq!(theme.detail, "2 ISCM y travaillent (annexe 10)");
    assert!(!theme.detail_is_data);
    let slots = french.search("opening", 5);
    let slot = &slots
        .iter()
        .find(|g| g.kind == HitKind::AgendaSlot)
        .unwrap()
        .shown[0];
    assert!(slot.detail.ends_with(", 5 avril 2019"), "{}", slot.detail);
    // The same records are found whatever the interface's language.
    for needle in ["migration", "work", "april", "gfmd"] {
        let totals = |index: &SiteIndex| {
            index
                .search(needle, 0)
                .iter()
                .map(|g| (g.kind, g.total))
                .collect::<Vec<_>>()
        };
        assert_eq!(totals(&english), totals(&french), "{needle}");
    }
}
