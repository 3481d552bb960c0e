//! The explorer's URL state: parsing, writing, and the ways the UI changes it.

use iscm_explorer::dataset::iscms::IscmKind;
use iscm_explorer::dataset::Dataset;
use iscm_explorer::explore::query::{
    clean_search, FacetKind, Filter, Query, Sort, SortKey, ThemeMode,
};

mod common;

fn data() -> Dataset {
    Dataset::from_json(&common::data_file("iscms.json")).expect("iscms.json parses")
}

fn region(id: &str) -> Filter {
    Filter::Region(id.to_string())
}

fn theme(id: &str) -> Filter {
    Filter::Theme(id.to_string())
}

#[test]
fn the_default_query_is_the_empty_string() {
    assert_eq!(Query::default().to_query_string(), "");
    assert_eq!(Query::parse(""), Query::default());
    assert_eq!(Query::parse("?"), Query::default());
    assert_eq!(Query::parse("&&&"), Query::default());
    // Explicit defaults read as the default and are not written back.
    let explicit = Query::parse("themes=all&sort=fact&q=");
    assert_eq!(explicit, Query::default());
    assert_eq!(explicit.to_query_string(), "");
}

#[test]
fn every_key_is_read_in_order() {
    let query = Query::parse(
        "?q=bali+process&type=rcp&region=africa&theme=asylum&themes=any&iom=observer&sec=iom\
         &assoc=yes&members-min=5&members-max=60&from=1990&to=2010&survey=no&grcp8=yes\
         &sort=-members&compare=igc,bali-process",
    );
    assert_eq!(query.search, "bali process");
    assert_eq!(
        query.filters,
        vec![
            Filter::Type(IscmKind::Rcp),
            region("africa"),
            theme("asylum"),
            Filter::IomRole("observer".into()),
            Filter::Secretariat("iom".into()),
            Filter::Associated(true),
            Filter::MembersMin(5),
            Filter::MembersMax(60),
            Filter::FoundedFrom(1990),
            Filter::FoundedTo(2010),
            Filter::Survey(false),
            Filter::Grcp8(true),
        ]
    );
    assert_eq!(query.theme_mode, ThemeMode::Any);
    assert_eq!(
        query.sort,
        Sort {
            key: SortKey::Members,
            descending: true
        }
    );
    assert_eq!(query.compare, vec!["igc", "bali-process"]);
    assert_eq!(
        query.to_query_string(),
        "q=bali+process&type=rcp&region=africa&theme=asylum&iom=observer&sec=iom&assoc=yes\
         &members-min=5&members-max=60&from=1990&to=2010&survey=no&grcp8=yes&themes=any\
         &sort=-members&compare=igc,bali-process"
    );
}

#[test]
fn every_sort_value_is_read_and_written() {
    for (text, key, descending) in [
        ("name", SortKey::Name, false),
        ("-name", SortKey::Name, true),
        ("members", SortKey::Members, false),
        ("-members", SortKey::Members, true),
        ("founded", SortKey::Founded, false),
        ("-founded", SortKey::Founded, true),
        ("themes", SortKey::Themes, false),
        ("-themes", SortKey::Themes, true),
        ("-fact", SortKey::Fact, true),
    ] {
        let query = Query::parse(&format!("sort={text}"));
        assert_eq!(query.sort, Sort { key, descending }, "{text}");
        assert_eq!(query.to_query_string(), format!("sort={text}"));
    }
    for bad in ["sort=", "sort=--name", "sort=Name", "sort=size", "sort=-"] {
        assert_eq!(Query::parse(bad).sort, Sort::default(), "{bad}");
    }
}

#[test]
fn values_are_percent_decoded_and_encoded() {
    let query = Query::parse("q=S%C3%B6derk%C3%B6ping%20%26+co%2B");
    assert_eq!(query.search, "Söderköping & co+");
    assert_eq!(query.to_query_string(), "q=S%C3%B6derk%C3%B6ping+%26+co%2B");
    assert_eq!(Query::parse(&query.to_query_string()), query);
    // Keys may be escaped too; ids may come escaped.
    assert_eq!(
        Query::parse("%74ype=%72cp&region=%61frica").filters,
        vec![Filter::Type(IscmKind::Rcp), region("africa")]
    );
}

#[test]
fn hostile_values_are_dropped_or_capped() {
    let cases: &[(&str, Query)] = &[
        ("type=<script>alert(1)</script>", Query::default()),
        ("region=%3Cscript%3E", Query::default()),
        ("theme=Asylum&theme=asylum%00", Query::default()),
        ("type=spaceship&type=RCP&type=", Query::default()),
        (
            "members-min=-3&members-max=1e3&from=+1990&to=99999",
            Query::default(),
        ),
        ("members-min=99999999999&members-max=%FF", Query::default()),
        ("assoc=maybe&survey=1&grcp8=true", Query::default()),
        ("themes=some&sort=%ZZ&compare=%ZZ", Query::default()),
        ("%00=%00&=&=x&x=&%ZZ=1&%", Query::default()),
        ("compare=IGC,bali%20process,../etc", Query::default()),
        ("unknown=1&lang=fr", Query::default()),
    ];
    for (text, expected) in cases {
        assert_eq!(&Query::parse(text), expected, "{text}");
    }
    // Control characters in the search become spaces; it is then trimmed.
    assert_eq!(
        Query::parse("q=%00bali%0Aprocess%00").search,
        "bali process"
    );
    assert_eq!(Query::parse("q=%ZZ").search, "%ZZ");
    assert_eq!(Query::parse("q=%E0%A4%A").search, "\u{FFFD}%A");
}

#[test]
fn long_values_are_capped() {
    let long = "ö".repeat(10_000);
    let query = Query::parse(&format!("q=++{long}++"));
    assert_eq!(query.search.chars().count(), Query::MAX_SEARCH_CHARS);
    assert!(query.search.chars().all(|c| c == 'ö'));
    // A long id is no slug.
    let id = "a".repeat(10_000);
    assert_eq!(Query::parse(&format!("region={id}")), Query::default());
    assert_eq!(Query::parse(&format!("compare={id}")), Query::default());
    // A 10 kB comma list of valid ids keeps 60 filters, 4 comparisons.
    let ids: Vec<String> = (0..2000).map(|n| format!("r{n}")).collect();
    let query = Query::parse(&format!(
        "region={}&compare={}",
        ids.join(","),
        ids.join(",")
    ));
    assert_eq!(query.filters.len(), Query::MAX_FILTERS);
    assert_eq!(query.filters[59], region("r59"));
    assert_eq!(query.compare, vec!["r0", "r1", "r2", "r3"]);
    // A search cut at 200 characters is trimmed again.
    let spaced = format!("{} b", "a".repeat(199));
    assert_eq!(Query::parse(&format!("q={spaced}")).search, "a".repeat(199));
}

#[test]
fn repeated_keys() {
    // Identical filters once; multi-valued filters accumulate in order.
    assert_eq!(
        Query::parse("type=rcp&type=rcp&region=asia&type=irf&region=asia").filters,
        vec![
            Filter::Type(IscmKind::Rcp),
            region("asia"),
            Filter::Type(IscmKind::Irf)
        ]
    );
    // A later single-valued filter replaces the earlier one, in its place.
    assert_eq!(
        Query::parse("survey=yes&type=rcp&survey=no&members-min=3&members-min=9&members-max=5")
            .filters,
        vec![
            Filter::Survey(false),
            Filter::Type(IscmKind::Rcp),
            Filter::MembersMin(9),
            Filter::MembersMax(5),
        ]
    );
    // A later search, mode or sort wins; comparisons accumulate (unique, at most 4).
    let query = Query::parse(
        "q=a&q=b&themes=any&themes=all&sort=name&sort=-founded&compare=igc,rcm&compare=rcm,gfmd,pidc,cmc",
    );
    assert_eq!(query.search, "b");
    assert_eq!(query.theme_mode, ThemeMode::All);
    assert_eq!(query.sort.key, SortKey::Founded);
    assert_eq!(query.compare, vec!["igc", "rcm", "gfmd", "pidc"]);
    // Comma lists in the repeatable keys.
    assert_eq!(
        Query::parse("theme=asylum,,biometrics,Bad").filters,
        vec![theme("asylum"), theme("biometrics")]
    );
}

#[test]
fn toggling_adds_at_the_end_and_removes() {
    let q = Query::default()
        .toggled(Filter::Type(IscmKind::Rcp))
        .toggled(theme("asylum"))
        .toggled(Filter::Type(IscmKind::Irf));
    assert_eq!(
        q.filters,
        vec![
            Filter::Type(IscmKind::Rcp),
            theme("asylum"),
            Filter::Type(IscmKind::Irf)
        ]
    );
    assert!(q.has(&theme("asylum")));
    let q = q.toggled(Filter::Type(IscmKind::Rcp));
    assert_eq!(
        q.filters,
        vec![theme("asylum"), Filter::Type(IscmKind::Irf)]
    );
    assert_eq!(
        q.toggled(theme("asylum"))
            .toggled(theme("asylum"))
            .filters
            .len(),
        2
    );
}

#[test]
fn single_valued_filters_replace_in_place() {
    let q = Query::default()
        .with(Filter::Survey(true))
        .with(region("asia"))
        .with(Filter::MembersMin(5));
    let toggled = q.toggled(Filter::Survey(false));
    assert_eq!(
        toggled.filters,
        vec![Filter::Survey(false), region("asia"), Filter::MembersMin(5)]
    );
    assert_eq!(q.toggled(Filter::Survey(true)).filters.len(), 2);
    let with = q.with(Filter::MembersMin(20)).with(Filter::MembersMax(30));
    assert_eq!(
        with.filters,
        vec![
            Filter::Survey(true),
            region("asia"),
            Filter::MembersMin(20),
            Filter::MembersMax(30)
        ]
    );
    // `with` never removes.
    assert_eq!(q.with(Filter::Survey(true)), q);
    assert!(Filter::MembersMin(1).same_kind(&Filter::MembersMin(2)));
    assert!(!Filter::MembersMin(1).same_kind(&Filter::MembersMax(1)));
    assert!(!region("a").same_kind(&region("b")));
}

#[test]
fn removing_filters() {
    let q = Query::parse("q=x&type=rcp&theme=asylum&theme=biometrics&members-min=3&members-max=9&sort=name&compare=igc");
    assert_eq!(q.without(&theme("asylum")).filters.len(), 4);
    assert_eq!(
        q.without_facet(FacetKind::Theme).filters,
        vec![
            Filter::Type(IscmKind::Rcp),
            Filter::MembersMin(3),
            Filter::MembersMax(9)
        ]
    );
    assert_eq!(q.without_facet(FacetKind::Members).filters.len(), 3);
    assert_eq!(
        q.without_last_filter().filters.last(),
        Some(&Filter::MembersMin(3))
    );
    assert_eq!(Query::default().without_last_filter(), Query::default());
    let cleared = q.cleared();
    assert!(cleared.filters.is_empty() && cleared.search.is_empty());
    assert_eq!(cleared.sort.key, SortKey::Name);
    assert_eq!(cleared.compare, vec!["igc"]);
    assert!(!cleared.is_filtered());
    assert!(q.is_filtered());
    assert!(Query::parse("q=x").is_filtered());
    assert!(!Query::parse("sort=name&compare=igc").is_filtered());
}

#[test]
fn comparison_holds_up_to_four_unique_slugs() {
    let mut q = Query::default();
    for id in [
        "igc",
        "rcm",
        "igc",
        "gfmd",
        "Not An Id",
        "pidc",
        "cmc",
        "sacm",
    ] {
        q = q.with_compare_toggled(id);
    }
    // igc was added then removed; cmc made four; sacm did not fit.
    assert_eq!(q.compare, vec!["rcm", "gfmd", "pidc", "cmc"]);
    assert_eq!(
        q.with_compare_toggled("gfmd").compare,
        vec!["rcm", "pidc", "cmc"]
    );
    assert_eq!(q.compare.len(), Query::MAX_COMPARE);
}

#[test]
fn the_filter_cap_holds_for_with_and_toggled() {
    let mut q = Query::default();
    for n in 0..70 {
        q = q.toggled(region(&format!("r{n}")));
    }
    assert_eq!(q.filters.len(), Query::MAX_FILTERS);
    // A single-valued replacement still works at the cap; a new kind does not fit.
    let q = q.with(Filter::Survey(true));
    assert_eq!(q.filters.len(), Query::MAX_FILTERS);
    assert!(!q.has(&Filter::Survey(true)));
}

#[test]
fn search_cleaning_is_idempotent() {
    for text in ["  a  ", "\u{0}x\u{7f}", "", "é\u{85}", "a\tb"] {
        let once = clean_search(text);
        assert_eq!(clean_search(&once), once, "{text:?}");
    }
}

#[test]
fn unknown_ids_can_be_dropped_against_the_dataset() {
    let data = data();
    let q = Query::parse(
        "region=mars&region=asia&theme=time-travel&theme=asylum&iom=pilot&sec=iom&sec=acme&compare=igc,nope",
    );
    let known = q.retain_known(&data);
    assert_eq!(
        known.filters,
        vec![
            region("asia"),
            theme("asylum"),
            Filter::Secretariat("iom".into())
        ]
    );
    assert_eq!(known.compare, vec!["igc"]);
}
