//! Accent- and case-insensitive search and highlighting, against the real dataset.

use iscm_explorer::explore::filter::results;
use iscm_explorer::explore::query::Query;
use iscm_explorer::explore::search::{fold, haystack, highlight, search_matches, terms};

mod common;

use common::dataset as data;

fn search(text: &str) -> Vec<&'static str> {
    let query = Query {
        search: text.to_string(),
        ..Query::default()
    };
    results(data(), &query, None)
        .into_iter()
        .map(|i| i.id.as_str())
        .collect()
}

fn joined(segments: &[(String, bool)]) -> String {
    segments.iter().map(|(s, _)| s.as_str()).collect()
}

fn marked(segments: &[(String, bool)]) -> Vec<&str> {
    segments
        .iter()
        .filter(|(_, m)| *m)
        .map(|(s, _)| s.as_str())
        .collect()
}

#[test]
fn soderkoping_finds_the_eap_panel_from_the_core_data() {
    // The fact sheet itself prints the old name (no statements needed).
    let eap = data().iscm("eap-panel").unwrap();
    assert!(eap
        .annex2
        .established
        .iter()
        .any(|c| c.contains("Söderköping")));
    assert_eq!(search("soderkoping"), ["eap-panel"]);
    for spelling in [
        "Söderköping",
        "SÖDERKÖPING",
        "SoDeRkOpInG",
        "  söderköping  ",
    ] {
        assert_eq!(search(spelling), ["eap-panel"], "{spelling}");
    }
}

#[test]
fn search_ignores_case_accents_and_typographic_dashes() {
    let bali = search("bali process");
    assert_eq!(bali, ["bali-process"]);
    assert_eq!(search("BALI PROCESS"), bali);
    assert_eq!(search("Bálì  Pröcess"), bali);
    // Every word must occur, in any order.
    assert_eq!(search("process bali"), bali);
    assert!(search("bali moon").is_empty());
    // "AU–HoAI" is printed with an en dash.
    assert_eq!(search("au-hoai"), ["au-hoai"]);
    assert_eq!(search("AU—HOAI"), ["au-hoai"]);
    // A blank search filters nothing.
    assert_eq!(search("   ").len(), 30);
}

#[test]
fn search_reads_every_fact_sheet_cell() {
    // Chair, secretariat, region, organization, role of IOM and theme names.
    assert!(search("ecuador").contains(&"gfmd"));
    assert!(search("myanmar").contains(&"commit"));
    assert!(search("icmpd").contains(&"prague-process"));
    assert!(search("eurasia").contains(&"almaty-process"));
    assert!(search("union for the mediterranean").contains(&"five-plus-five-dialogue"));
    assert!(search("co-secretariat").contains(&"almaty-process"));
    assert_eq!(search("biometrics"), ["igc", "prague-process"]);
    // Organizations by full name as well as by acronym.
    assert!(search("centre for migration policy").contains(&"budapest-process"));
}

#[test]
fn terms_are_folded_words() {
    assert_eq!(terms("  Straße  Ñandú "), ["strasse", "nandu"]);
    assert!(terms(" \t\n").is_empty());
    assert!(search_matches("anything", &[]));
    let hay = haystack(data(), data().iscm("igc").unwrap(), None);
    assert_eq!(hay, fold(&hay), "haystacks are folded");
    assert!(search_matches(&hay, &terms("IGC Canada")));
    // Fields are separate lines: no word matches across two of them.
    assert!(hay.contains('\n'));
}

#[test]
fn fold_table_covers_latin_letters() {
    assert_eq!(
        fold("á é í ó ú ý à è ì ò ù â ê î ô û ä ë ï ö ü ÿ ã õ å"),
        "a e i o u y a e i o u a e i o u a e i o u y a o a"
    );
    assert_eq!(
        fold("ç ş ţ ğ ı İ ł đ ð ñ ń ř ž š č ě ů ő ű ą ę ż ź ś ć"),
        "c s t g i i l d d n n r z s c e u o u a e z z s c"
    );
    assert_eq!(
        fold("ß æ Æ œ Œ ø Ø þ ĳ ŋ ſ"),
        "ss ae ae oe oe o o th ij ng s"
    );
    assert_eq!(
        fold("‘quoted’ “text” a‐b–c—d−e"),
        "'quoted' \"text\" a-b-c-d-e"
    );
    assert_eq!(
        fold("Ψ Я 日本"),
        "ψ я 日本",
        "other scripts are only lowercased"
    );
}

#[test]
fn highlight_marks_the_original_text() {
    let text = "2001 (as the Söderköping Process)";
    let segments = highlight(text, "soderkoping");
    assert_eq!(joined(&segments), text);
    assert_eq!(marked(&segments), ["Söderköping"]);
    assert_eq!(segments[0], ("2001 (as the ".to_string(), false));

    // Several words; overlapping and adjacent matches merge.
    let segments = highlight("Bali Process, BALI", "bali proc");
    assert_eq!(marked(&segments), ["Bali", "Proc", "BALI"]);
    let segments = highlight("abcabc", "abc bca");
    assert_eq!(segments, [("abcabc".to_string(), true)]);

    // Folding that changes length: ß → ss, and decomposed accents.
    let segments = highlight("Straße und Strasse", "strasse");
    assert_eq!(marked(&segments), ["Straße", "Strasse"]);
    let segments = highlight("Große", "s");
    assert_eq!(marked(&segments), ["ß"]);
    let decomposed = "So\u{308}derko\u{308}ping!";
    let segments = highlight(decomposed, "SÖDERKÖPING");
    assert_eq!(joined(&segments), decomposed);
    assert_eq!(marked(&segments), ["So\u{308}derko\u{308}ping"]);
    let segments = highlight("co\u{308}", "o");
    assert_eq!(
        marked(&segments),
        ["o\u{308}"],
        "the accent stays with its letter"
    );

    // Nothing to mark.
    assert_eq!(highlight("Bali", ""), [("Bali".to_string(), false)]);
    assert_eq!(highlight("Bali", "moon"), [("Bali".to_string(), false)]);
    assert!(highlight("", "bali").is_empty());
}
