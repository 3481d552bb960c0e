//! The glossary and the acronym matcher behind `<abbr>`: every text of the dataset splits and
//! joins back exactly; acronyms are found whole, case-sensitively, longest first, plurals
//! included; the glossary page's order, letters and filter.

mod common;

use iscm_explorer::dataset::context::{Context, GlossaryEntry};
use iscm_explorer::dataset::glossary::{
    glossary_groups, glossary_letter, glossary_matches, glossary_sorted, letter_label, segments,
    AbbrIndex, Segment,
};
use iscm_explorer::dataset::source::SourceRef;
use iscm_explorer::dataset::Dataset;
use serde_json::Value;

fn context() -> Context {
    Context::from_json(&common::data_file("context.json")).expect("context.json parses")
}

fn core() -> Dataset {
    serde_json::from_str(&common::data_file("iscms.json")).expect("iscms.json parses")
}

/// The index the app uses once both files are loaded.
fn full_index() -> AbbrIndex {
    AbbrIndex::with_iscms(&context().glossary, &core().iscms)
}

fn entry(abbr: &str, expansion: &str) -> GlossaryEntry {
    GlossaryEntry {
        id: abbr.to_lowercase(),
        abbr: abbr.to_string(),
        expansion: expansion.to_string(),
        source: SourceRef {
            doc: "report".into(),
            section: "List of acronyms and short names".into(),
        },
    }
}

fn small_index() -> AbbrIndex {
    AbbrIndex::new(&[
        entry("IOM", "International Organization for Migration"),
        entry("RCP", "regional consultative process on migration"),
        entry("EU", "European Union"),
        entry("EU-CELAC MD", "EU–CELAC migration dialogue"),
        entry("CIS", "Commonwealth of Independent States"),
        entry("CIS Conference", "Regional Conference …"),
        entry("SDG(s)", "Sustainable Development Goal(s)"),
        entry("CSOs", "civil society organizations"),
        entry("IRF", "interregional forum on migration"),
        entry("IRF", "interregional forum for migration"),
    ])
}

/// The abbreviations found in `text`, as (matched text, abbreviation).
fn found<'a>(text: &'a str, index: &'a AbbrIndex) -> Vec<(&'a str, &'a str)> {
    segments(text, index)
        .into_iter()
        .filter_map(|segment| match segment {
            Segment::Abbr { text, abbr, .. } => Some((text, abbr)),
            Segment::Text(_) => None,
        })
        .collect()
}

fn joined(text: &str, index: &AbbrIndex) -> String {
    segments(text, index).iter().map(Segment::text).collect()
}

/// Every string in a JSON tree.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => out.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| strings(item, out)),
        Value::Object(map) => map.values().for_each(|item| strings(item, out)),
        _ => {}
    }
}

#[test]
fn every_text_of_context_and_statements_round_trips() {
    let index = full_index();
    let mut texts = Vec::new();
    for file in [
        "context.json",
        "statements.json",
        "grcp8.json",
        "iscms.json",
    ] {
        let tree: Value = serde_json::from_str(&common::data_file(file)).unwrap();
        strings(&tree, &mut texts);
    }
    assert!(texts.len() > 5000, "{} strings", texts.len());
    let mut matches = 0;
    for text in &texts {
        let parts = segments(text, &index);
        assert_eq!(joined(text, &index), *text);
        // No empty pieces, and no two plain runs in a row.
        assert!(parts.iter().all(|part| !part.text().is_empty()), "{text:?}");
        assert!(
            parts
                .windows(2)
                .all(|w| !matches!(w, [Segment::Text(_), Segment::Text(_)])),
            "{text:?}"
        );
        matches += parts
            .iter()
            .filter(|part| matches!(part, Segment::Abbr { .. }))
            .count();
    }
    assert!(matches > 1000, "only {matches} acronyms found");
}

#[test]
fn every_passage_of_context_json_round_trips_typed() {
    let context = context();
    let index = AbbrIndex::new(&context.glossary);
    let passages = context
        .gcm
        .iter()
        .chain(&context.agenda_2030)
        .chain(&context.gcm_review_findings)
        .chain(&context.contributions)
        .chain(&context.characteristics);
    for passage in passages {
        assert_eq!(
            joined(&passage.text, &index),
            passage.text,
            "{}",
            passage.id
        );
        for item in &passage.items {
            assert_eq!(joined(item, &index), *item);
        }
    }
    for event in &context.timeline {
        assert_eq!(joined(&event.text, &index), event.text, "{}", event.id);
    }
}

#[test]
fn iom_gfmd_and_eu_celac_md_are_found_in_the_data() {
    let index = full_index();
    assert_eq!(
        index.expansion("IOM"),
        Some("International Organization for Migration")
    );
    assert_eq!(
        index.expansion("GFMD"),
        Some("Global Forum on Migration and Development")
    );
    assert_eq!(
        index.expansion("EU-CELAC MD"),
        Some("European Union–Latin America and the Caribbean Structured and Comprehensive Bi-regional Dialogue on Migration")
    );
    let text = "IOM, the GFMD and the EU-CELAC MD (IOM’s partners).";
    assert_eq!(
        found(text, &index),
        [
            ("IOM", "IOM"),
            ("GFMD", "GFMD"),
            ("EU-CELAC MD", "EU-CELAC MD"),
            ("IOM", "IOM")
        ]
    );
    // And in the dataset's own texts.
    let statements = common::data_file("statements.json");
    let tree: Value = serde_json::from_str(&statements).unwrap();
    let mut texts = Vec::new();
    strings(&tree, &mut texts);
    for wanted in ["IOM", "GFMD", "EU-CELAC MD"] {
        assert!(
            texts
                .iter()
                .any(|text| found(text, &index).iter().any(|(_, abbr)| *abbr == wanted)),
            "{wanted} is never found in statements.json"
        );
    }
}

#[test]
fn the_longest_abbreviation_wins() {
    let index = small_index();
    assert_eq!(
        found("the EU-CELAC MD and the EU", &index),
        [("EU-CELAC MD", "EU-CELAC MD"), ("EU", "EU")]
    );
    assert_eq!(
        found("The CIS Conference, in the CIS.", &index),
        [("CIS Conference", "CIS Conference"), ("CIS", "CIS")]
    );
    let full = full_index();
    assert_eq!(
        found("MiD-IGAD and IGAD", &full),
        [("MiD-IGAD", "MiD-IGAD"), ("IGAD", "IGAD")]
    );
}

#[test]
fn no_match_inside_a_word() {
    let index = small_index();
    for text in [
        "IOMX", "XIOM", "IOM2", "EUROPE", "ÉIOM", "aRCP", "RCPS", "RCPsx",
    ] {
        assert_eq!(found(text, &index), [], "{text}");
        assert_eq!(segments(text, &index), [Segment::Text(text)]);
    }
    // Case-sensitive.
    assert_eq!(found("iom Iom", &index), []);
    // Boundaries are anything but letters and digits.
    assert_eq!(
        found("(IOM) IOM’s IOM-led “IOM” IOM/RCP", &index),
        [
            ("IOM", "IOM"),
            ("IOM", "IOM"),
            ("IOM", "IOM"),
            ("IOM", "IOM"),
            ("IOM", "IOM"),
            ("RCP", "RCP")
        ]
    );
    // PAFOM holds FOM, but not as a word.
    let full = full_index();
    assert!(found("PAFOM", &full).iter().all(|(_, abbr)| *abbr != "FOM"));
}

#[test]
fn plurals_expand_as_the_singular() {
    let index = small_index();
    let parts = segments("RCPs and IRFs, SDGs, the SDG(s), CSOs.", &index);
    let abbrs: Vec<_> = parts
        .iter()
        .filter_map(|part| match part {
            Segment::Abbr {
                text, expansion, ..
            } => Some((*text, *expansion)),
            Segment::Text(_) => None,
        })
        .collect();
    assert_eq!(
        abbrs,
        [
            ("RCPs", "regional consultative process on migration"),
            ("IRFs", "interregional forum on migration"),
            ("SDGs", "Sustainable Development Goal(s)"),
            ("SDG(s)", "Sustainable Development Goal(s)"),
            ("CSOs", "civil society organizations"),
        ]
    );
    // Only after a capital: a short name ending in a small letter takes no plural.
    let full = full_index();
    assert_eq!(found("Bali Processs", &full), []);
}

#[test]
fn the_first_expansion_wins_and_order_does_not_matter() {
    let index = small_index();
    assert_eq!(
        index.expansion("IRF"),
        Some("interregional forum on migration")
    );
    // The glossary's IRF, UNHCR, MICIC Initiative and GRCP are spelt out twice: the list of
    // acronyms (first in the file) wins.
    let context = context();
    let index = AbbrIndex::new(&context.glossary);
    for abbr in ["IRF", "UNHCR", "MICIC Initiative", "GRCP"] {
        let first = context
            .glossary
            .iter()
            .find(|entry| entry.abbr == abbr)
            .unwrap();
        assert_eq!(
            first.source.section, "List of acronyms and short names",
            "{abbr}"
        );
        assert_eq!(index.expansion(abbr), Some(first.expansion.as_str()));
    }
    // The glossary comes before Annex 2: "IGC" keeps the glossary's wording.
    let full = full_index();
    assert_eq!(
        full.expansion("IGC"),
        Some("Intergovernmental Consultations on Migration, Asylum and Refugees")
    );
    // Longest first, then a fixed order: the same terms whatever the input order.
    let mut reversed = context.glossary.clone();
    reversed.reverse();
    let a = AbbrIndex::new(&context.glossary);
    let b = AbbrIndex::new(&reversed);
    let abbrs = |index: &AbbrIndex| {
        index
            .terms()
            .iter()
            .map(|t| t.abbr.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(abbrs(&a), abbrs(&b));
    assert!(a
        .terms()
        .windows(2)
        .all(|w| w[0].abbr.len() >= w[1].abbr.len()));
}

#[test]
fn iscm_short_names_fill_in_what_the_glossary_lacks() {
    let context = context();
    let glossary_only = AbbrIndex::new(&context.glossary);
    let full = full_index();
    assert_eq!(glossary_only.expansion("EU-CELAC MD"), None);
    for abbr in ["EU-CELAC MD", "PAFoM", "MID-IGAD", "AU–HoAI"] {
        assert!(full.expansion(abbr).is_some(), "{abbr}");
    }
    // Short names that are the name itself, or its start, have nothing to expand.
    for abbr in [
        "Budapest Process",
        "Prague Process",
        "5+5 Dialogue on Migration",
    ] {
        assert_eq!(full.expansion(abbr), None, "{abbr}");
    }
}

#[test]
fn empty_and_plain_texts() {
    let index = full_index();
    assert_eq!(segments("", &index), []);
    assert_eq!(
        segments("no acronym here", &index),
        [Segment::Text("no acronym here")]
    );
    assert_eq!(
        segments("IOM", &index),
        [Segment::Abbr {
            text: "IOM",
            abbr: "IOM",
            expansion: "International Organization for Migration"
        }]
    );
    let empty = AbbrIndex::new(&[]);
    assert_eq!(segments("IOM", &empty), [Segment::Text("IOM")]);
}

#[test]
fn the_glossary_is_alphabetical_with_every_entry() {
    let context = context();
    assert_eq!(context.glossary.len(), 80);
    let sorted = glossary_sorted(&context.glossary);
    assert_eq!(sorted.len(), context.glossary.len());
    let keys: Vec<String> = sorted
        .iter()
        .map(|e| iscm_explorer::explore::search::fold(&e.abbr))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    assert_eq!(sorted[0].abbr, "2030 Agenda");

    let groups = glossary_groups(&context.glossary, "");
    assert_eq!(groups.iter().map(|(_, list)| list.len()).sum::<usize>(), 80);
    let letters: String = groups.iter().map(|(letter, _)| *letter).collect();
    assert!(letters.starts_with("#ABC"), "{letters}");
    assert!(letters
        .chars()
        .skip(1)
        .collect::<Vec<_>>()
        .windows(2)
        .all(|w| w[0] < w[1]));
    for (letter, list) in &groups {
        assert!(list.iter().all(|e| glossary_letter(&e.abbr) == *letter));
    }
    assert_eq!(letter_label('#'), "0–9");
    assert_eq!(letter_label('G'), "G");
    assert_eq!(glossary_letter("éclair"), 'E');
    assert_eq!(glossary_letter("5+5"), '#');
}

#[test]
fn the_glossary_filter_ignores_case_and_accents() {
    let context = context();
    let hits = |filter: &str| -> Vec<String> {
        glossary_groups(&context.glossary, filter)
            .into_iter()
            .flat_map(|(_, list)| list.into_iter().map(|e| e.abbr.clone()))
            .collect()
    };
    assert_eq!(hits("GFMD"), ["GFMD"]);
    assert_eq!(hits("gfmd"), ["GFMD"]);
    assert!(hits("  forum   DEVELOPMENT ").contains(&"GFMD".to_string()));
    assert!(hits("global forum").contains(&"GFMD".to_string()));
    // Accents: "Ibero-American" written with an accent still matches.
    assert!(hits("Íbero").contains(&"RIAM".to_string()));
    assert_eq!(hits("no such thing"), Vec::<String>::new());
    let gfmd = context.glossary.iter().find(|e| e.abbr == "GFMD").unwrap();
    assert!(glossary_matches(gfmd, ""));
    assert!(glossary_matches(gfmd, "Migration GFMD"));
    assert!(!glossary_matches(gfmd, "IOM"));
}

#[test]
fn the_core_file_expands_its_own_acronyms_without_the_glossary() {
    use iscm_explorer::dataset::glossary::{segments, AbbrIndex, Segment};
    let index = AbbrIndex::from_core(common::dataset());
    let found: Vec<(String, String)> = segments(
        "IOM and ICMPD support RCPs such as the EU-CELAC MD.",
        &index,
    )
    .into_iter()
    .filter_map(|segment| match segment {
        Segment::Abbr {
            text, expansion, ..
        } => Some((text.to_string(), expansion.to_string())),
        Segment::Text(_) => None,
    })
    .collect();
    let abbrs: Vec<&str> = found.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(abbrs, ["IOM", "ICMPD", "RCPs", "EU-CELAC MD"], "{found:?}");
    assert_eq!(found[0].1, "International Organization for Migration");
}
