//! Filtering, sorting and facet counts against the real dataset, with hand-checked numbers.

use iscm_explorer::dataset::iscms::IscmKind;
use iscm_explorer::explore::filter::{
    bounds, facet_options, facet_values, matches, option_states, results, FacetOption, OptionState,
};
use iscm_explorer::explore::query::{FacetKind, Filter, Query, Sort, SortKey, ThemeMode};

mod common;

use common::dataset as data;

use common::statements;

fn ids(query: &Query) -> Vec<&'static str> {
    results(data(), query, None)
        .into_iter()
        .map(|i| i.id.as_str())
        .collect()
}

fn q(text: &str) -> Query {
    Query::parse(text)
}

fn option<'a>(options: &'a [FacetOption], label: &str) -> &'a FacetOption {
    options
        .iter()
        .find(|o| o.label == label)
        .unwrap_or_else(|| panic!("no option {label:?} in {options:?}"))
}

#[test]
fn no_filter_gives_all_thirty_in_row_order() {
    let all = ids(&Query::default());
    assert_eq!(all, common::ISCM_IDS);
}

#[test]
fn biometrics_is_igc_and_the_prague_process() {
    assert_eq!(ids(&q("theme=biometrics")), ["igc", "prague-process"]);
    assert_eq!(ids(&q("theme=biometrics&type=irf")), ["igc"]);
    assert_eq!(ids(&q("theme=biometrics&type=rcp")), ["prague-process"]);
    assert_eq!(ids(&q("theme=biometrics&type=global")), Vec::<&str>::new());
}

#[test]
fn types_count_17_12_1_and_combine_with_or() {
    assert_eq!(ids(&q("type=rcp")).len(), 17);
    assert_eq!(ids(&q("type=irf")).len(), 12);
    assert_eq!(ids(&q("type=global")), ["gfmd"]);
    assert_eq!(ids(&q("type=rcp&type=global")).len(), 18);
    assert_eq!(ids(&q("type=rcp&type=irf&type=global")).len(), 30);
}

#[test]
fn regions_roles_and_secretariats_combine_with_or() {
    assert_eq!(
        ids(&q("type=rcp&region=africa")),
        ["au-hoai", "mid-igad", "midcas", "midsa", "midwa", "midcom"]
    );
    assert_eq!(ids(&q("region=pacific")), ["pidc"]);
    assert_eq!(ids(&q("region=pacific&region=global")), ["gfmd", "pidc"]);
    assert_eq!(
        ids(&q("iom=member")),
        ["bali-process", "budapest-process", "igc"]
    );
    assert_eq!(ids(&q("sec=iom")).len(), 10);
    assert_eq!(ids(&q("sec=iom&sec=icmpd")).len(), 14);
    // An id the dataset does not know selects nothing (on its own) and adds nothing (in OR).
    assert!(ids(&q("region=mars")).is_empty());
    assert_eq!(ids(&q("region=pacific&region=mars")), ["pidc"]);
}

#[test]
fn themes_all_and_any() {
    let asylum = ids(&q("theme=asylum"));
    assert_eq!(asylum.len(), 10);
    assert_eq!(
        ids(&q("theme=asylum&theme=biometrics")),
        ["igc", "prague-process"]
    );
    assert_eq!(
        ids(&q("theme=asylum&theme=biometrics&themes=any")).len(),
        10
    );
    // Any mode with one theme is that theme.
    assert_eq!(ids(&q("theme=asylum&themes=any")), asylum);
    // The mode alone filters nothing.
    assert_eq!(ids(&q("themes=any")).len(), 30);
}

#[test]
fn commit_never_matches_a_theme_filter() {
    let data = data();
    let commit = data.iscm("commit").unwrap();
    assert!(commit.theme_ids.is_none());
    for theme in &data.themes {
        for mode in ["", "&themes=any"] {
            let query = q(&format!("theme={}{mode}", theme.id));
            assert!(!matches(data, commit, &query, None), "{}", theme.id);
        }
    }
    let every_theme: String = data
        .themes
        .iter()
        .map(|t| format!("theme={}&", t.id))
        .collect();
    assert!(!ids(&q(&format!("{every_theme}themes=any"))).contains(&"commit"));
    // COMMIT is still found by everything else.
    assert!(ids(&q("type=rcp&region=asia")).contains(&"commit"));
}

#[test]
fn unclear_themes_do_not_count() {
    // Migration and development cannot be read for several ISCMs (garbled Annex 10 row).
    let data = data();
    let unclear: Vec<&str> = data
        .iscms
        .iter()
        .filter(|i| {
            i.theme_ids_unclear
                .iter()
                .any(|t| t == "migration-and-development")
        })
        .map(|i| i.id.as_str())
        .collect();
    assert!(!unclear.is_empty());
    let found = ids(&q("theme=migration-and-development"));
    for id in unclear {
        assert!(!found.contains(&id), "{id}");
    }
}

#[test]
fn ranges_are_inclusive() {
    assert_eq!(
        ids(&q("members-min=7&members-max=8")),
        ["au-hoai", "almaty-process", "ocam", "mid-igad"]
    );
    assert_eq!(ids(&q("members-min=195")), ["gfmd"]);
    assert_eq!(ids(&q("members-max=6")), ["commit"]);
    assert_eq!(
        ids(&q("from=2014&to=2014")),
        ["au-hoai", "khartoum-process"]
    );
    assert_eq!(ids(&q("to=1985")), ["igc"]);
    assert_eq!(ids(&q("from=2016")), ["cmc"]);
    assert!(ids(&q("from=2017")).is_empty());
    assert!(ids(&q("members-min=9&members-max=8")).is_empty());
}

#[test]
fn flags() {
    assert_eq!(ids(&q("assoc=yes")).len(), 17);
    assert_eq!(ids(&q("assoc=no")).len(), 13);
    assert!(ids(&q("assoc=no")).contains(&"igc"));
    let data = data();
    assert_eq!(
        ids(&q("survey=yes")).len(),
        data.participation.survey_iscm_count as usize
    );
    assert_eq!(
        ids(&q("grcp8=yes")).len(),
        data.participation.grcp8_iscm_count as usize
    );
    assert_eq!(ids(&q("grcp8=no")), ["arcp", "fibemyd", "midcas"]);
    assert_eq!(
        ids(&q("survey=yes&grcp8=yes")).len(),
        data.participation.both_count as usize
    );
}

#[test]
fn sort_by_members() {
    let desc = ids(&q("sort=-members"));
    assert_eq!(
        &desc[..4],
        ["gfmd", "acp-eu-dialogue", "eu-celac-md", "rabat-process"]
    );
    assert_eq!(
        data().iscm(desc[0]).unwrap().member_states,
        195,
        "GFMD with 195 first"
    );
    let asc = ids(&q("sort=members"));
    // Ties keep row order: Almaty (row 4) before MID-IGAD (row 18), AU-HoAI (2) before OCAM (9).
    assert_eq!(
        &asc[..5],
        ["commit", "almaty-process", "mid-igad", "au-hoai", "ocam"]
    );
    // In descending order too, ties keep row order.
    assert_eq!(
        &desc[desc.len() - 5..],
        ["au-hoai", "ocam", "almaty-process", "mid-igad", "commit"]
    );
}

#[test]
fn sort_by_founded_name_themes_and_fact() {
    assert_eq!(
        &ids(&q("sort=founded"))[..4],
        ["igc", "budapest-process", "pidc", "rcm"]
    );
    assert_eq!(&ids(&q("sort=-founded"))[..3], ["cmc", "arcp", "pafom"]);
    // Names fold: "ACP–EU" sorts with "acp", digits first.
    assert_eq!(
        &ids(&q("sort=name"))[..6],
        [
            "five-plus-five-dialogue",
            "abu-dhabi-dialogue",
            "acp-eu-dialogue",
            "almaty-process",
            "arcp",
            "au-hoai"
        ]
    );
    assert_eq!(ids(&q("sort=-name"))[0], "sacm");
    let themes_desc = ids(&q("sort=-themes"));
    assert_eq!(
        &themes_desc[..4],
        ["rabat-process", "midwa", "gfmd", "mid-igad"]
    );
    assert_eq!(themes_desc.last(), Some(&"commit"));
    let themes_asc = ids(&q("sort=themes"));
    assert_eq!(themes_asc[0], "au-hoai");
    assert_eq!(
        themes_asc.last(),
        Some(&"commit"),
        "not covered: always last"
    );
    let mut reversed = ids(&q("sort=-fact"));
    reversed.reverse();
    assert_eq!(reversed, common::ISCM_IDS);
    // Sorting applies to filtered results too.
    assert_eq!(
        ids(&q("type=global&type=irf&sort=-members"))[..2],
        ["gfmd", "acp-eu-dialogue"]
    );
}

#[test]
fn facet_counts_by_hand() {
    let data = data();
    let rcp = q("type=rcp");
    let types = facet_options(data, &rcp, None, FacetKind::Type);
    assert_eq!(
        types.iter().map(|o| o.label.as_str()).collect::<Vec<_>>(),
        ["RCP", "IRF", "Global process on migration"]
    );
    // Selected: what the list shows now; unselected: what adding it (OR) would show.
    assert_eq!(
        (option(&types, "RCP").count, option(&types, "RCP").selected),
        (17, true)
    );
    assert_eq!(
        (option(&types, "IRF").count, option(&types, "IRF").selected),
        (29, false)
    );
    assert_eq!(option(&types, "Global process on migration").count, 18);

    let regions = facet_options(data, &rcp, None, FacetKind::Region);
    assert_eq!(regions.len(), data.regions.len());
    assert_eq!(option(&regions, "Africa").count, 6);
    assert_eq!(option(&regions, "Pacific").count, 1);
    assert_eq!(
        option(&regions, "Global").count,
        0,
        "zero-count options are kept"
    );

    let survey = facet_options(data, &rcp, None, FacetKind::Survey);
    assert_eq!(
        survey
            .iter()
            .map(|o| (o.label.as_str(), o.count, o.selected))
            .collect::<Vec<_>>(),
        [("Yes", 14, false), ("No", 3, false)]
    );
    // A chosen yes/no option: its count is the list's; the other replaces it.
    let survey_no = facet_options(
        data,
        &rcp.with(Filter::Survey(false)),
        None,
        FacetKind::Survey,
    );
    assert_eq!((survey_no[0].count, survey_no[0].selected), (14, false));
    assert_eq!((survey_no[1].count, survey_no[1].selected), (3, true));

    // Themes (AND): adding asylum to biometrics keeps both; in Any mode it widens to 10.
    let bio = q("theme=biometrics");
    let themes = facet_options(data, &bio, None, FacetKind::Theme);
    assert_eq!(themes.len(), 31);
    assert_eq!(themes[0].label, "Asylum");
    assert_eq!(option(&themes, "Asylum").count, 2);
    assert_eq!(option(&themes, "Biometrics").count, 2);
    assert_eq!(
        option(&themes, "Counter-trafficking").count,
        1,
        "Prague, not IGC"
    );
    let any = bio.clone();
    let any = Query {
        theme_mode: ThemeMode::Any,
        ..any
    };
    let themes = facet_options(data, &any, None, FacetKind::Theme);
    assert_eq!(option(&themes, "Asylum").count, 10);
    assert_eq!(option(&themes, "Counter-trafficking").count, 20);

    // No filter: each option's count is how many have it.
    let none = Query::default();
    let roles = facet_options(data, &none, None, FacetKind::IomRole);
    assert_eq!(option(&roles, "Member").count, 3);
    let sec = facet_options(data, &none, None, FacetKind::Secretariat);
    assert_eq!(option(&sec, "IOM").count, 10);
    assert_eq!(option(&sec, "ICMPD").count, 4);
    assert_eq!(option(&sec, "United Arab Emirates").count, 1);
    let assoc = facet_options(data, &none, None, FacetKind::Associated);
    assert_eq!((assoc[0].count, assoc[1].count), (17, 13));
    assert!(facet_options(data, &none, None, FacetKind::Members).is_empty());
    assert!(facet_options(data, &none, None, FacetKind::Founded).is_empty());
}

#[test]
fn secretariat_options_are_the_organizations_serving_as_one_sorted_by_label() {
    let data = data();
    let options = facet_options(data, &Query::default(), None, FacetKind::Secretariat);
    let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
    let mut sorted = labels.clone();
    sorted.sort_by_key(|l| l.to_lowercase());
    assert_eq!(labels, sorted);
    for o in &options {
        let Filter::Secretariat(id) = &o.filter else {
            panic!("{o:?}")
        };
        assert!(data.iscms.iter().any(|i| i.secretariat_ids.contains(id)));
        assert!(o.count > 0);
    }
    // Only associated, never secretariat: the European Union (EU-CELAC MD).
    assert!(!labels.contains(&"European Union"));
    assert!(labels.contains(&"European Commission"));
}

#[test]
fn option_states_follow_the_options_given() {
    // The filter panel asks once per facet for the states of its fixed options, in its own
    // order: each state is that option's, whatever the order or the subset asked for.
    let data = data();
    let rcp = q("type=rcp");
    let types: Vec<Filter> = facet_values(data, FacetKind::Type)
        .into_iter()
        .map(|(filter, _)| filter)
        .collect();
    let states = option_states(data, &rcp, None, FacetKind::Type, &types);
    let options = facet_options(data, &rcp, None, FacetKind::Type);
    assert_eq!(
        states,
        options
            .iter()
            .map(|o| OptionState {
                count: o.count,
                selected: o.selected
            })
            .collect::<Vec<_>>()
    );
    let reversed: Vec<Filter> = types.iter().rev().cloned().collect();
    let mut backwards = option_states(data, &rcp, None, FacetKind::Type, &reversed);
    backwards.reverse();
    assert_eq!(backwards, states);
    assert_eq!(
        option_states(
            data,
            &rcp,
            None,
            FacetKind::Type,
            &[Filter::Type(IscmKind::Irf)]
        ),
        [OptionState {
            count: 29,
            selected: false
        }]
    );
    assert!(option_states(data, &rcp, None, FacetKind::Members, &[]).is_empty());
}

#[test]
fn facet_counts_include_the_search() {
    let data = data();
    let query = q("q=process");
    let types = facet_options(data, &query, None, FacetKind::Type);
    let processes = results(data, &query, None);
    assert_eq!(
        option(&types, "RCP").count,
        processes.iter().filter(|i| i.kind == IscmKind::Rcp).count()
    );
}

#[test]
fn search_reads_statements_when_given() {
    let data = data();
    let query = q("q=moderator");
    assert!(results(data, &query, None).is_empty());
    let found: Vec<&str> = results(data, &query, Some(statements()))
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(found, ["igc"]);
}

#[test]
fn bounds_span_the_data() {
    let (members, founded) = bounds(data());
    assert_eq!(members, 6..=195);
    assert_eq!(founded, 1985..=2016);
}

#[test]
fn sort_default_is_fact_ascending() {
    assert_eq!(
        Sort::default(),
        Sort {
            key: SortKey::Fact,
            descending: false
        }
    );
    assert_eq!(ThemeMode::default(), ThemeMode::All);
}
