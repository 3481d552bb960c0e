//! Checks `public/data/iscms.json` against its types and against the numbers and cells
//! the report states (Annex 2, 6, 7, 10, the Background and the Methodology).

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use iscm_explorer::dataset::iscms::{
    Iscm, IscmKind, IscmsFile, OrganizationKind, Table1Column, ThemeFrequency,
};
use serde_json::Value;

const JSON: &str = include_str!("../public/data/iscms.json");

const DOC_IDS: [&str; 5] = [
    "publication-page",
    "report",
    "iom-web-page",
    "grcp8-brief",
    "gcm-review",
];

fn data() -> IscmsFile {
    IscmsFile::from_json(JSON).expect("iscms.json parses with the dataset types")
}

fn iscm<'a>(d: &'a IscmsFile, id: &str) -> &'a Iscm {
    d.iscm(id).unwrap_or_else(|| panic!("no ISCM {id}"))
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

fn assert_unique_kebab<'a>(what: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(is_kebab(id), "{what}: id {id:?} is not kebab-case");
        assert!(seen.insert(id), "{what}: duplicate id {id:?}");
    }
}

fn ids_where(d: &IscmsFile, pred: impl Fn(&Iscm) -> bool) -> BTreeSet<&str> {
    d.iscms
        .iter()
        .filter(|i| pred(i))
        .map(|i| i.id.as_str())
        .collect()
}

fn set<'a>(ids: &[&'a str]) -> BTreeSet<&'a str> {
    ids.iter().copied().collect()
}

#[test]
fn parses_and_round_trips() {
    let d = data();
    let again = serde_json::to_string(&d).unwrap();
    assert_eq!(IscmsFile::from_json(&again).unwrap(), d);
}

#[test]
fn unknown_fields_are_rejected() {
    let mut v: Value = serde_json::from_str(JSON).unwrap();
    v["iscms"][0]["website"] = Value::String("x".into());
    assert!(serde_json::from_value::<IscmsFile>(v).is_err());
}

#[test]
fn thirty_iscms_in_row_order_with_the_brief_ids() {
    let d = data();
    assert_eq!(d.iscms.len(), 30);
    for (i, x) in d.iscms.iter().enumerate() {
        assert_eq!(usize::from(x.row), i + 1, "{}", x.id);
        assert_eq!(x.id, common::ISCM_IDS[i]);
        let printed = x.annex2.row.trim_end_matches('.');
        assert_eq!(printed, x.row.to_string(), "{}: annex2.row", x.id);
    }
    assert_unique_kebab("iscms", d.iscms.iter().map(|x| x.id.as_str()));
}

#[test]
fn seventeen_rcps_twelve_irfs_one_global_process() {
    let d = data();
    let count = |k| d.iscms.iter().filter(|x| x.kind == k).count() as u32;
    assert_eq!(count(IscmKind::Rcp), 17);
    assert_eq!(count(IscmKind::Irf), 12);
    assert_eq!(count(IscmKind::Global), 1);
    assert_eq!(
        (d.counts.rcp, d.counts.irf, d.counts.global),
        (
            count(IscmKind::Rcp),
            count(IscmKind::Irf),
            count(IscmKind::Global)
        )
    );
    assert!(d.counts.rcp_text.contains("17 active RCPs"));
    assert!(d.counts.irf_text.contains("12 IRFs"));
    // The type column as printed agrees with the normalised type.
    for x in &d.iscms {
        let printed = match x.kind {
            IscmKind::Rcp => "RCP",
            IscmKind::Irf => "IRF",
            IscmKind::Global => "Global process",
        };
        assert_eq!(x.annex2.kind, vec![printed.to_string()], "{}", x.id);
    }
    let kinds: Vec<IscmKind> = d.types.iter().map(|t| t.id).collect();
    assert_eq!(kinds, IscmKind::ALL.to_vec());
    assert_eq!(d.type_def(IscmKind::Irf).unwrap().abbr, "IRF");
}

#[test]
fn thirty_one_themes_in_annex10_order() {
    let d = data();
    assert_eq!(d.themes.len(), 31);
    assert_unique_kebab("themes", d.themes.iter().map(|t| t.id.as_str()));
    assert_eq!(d.themes[0].name, "Asylum");
    assert_eq!(d.themes[30].name, "Sustainable Development Goals");
    assert!(d.themes.iter().any(|t| t.name == "Migration and security"));
    for t in &d.themes {
        assert_eq!(t.source.section, "Annex 10", "{}", t.id);
    }
}

#[test]
fn every_id_reference_resolves() {
    let d = data();
    assert_unique_kebab("regions", d.regions.iter().map(|r| r.id.as_str()));
    assert_unique_kebab("iom_roles", d.iom_roles.iter().map(|r| r.id.as_str()));
    assert_unique_kebab(
        "organizations",
        d.organizations.iter().map(|o| o.id.as_str()),
    );
    assert_unique_kebab(
        "chapter1_lists",
        d.chapter1_lists.iter().map(|l| l.id.as_str()),
    );
    for x in &d.iscms {
        for r in &x.region_ids {
            assert!(d.region(r).is_some(), "{}: region {r}", x.id);
        }
        for o in x
            .organization_ids
            .iter()
            .chain(&x.secretariat_ids)
            .chain(&x.secretariat_support_ids)
            .chain(&x.past_secretariat_ids)
        {
            assert!(d.organization(o).is_some(), "{}: organization {o}", x.id);
        }
        for r in &x.iom_role_ids {
            assert!(d.iom_role(r).is_some(), "{}: IOM role {r}", x.id);
        }
        for t in x.theme_ids.iter().flatten().chain(&x.theme_ids_unclear) {
            assert!(d.theme(t).is_some(), "{}: theme {t}", x.id);
        }
        assert!(!x.region_ids.is_empty(), "{}: no region", x.id);
        assert!(!x.iom_role_ids.is_empty(), "{}: no IOM role", x.id);
    }
    for l in &d.chapter1_lists {
        for item in &l.items {
            for t in &item.theme_ids {
                assert!(d.theme(t).is_some(), "{}: {} -> {t}", l.id, item.name);
            }
        }
    }
    for o in &d.participation.survey_organization_ids {
        assert!(d.organization(o).is_some(), "survey organization {o}");
    }
    // Every facet value is used by at least one ISCM.
    for r in &d.regions {
        assert!(
            d.iscms.iter().any(|x| x.region_ids.contains(&r.id)),
            "unused region {}",
            r.id
        );
    }
    for r in &d.iom_roles {
        assert!(
            d.iscms.iter().any(|x| x.iom_role_ids.contains(&r.id)),
            "unused role {}",
            r.id
        );
    }
    for o in &d.organizations {
        let used = d.iscms.iter().any(|x| {
            x.organization_ids
                .iter()
                .chain(&x.secretariat_ids)
                .chain(&x.secretariat_support_ids)
                .chain(&x.past_secretariat_ids)
                .any(|y| *y == o.id)
        });
        assert!(used, "unused organization {}", o.id);
    }
}

#[test]
fn normalised_facets_cover_every_printed_cell_item() {
    let d = data();
    let region_words: BTreeSet<&str> = d
        .regions
        .iter()
        .flat_map(|r| r.printed_as.iter().map(String::as_str))
        .collect();
    let role_words: BTreeSet<&str> = d
        .iom_roles
        .iter()
        .flat_map(|r| r.printed_as.iter().map(String::as_str))
        .collect();
    for x in &d.iscms {
        for item in &x.annex2.regions {
            assert!(
                region_words.contains(item.as_str()),
                "{}: region {item:?}",
                x.id
            );
            for r in &d.regions {
                if r.printed_as.contains(item) {
                    assert!(
                        x.region_ids.contains(&r.id),
                        "{}: {item:?} -> {}",
                        x.id,
                        r.id
                    );
                }
            }
        }
        for item in &x.annex2.iom_role {
            assert!(
                role_words.contains(item.as_str()),
                "{}: IOM role {item:?}",
                x.id
            );
            let role = d
                .iom_roles
                .iter()
                .find(|r| r.printed_as.contains(item))
                .unwrap();
            assert!(x.iom_role_ids.contains(&role.id), "{}: {item:?}", x.id);
        }
        assert!(x.iom_role_ids.len() <= x.annex2.iom_role.len(), "{}", x.id);
    }
}

#[test]
fn survey_and_grcp8_participation_follows_annex7() {
    let d = data();
    let survey = ids_where(&d, |x| x.survey_2019);
    let grcp8 = ids_where(&d, |x| x.grcp8);
    let both: BTreeSet<&str> = survey.intersection(&grcp8).copied().collect();
    let grcp8_only: BTreeSet<&str> = grcp8.difference(&survey).copied().collect();
    let survey_only: BTreeSet<&str> = survey.difference(&grcp8).copied().collect();
    assert_eq!(survey.len(), 22);
    assert_eq!(grcp8.len(), 27);
    assert_eq!(both.len(), 21);
    assert_eq!(survey_only, set(&["arcp"]));
    assert_eq!(
        grcp8_only,
        set(&[
            "five-plus-five-dialogue",
            "au-hoai",
            "commit",
            "riam",
            "abu-dhabi-dialogue",
            "pafom"
        ])
    );
    let neither = ids_where(&d, |x| !x.survey_2019 && !x.grcp8);
    assert_eq!(neither, set(&["fibemyd", "midcas"]));

    let p = &d.participation;
    assert_eq!(p.survey_iscm_count as usize, survey.len());
    assert_eq!(p.grcp8_iscm_count as usize, grcp8.len());
    assert_eq!(p.both_count as usize, both.len());
    assert_eq!(p.grcp8_only_count as usize, grcp8_only.len());
    assert_eq!(p.survey_only_count as usize, survey_only.len());
    assert_eq!(p.annex6_iscm_count, 30);
    assert_eq!(p.survey_states_count, 46);
    assert_eq!(p.survey_states.len(), 46);
    assert_eq!(p.survey_states.first().unwrap(), "Albania");
    assert_eq!(p.survey_states[25], "North Macedonia");
    assert_eq!(p.survey_states.last().unwrap(), "Ukraine");
    let unique: HashSet<&String> = p.survey_states.iter().collect();
    assert_eq!(unique.len(), 46);
    assert_eq!(p.survey_organizations_count, 3);
    assert_eq!(p.survey_organizations.len(), 3);
    assert_eq!(p.survey_organization_ids, vec!["icmpd", "iom", "unhcr"]);
    assert_eq!(p.survey_states_share, "about 30% of States approached");
    assert_eq!(p.survey_organizations_share, "60% of those approached");
    assert_eq!(p.survey_iscm_share, "more than 70% of active ISCMs");
}

#[test]
fn commit_has_no_annex10_column_and_unknown_themes() {
    let d = data();
    let commit = iscm(&d, "commit");
    assert_eq!(commit.annex10_column, None);
    assert_eq!(commit.theme_ids, None);
    assert!(commit.theme_ids_unclear.is_empty());
    let without = ids_where(&d, |x| x.theme_ids.is_none());
    assert_eq!(without, set(&["commit"]));
    for x in &d.iscms {
        assert_eq!(
            x.annex10_column.is_some(),
            x.theme_ids.is_some(),
            "{}",
            x.id
        );
    }
    let columns: HashSet<&str> = d
        .iscms
        .iter()
        .filter_map(|x| x.annex10_column.as_deref())
        .collect();
    assert_eq!(columns.len(), 29);
}

#[test]
fn biometrics_is_ticked_by_exactly_igc_and_prague_process() {
    let d = data();
    let ticked: BTreeSet<&str> = d
        .iscms_with_theme("biometrics")
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(ticked, set(&["igc", "prague-process"]));
}

#[test]
fn annex10_tick_counts_match_the_printed_rows() {
    // Ticks per row, counted by hand in Annex 10 (rows with 29 cells).
    let expected = [
        ("asylum", 10),
        ("border-management", 15),
        ("counter-human-smuggling", 13),
        ("counter-trafficking", 19),
        ("irregular-migration", 22),
        ("labour-migration", 23),
        ("migration-and-gender", 2),
        ("migration-and-security", 0),
        ("idps", 1),
        ("sustainable-development-goals", 2),
    ];
    let d = data();
    for (theme, n) in expected {
        assert_eq!(d.iscms_with_theme(theme).count(), n, "{theme}");
    }
    let idps: Vec<&str> = d.iscms_with_theme("idps").map(|x| x.id.as_str()).collect();
    assert_eq!(idps, vec!["mid-igad"]);
    let sdgs: BTreeSet<&str> = d
        .iscms_with_theme("sustainable-development-goals")
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(sdgs, set(&["arcp", "colombo-process"]));
}

#[test]
fn garbled_migration_and_development_row_is_partly_unclear() {
    let d = data();
    let theme = d.theme("migration-and-development").unwrap();
    assert_eq!(theme.annex10_cells, 30);
    for t in &d.themes {
        if t.id != theme.id {
            assert_eq!(t.annex10_cells, 29, "{}", t.id);
        }
    }
    let unclear = ids_where(&d, |x| x.theme_ids_unclear.contains(&theme.id));
    assert_eq!(
        unclear,
        set(&[
            "abu-dhabi-dialogue",
            "almaty-process",
            "arcp",
            "bali-process",
            "colombo-process",
            "eap-panel",
            "mid-igad",
            "igc",
            "riam",
            "sacm"
        ])
    );
    let ticked: BTreeSet<&str> = d
        .iscms_with_theme(&theme.id)
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(ticked.len(), 17);
    assert!(ticked.contains("gfmd") && ticked.contains("rabat-process"));
    assert!(!ticked.contains("acp-eu-dialogue") && !ticked.contains("au-hoai"));
    // No theme is both ticked and unclear, and only this theme is ever unclear.
    for x in &d.iscms {
        for t in &x.theme_ids_unclear {
            assert_eq!(t, &theme.id, "{}", x.id);
            assert!(!x.theme_ids.iter().flatten().any(|y| y == t), "{}", x.id);
        }
    }
    let note = d
        .data_notes
        .iter()
        .find(|n| n.id == "annex10-migration-and-development-row")
        .expect("data note for the garbled row");
    let note_ids: BTreeSet<&str> = note.iscm_ids.iter().map(String::as_str).collect();
    assert_eq!(note_ids, unclear);
}

#[test]
fn theme_ids_follow_annex10_order_without_duplicates() {
    let d = data();
    let pos: BTreeMap<&str, usize> = d
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    for x in &d.iscms {
        if let Some(ts) = &x.theme_ids {
            assert!(!ts.is_empty(), "{}: a covered ISCM with no tick", x.id);
            let idx: Vec<usize> = ts.iter().map(|t| pos[t.as_str()]).collect();
            assert!(idx.windows(2).all(|w| w[0] < w[1]), "{}", x.id);
        }
    }
}

#[test]
fn every_annex2_cell_is_filled() {
    let d = data();
    let mut cells = 0;
    for x in &d.iscms {
        assert!(!x.annex2.row.is_empty(), "{}", x.id);
        for (key, items) in x.annex2.cells() {
            assert!(!items.is_empty(), "{}: {key} is empty", x.id);
            for item in items {
                assert!(!item.trim().is_empty(), "{}: {key} has an empty item", x.id);
                assert!(!item.starts_with('•'), "{}: {key} keeps a bullet", x.id);
                assert!(!item.contains('<'), "{}: {key} keeps markup", x.id);
            }
            cells += 1;
        }
        for field in [&x.name, &x.short_name] {
            assert!(!field.trim().is_empty(), "{}", x.id);
        }
        assert!(
            x.member_states > 0 && (1980..=2019).contains(&x.established_year),
            "{}",
            x.id
        );
        assert_eq!(
            x.annex2.member_states,
            vec![x.member_states.to_string()],
            "{}",
            x.id
        );
        assert!(
            x.annex2.established[0].starts_with(&x.established_year.to_string()),
            "{}",
            x.id
        );
    }
    assert_eq!(cells, 270);
    let keys: Vec<&str> = d
        .meta
        .annex2_columns
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    let cell_keys: Vec<&str> = d.iscms[0].annex2.cells().iter().map(|c| c.0).collect();
    assert_eq!(keys[0], "row");
    assert_eq!(keys[1..], cell_keys[..]);
}

#[test]
fn chair_and_organization_cells_without_a_value_are_empty_or_null() {
    let d = data();
    for x in &d.iscms {
        let chair_cell = x.annex2.chair[0].as_str();
        let no_chair = chair_cell == "Not applicable" || chair_cell.starts_with("None");
        assert_eq!(
            x.chair.is_none(),
            no_chair,
            "{}: chair {chair_cell:?}",
            x.id
        );
        if let Some(chair) = &x.chair {
            assert!(chair_cell.starts_with(chair.as_str()), "{}", x.id);
        }
        let org_cell = &x.annex2.organizations;
        let no_org =
            org_cell == &["Not applicable".to_string()] || org_cell == &["None".to_string()];
        assert_eq!(x.organization_ids.is_empty(), no_org, "{}", x.id);
        if !no_org {
            assert_eq!(x.organization_ids.len(), org_cell.len(), "{}", x.id);
        }
    }
    assert_eq!(
        ids_where(&d, |x| x.chair.is_none()),
        set(&["arcp", "cmc", "eap-panel", "pafom"])
    );
}

#[test]
fn spot_checks_against_the_printed_cells() {
    let d = data();

    let gfmd = iscm(&d, "gfmd");
    assert_eq!(gfmd.kind, IscmKind::Global);
    assert_eq!(gfmd.member_states, 195);
    assert_eq!(gfmd.established_year, 2007);
    assert_eq!(gfmd.region_ids, vec!["global"]);
    assert_eq!(gfmd.chair.as_deref(), Some("Ecuador"));
    assert_eq!(gfmd.secretariat_ids, vec!["gfmd-support-unit"]);
    assert_eq!(gfmd.annex10_column.as_deref(), Some("GFMd"));

    let eap = iscm(&d, "eap-panel");
    assert_eq!(eap.established_year, 2001);
    assert_eq!(
        eap.established_note.as_deref(),
        Some("as the Söderköping Process")
    );
    assert_eq!(
        eap.annex2.established,
        vec!["2001 (as the Söderköping Process)"]
    );
    assert_eq!(eap.member_states, 34);

    let riam = iscm(&d, "riam");
    assert_eq!(
        riam.annex2.iom_role,
        vec!["Observer", "Technical secretariat", "Technical guidance"]
    );
    assert_eq!(
        riam.iom_role_ids,
        vec!["observer", "technical-secretariat", "technical-guidance"]
    );

    let igc = iscm(&d, "igc");
    assert_eq!(igc.chair.as_deref(), Some("Canada"));
    assert!(igc.chair_note.as_deref().unwrap().contains("GHRCIP 8"));
    assert_eq!(igc.established_year, 1985);
    assert_eq!(igc.kind, IscmKind::Irf);

    let celac = iscm(&d, "eu-celac-md");
    assert_eq!(celac.annex2.row, "14");
    assert!(celac.secretariat_ids.is_empty());
    assert_eq!(celac.past_secretariat_ids, vec!["iom", "fiapp"]);
    assert!(celac.annex2.secretariats[0].starts_with("None currently (past secretariats: IOM"));

    let pafom = iscm(&d, "pafom");
    assert_eq!(pafom.annex2.name, vec!["Pan-African Forum on migration"]);
    assert_eq!(pafom.name, "Pan-African Forum on Migration");
    assert_eq!(pafom.annex2.regions, vec!["Africa (continent-wide)"]);
    assert_eq!(
        pafom.annex2.iom_role[0],
        "Technical secretariat together with AUC"
    );
    assert_eq!(pafom.secretariat_support_ids, vec!["iom"]);

    let cmc = iscm(&d, "cmc");
    assert_eq!(cmc.chair, None);
    assert_eq!(cmc.chair_note.as_deref(), Some("incoming: Jamaica"));
    assert_eq!(cmc.established_year, 2016);

    let colombo = iscm(&d, "colombo-process");
    assert_eq!(colombo.annex2.iom_role[0], "Observer (ad hoc)");
    assert_eq!(colombo.short_name, "Colombo Process");

    let midwa = iscm(&d, "midwa");
    assert_eq!(midwa.annex2.iom_role[2], "Provider of technical guidance");
    assert_eq!(
        iscm(&d, "rcm").annex2.iom_role[2],
        "provider of technical guidance"
    );

    let acp = iscm(&d, "acp-eu-dialogue");
    assert_eq!(acp.member_states, 108);
    assert_eq!(acp.region_ids, vec!["africa", "asia", "americas", "europe"]);
    assert_eq!(acp.chair.as_deref(), Some("Romania and Namibia"));

    let add = iscm(&d, "abu-dhabi-dialogue");
    assert_eq!(add.secretariat_ids, vec!["united-arab-emirates"]);
    assert_eq!(
        d.organization("united-arab-emirates").unwrap().kind,
        OrganizationKind::State
    );
    assert_eq!(add.region_ids, vec!["asia", "middle-east"]);

    let budapest = iscm(&d, "budapest-process");
    assert_eq!(budapest.established_year, 1993);
    assert_eq!(budapest.annex2.regions, vec!["Asia", "Europe/Eurasia"]);

    let prague = iscm(&d, "prague-process");
    assert_eq!(prague.kind, IscmKind::Rcp);
    assert_eq!(prague.member_states, 50);
    assert_eq!(prague.secretariat_ids, vec!["icmpd"]);

    let arcp = iscm(&d, "arcp");
    assert_eq!(
        arcp.name,
        "Arab Regional Consultative Process on Migration and Refugee Affairs"
    );
    assert!(arcp
        .names_elsewhere
        .iter()
        .any(|n| n.name.contains("Migration and Asylum Affairs") && n.source.section == "Annex 7"));

    let ocam = iscm(&d, "ocam");
    assert_eq!(ocam.annex10_column.as_deref(), Some("OACAM"));
    assert_eq!(
        iscm(&d, "fibemyd").annex10_column.as_deref(),
        Some("FIBEMTD")
    );

    let iom_members = ids_where(&d, |x| x.iom_role_ids.iter().any(|r| r == "member"));
    assert_eq!(
        iom_members,
        set(&["bali-process", "budapest-process", "igc"])
    );

    let total_members: u32 = d.iscms.iter().map(|x| x.member_states).sum();
    assert_eq!(total_members, 978);
}

#[test]
fn themes_agree_with_the_chapter1_lists() {
    let d = data();
    let list = |id: &str| d.chapter1_lists.iter().find(|l| l.id == id).unwrap();
    let in_list = |id: &str, theme: &str| {
        list(id)
            .items
            .iter()
            .any(|i| i.theme_ids.iter().any(|t| t == theme))
    };
    assert_eq!(list("chapter1-common").items.len(), 8);
    assert_eq!(list("chapter1-less-common").items.len(), 7);
    assert_eq!(list("survey-common").items.len(), 11);
    assert_eq!(list("survey-less-common").items.len(), 13);
    assert_eq!(list("table1-literature-review").items.len(), 8);
    assert_eq!(list("table1-survey").items.len(), 10);
    for t in &d.themes {
        let c1 = if in_list("chapter1-common", &t.id) {
            Some(ThemeFrequency::Common)
        } else if in_list("chapter1-less-common", &t.id) {
            Some(ThemeFrequency::LessCommon)
        } else {
            None
        };
        assert_eq!(t.chapter1, c1, "{}", t.id);
        if t.chapter1.is_none() {
            assert_eq!(t.chapter1_name, None, "{}", t.id);
        }
        let sf = if in_list("survey-common", &t.id) {
            Some(ThemeFrequency::Common)
        } else if in_list("survey-less-common", &t.id) {
            Some(ThemeFrequency::LessCommon)
        } else {
            None
        };
        assert_eq!(t.survey_focus, sf, "{}", t.id);
        let mut cols = Vec::new();
        if in_list("table1-literature-review", &t.id) {
            cols.push(Table1Column::LiteratureReview);
        }
        if in_list("table1-survey", &t.id) {
            cols.push(Table1Column::Survey);
        }
        assert_eq!(t.table1, cols, "{}", t.id);
        if let Some(name) = &t.chapter1_name {
            assert_ne!(name, &t.name, "{}: chapter1_name repeats the name", t.id);
        }
    }
    let md = d.theme("migration-and-development").unwrap();
    assert_eq!(md.chapter1, Some(ThemeFrequency::Common));
    assert_eq!(md.survey_focus, Some(ThemeFrequency::LessCommon));
    assert_eq!(
        d.theme("asylum").unwrap().chapter1_name.as_deref(),
        Some("Asylum and refugees")
    );
    // Themes chapter 1 names that Annex 10 lacks are kept, unlinked.
    let unlinked: Vec<&str> = list("chapter1-less-common")
        .items
        .iter()
        .filter(|i| i.theme_ids.is_empty())
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(
        unlinked,
        vec![
            "Migration and technology",
            "Disaster risk management",
            "Discrimination, racism and xenophobia"
        ]
    );
    // Bold in Table 1 = recurrent in both columns.
    let bold: Vec<&str> = list("table1-survey")
        .items
        .iter()
        .filter(|i| i.bold)
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(
        bold,
        vec![
            "Asylum",
            "Irregular migration",
            "Migrants' rights",
            "Migration and development",
            "Migration law"
        ]
    );
}

#[test]
fn names_elsewhere_differ_from_annex2_and_cite_the_allowed_sections() {
    let d = data();
    let allowed = [
        "Annex 6",
        "Annex 7",
        "Annex 10",
        "LIST OF ACRONYMS AND SHORT NAMES",
    ];
    for x in &d.iscms {
        let mut seen = HashSet::new();
        for n in &x.names_elsewhere {
            assert!(
                allowed.contains(&n.source.section.as_str()),
                "{}: {:?}",
                x.id,
                n.source
            );
            assert_ne!(n.name, x.annex2.name[0], "{}: same as Annex 2", x.id);
            assert!(
                seen.insert((&n.name, &n.source.section)),
                "{}: duplicate {:?}",
                x.id,
                n.name
            );
        }
        if let Some(col) = &x.annex10_column {
            let printed_elsewhere = x.names_elsewhere.iter().any(|n| &n.name == col);
            assert!(
                printed_elsewhere || x.annex2.name[0].contains(col.as_str()),
                "{}: column {col}",
                x.id
            );
        }
    }
    let gfmd = iscm(&d, "gfmd");
    assert!(gfmd
        .names_elsewhere
        .iter()
        .any(|n| n.name == "GFMd" && n.source.section == "Annex 10"));
}

#[test]
fn data_notes_are_well_formed_and_resolve() {
    let d = data();
    assert_unique_kebab("data_notes", d.data_notes.iter().map(|n| n.id.as_str()));
    for n in &d.data_notes {
        assert!(
            !n.issue.trim().is_empty() && !n.resolution.trim().is_empty(),
            "{}",
            n.id
        );
        assert!(!n.sources.is_empty(), "{}: no source", n.id);
        for i in &n.iscm_ids {
            assert!(d.iscm(i).is_some(), "{}: unknown ISCM {i}", n.id);
        }
    }
    for required in [
        "annex2-riam-iom-role-split",
        "annex2-bullets-in-cells",
        "annex2-row-14-number",
        "iom-role-technical-guidance-wordings",
        "iom-role-observer-ad-hoc",
        "iom-role-pafom-secretariat-with-auc",
        "igc-chair-ghrcip-8",
        "eu-celac-no-current-secretariat",
        "prague-process-type",
        "annex10-no-commit-column",
        "annex10-column-spellings",
        "annex10-migration-and-development-row",
        "annex6-lists-all-30-iscms",
        "arcp-name-refugee-or-asylum",
        "chapter1-theme-links",
        "counts-global-processes",
    ] {
        assert!(
            d.data_notes.iter().any(|n| n.id == required),
            "missing data note {required}"
        );
    }
}

/// Every `{"doc": …, "section": …}` anywhere in the file names one of the five documents.
#[test]
fn every_source_names_one_of_the_five_documents() {
    fn documents() -> Vec<String> {
        data().meta.documents.iter().map(|d| d.id.clone()).collect()
    }
    fn walk(v: &Value, found: &mut usize) {
        match v {
            Value::Object(map) => {
                if let (Some(doc), Some(section)) = (map.get("doc"), map.get("section")) {
                    let doc = doc.as_str().expect("doc is a string");
                    assert!(
                        DOC_IDS.contains(&doc) || documents().contains(&doc.to_string()),
                        "unknown doc id {doc:?}"
                    );
                    assert!(
                        !section.as_str().unwrap().trim().is_empty(),
                        "empty section"
                    );
                    *found += 1;
                }
                map.values().for_each(|x| walk(x, found));
            }
            Value::Array(items) => items.iter().for_each(|x| walk(x, found)),
            _ => {}
        }
    }
    let v: Value = serde_json::from_str(JSON).unwrap();
    let mut found = 0;
    walk(&v, &mut found);
    assert!(found > 200, "only {found} sources");

    let d = data();
    let ids: Vec<&str> = d.meta.documents.iter().map(|x| x.id.as_str()).collect();
    // The five source documents come first; later sources (for updates) may follow.
    assert_eq!(ids[..DOC_IDS.len()], DOC_IDS);
    for x in &d.iscms {
        assert_eq!(
            (x.source.doc.as_str(), x.source.section.as_str()),
            ("report", "Annex 2")
        );
    }
}

#[test]
fn meta_and_publication() {
    let d = data();
    assert_eq!(d.meta.fact_sheet_as_of, "June 2019");
    assert_eq!(d.meta.fact_sheet_source.section, "Annex 2");
    let p = &d.meta.publication;
    assert_eq!(p.isbn, "978-92-9068-826-6");
    assert_eq!(p.pages, 122);
    assert_eq!(p.reference_number, "PUB2019/050/EL");
    assert_eq!(p.uploaded, "28 May 2020");
    assert_eq!(p.year, 2019);
    assert_eq!(p.publisher, "International Organization for Migration");
    assert_eq!(p.source.doc, "publication-page");
}
