//! Checks `public/data/statements.json` against its types, its own invariants, and the
//! seed documents (the copies in `tests/seeds/`): every
//! verbatim statement must occur in its source, under the heading it cites, and must
//! name the ISCMs it is filed under.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::PathBuf;

use iscm_explorer::dataset::source::SourceRef;
use iscm_explorer::dataset::statements::{
    normalise, quote_occurs, quote_occurs_in_normalised, Level, Statement, StatementsFile, Topic,
};
use serde_json::Value;

const JSON: &str = include_str!("../public/data/statements.json");

const DOC_IDS: [&str; 5] = [
    "publication-page",
    "report",
    "iom-web-page",
    "grcp8-brief",
    "gcm-review",
];

/// The seed file of each document id (see docs/data.md).
const DOC_FILES: [(&str, &str); 5] = [
    ("publication-page", "000_6fcfbcfd3e665aa5.txt"),
    ("report", "001_7939c0f69ec3242d.txt"),
    ("iom-web-page", "002_3708cf68227ef14f.txt"),
    ("grcp8-brief", "003_5b00faaa0e02bcf5.txt"),
    ("gcm-review", "004_3adb44c55960435f.txt"),
];

/// ISCMs about which the report's chapters (Introduction to Chapter 6), the GCM review and
/// the IOM web page say nothing individual: they are named only in the report's list of
/// acronyms and annexes. `silent_iscms_are_not_named_in_the_sources` checks this claim.
const SILENT_ISCMS: [&str; 3] = ["commit", "eu-celac-md", "riam"];

/// How each ISCM is named in the sources (short names, acronyms, full names and the
/// variants recorded in the data notes), compared word by word, ignoring case and
/// punctuation.
const NAMES: [(&str, &[&str]); 30] = [
    ("five-plus-five-dialogue", &["5+5 Dialogue"]),
    (
        "au-hoai",
        &["AU-HoAI", "African Union–Horn of Africa Initiative"],
    ),
    (
        "acp-eu-dialogue",
        &[
            "ACP–EU Dialogue",
            "African, Caribbean and Pacific Group of States European Union Dialogue",
        ],
    ),
    ("almaty-process", &["Almaty Process"]),
    ("arcp", &["ARCP", "Arab Regional Consultative Process"]),
    ("bali-process", &["Bali Process"]),
    ("budapest-process", &["Budapest Process"]),
    ("cmc", &["CMC", "Caribbean Migration Consultations"]),
    (
        "ocam",
        &["OCAM", "Central American Commission of Migration Directors"],
    ),
    (
        "commit",
        &["COMMIT", "Coordinated Mekong Ministerial Initiative"],
    ),
    ("eap-panel", &["EaP Panel", "Eastern Partnership Panel"]),
    (
        "rabat-process",
        &[
            "Rabat Process",
            "Euro-African Dialogue on Migration and Development",
        ],
    ),
    (
        "khartoum-process",
        &[
            "Khartoum Process",
            "European Union–Horn of Africa Migration Route Initiative",
        ],
    ),
    (
        "eu-celac-md",
        &["EU-CELAC", "Bi-regional Dialogue on Migration"],
    ),
    (
        "gfmd",
        &[
            "GFMD",
            "GFDM",
            "Global Forum on Migration and Development",
            "Global Forum for Migration and Development",
        ],
    ),
    (
        "fibemyd",
        &[
            "FIBEMYD",
            "Ibero-American Forum on Migration and Development",
        ],
    ),
    (
        "riam",
        &["RIAM", "Ibero-American Network of Migration Authorities"],
    ),
    (
        "mid-igad",
        &[
            "MiD-IGAD",
            "IGAD",
            "Intergovernmental Authority on Development Regional Consultative Process on Migration",
        ],
    ),
    (
        "igc",
        &[
            "IGC",
            "Intergovernmental Consultations on Migration, Asylum and Refugees",
        ],
    ),
    (
        "midcas",
        &["MIDCAS", "Migration Dialogue for Central African States"],
    ),
    (
        "midsa",
        &["MIDSA", "Migration Dialogue for Southern Africa"],
    ),
    ("midwa", &["MIDWA", "Migration Dialogue for West Africa"]),
    ("midcom", &["MIDCOM"]),
    ("abu-dhabi-dialogue", &["Abu Dhabi Dialogue"]),
    (
        "pidc",
        &["PIDC", "PDIC", "Pacific Immigration Development Community"],
    ),
    ("pafom", &["PAFOM", "Pan-African Forum"]),
    ("prague-process", &["Prague Process"]),
    (
        "rcm",
        &["RCM", "Regional Conference on Migration", "Puebla Process"],
    ),
    ("colombo-process", &["Colombo Process"]),
    (
        "sacm",
        &[
            "SACM",
            "South American Conference on Migration",
            "South America Conference on Migration",
        ],
    ),
];

fn data() -> StatementsFile {
    StatementsFile::from_json(JSON).expect("statements.json parses with the dataset types")
}

fn statement<'a>(d: &'a StatementsFile, id: &str) -> &'a Statement {
    d.statement(id)
        .unwrap_or_else(|| panic!("no statement {id}"))
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

/// A seed document, read from the copies in `tests/seeds/`.
fn seed(doc: &str) -> String {
    let file = DOC_FILES
        .iter()
        .find(|(d, _)| *d == doc)
        .unwrap_or_else(|| panic!("unknown document id {doc}"))
        .1;
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "seeds", file]
        .iter()
        .collect();
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read seed {}: {e}", path.display()))
}

/// A seed document split into lines, with its normalised text built line by line and the
/// offset of each line in it, so that a quotation can be located under a heading.
struct Seed {
    lines: Vec<String>,
    /// Offset in `norm` where each line starts.
    starts: Vec<usize>,
    norm: String,
}

impl Seed {
    fn load(doc: &str) -> Seed {
        let raw = seed(doc);
        let mut lines = Vec::new();
        let mut starts = Vec::new();
        let mut norm = String::new();
        for line in raw.lines() {
            starts.push(norm.len());
            norm.push_str(&normalise(line));
            lines.push(line.to_string());
        }
        Seed {
            lines,
            starts,
            norm,
        }
    }

    /// Where the first words of `quote` occur (normalised offset), if they do.
    fn position(&self, quote: &str) -> Option<usize> {
        self.norm.find(&first_words(quote))
    }
}

/// The normalised words of a quotation before its first `…` or `[…]` mark (or after it,
/// if the quotation starts with one).
fn first_words(quote: &str) -> String {
    let mut pieces = vec![String::new()];
    let mut in_bracket = false;
    for c in quote.chars() {
        match c {
            '[' => {
                in_bracket = true;
                pieces.push(String::new());
            }
            ']' => in_bracket = false,
            '…' => pieces.push(String::new()),
            _ if in_bracket => {}
            _ => pieces.last_mut().unwrap().push(c),
        }
    }
    pieces
        .iter()
        .map(|p| normalise(p))
        .find(|f| !f.is_empty())
        .unwrap_or_default()
}

/// Splits a section reference into its heading part and an optional footnote number.
fn split_footnote(section: &str) -> (&str, Option<&str>) {
    match section.rsplit_once(", footnote ") {
        Some((heading, n)) if n.chars().all(|c| c.is_ascii_digit()) => (heading, Some(n)),
        _ => (section, None),
    }
}

fn is_heading(line: &str) -> bool {
    line.starts_with('#')
}

/// A numbered heading (`# 3`, `### 3.1. …`) or an annex: the end of a report section.
fn is_section_boundary(line: &str) -> bool {
    let text = line.trim_start_matches('#').trim_start_matches(' ');
    text.starts_with(|c: char| c.is_ascii_digit()) || text.starts_with("ANNEX")
}

/// Report: the index of the heading line that a section reference names.
fn report_heading_line(seed: &Seed, heading: &str) -> Option<usize> {
    let want = normalise(heading);
    seed.lines
        .iter()
        .position(|l| is_heading(l) && normalise(l) == want)
}

/// Words of a text, lower-cased, joined by single spaces and padded with spaces.
fn words(s: &str) -> String {
    let mut out = String::from(" ");
    for w in s
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// The ISCMs a text names.
fn names_in(text: &str) -> BTreeSet<&'static str> {
    let w = words(text);
    NAMES
        .iter()
        .filter(|(_, variants)| variants.iter().any(|v| w.contains(&words(v))))
        .map(|(id, _)| *id)
        .collect()
}

fn all_refs(d: &StatementsFile) -> Vec<&SourceRef> {
    let mut refs = Vec::new();
    for s in &d.statements {
        refs.push(&s.source);
        refs.extend(s.also_in.iter());
    }
    for n in &d.data_notes {
        refs.extend(n.sources.iter());
    }
    refs
}

#[test]
fn parses_and_rejects_unknown_fields() {
    let d = data();
    assert!(!d.statements.is_empty());

    let mut v: Value = serde_json::from_str(JSON).unwrap();
    v["statements"][0]["colour"] = Value::from("red");
    let err = serde_json::from_value::<StatementsFile>(v).unwrap_err();
    assert!(err.to_string().contains("unknown field"), "{err}");

    let mut v: Value = serde_json::from_str(JSON).unwrap();
    v["statements"][0]["topic"] = Value::from("gossip");
    assert!(serde_json::from_value::<StatementsFile>(v).is_err());

    let mut v: Value = serde_json::from_str(JSON).unwrap();
    v["tags"][0]["colour"] = Value::from("red");
    assert!(serde_json::from_value::<StatementsFile>(v).is_err());

    // Round trip: what the types write back parses to the same thing.
    let again = serde_json::to_string(&d).unwrap();
    assert_eq!(StatementsFile::from_json(&again).unwrap(), d);
}

#[test]
fn ids_are_kebab_and_unique() {
    let d = data();
    let mut seen = HashSet::new();
    for s in &d.statements {
        assert!(is_kebab(&s.id), "statement id {:?}", s.id);
        assert!(
            seen.insert(s.id.as_str()),
            "duplicate statement id {}",
            s.id
        );
    }
    let mut seen = HashSet::new();
    for t in &d.tags {
        assert!(is_kebab(&t.id), "tag id {:?}", t.id);
        assert!(seen.insert(t.id.as_str()), "duplicate tag id {}", t.id);
        assert!(!t.name.trim().is_empty(), "tag {} has no name", t.id);
    }
    let mut seen = HashSet::new();
    for n in &d.data_notes {
        assert!(is_kebab(&n.id), "data note id {:?}", n.id);
        assert!(
            seen.insert(n.id.as_str()),
            "duplicate data note id {}",
            n.id
        );
    }
}

#[test]
fn iscm_ids_are_among_the_30() {
    let d = data();
    let known: HashSet<&str> = common::ISCM_IDS.iter().copied().collect();
    assert_eq!(known.len(), 30);
    for s in &d.statements {
        assert!(!s.iscm_ids.is_empty(), "{} names no ISCM", s.id);
        let mut seen = HashSet::new();
        for i in &s.iscm_ids {
            assert!(known.contains(i.as_str()), "{}: unknown ISCM {i}", s.id);
            assert!(seen.insert(i), "{}: ISCM {i} listed twice", s.id);
        }
    }
    for n in &d.data_notes {
        for i in &n.iscm_ids {
            assert!(
                known.contains(i.as_str()),
                "note {}: unknown ISCM {i}",
                n.id
            );
        }
    }
    assert_eq!(NAMES.len(), 30);
    for (id, _) in NAMES {
        assert!(known.contains(id), "NAMES has unknown id {id}");
    }
}

#[test]
fn tags_resolve_and_are_all_used() {
    let d = data();
    let vocab: HashSet<&str> = d.tags.iter().map(|t| t.id.as_str()).collect();
    let mut used = HashSet::new();
    for s in &d.statements {
        let mut seen = HashSet::new();
        for t in &s.tags {
            assert!(vocab.contains(t.as_str()), "{}: unknown tag {t}", s.id);
            assert!(seen.insert(t), "{}: tag {t} listed twice", s.id);
            used.insert(t.as_str());
        }
    }
    for t in &vocab {
        assert!(used.contains(t), "tag {t} is defined but never used");
    }
    assert!(d.tag("focal-points").is_some());
}

#[test]
fn level_only_for_contributions_and_matches_report_section() {
    let d = data();
    for s in &d.statements {
        if s.level.is_some() {
            assert_eq!(
                s.topic,
                Topic::Contribution,
                "{}: level on a non-contribution",
                s.id
            );
        }
        if s.source.doc != "report" {
            assert!(s.level.is_none(), "{}: level outside the report", s.id);
            continue;
        }
        let section = s.source.section.as_str();
        for level in Level::ALL {
            if section.starts_with(level.report_section()) && s.topic == Topic::Contribution {
                assert_eq!(s.level, Some(level), "{}: contribution in {section}", s.id);
            }
        }
        if s.level.is_some() {
            assert!(
                section.starts_with("3."),
                "{}: a level outside Chapter 3 ({section})",
                s.id
            );
        }
    }
    // Every level is used.
    for level in Level::ALL {
        assert!(
            d.statements.iter().any(|s| s.level == Some(level)),
            "no {level:?} contribution"
        );
    }
}

#[test]
fn every_statement_has_text_and_a_known_source() {
    let d = data();
    for s in &d.statements {
        assert!(!s.text.trim().is_empty(), "{}: empty text", s.id);
        assert_eq!(s.text.trim(), s.text, "{}: stray spaces", s.id);
        assert!(!s.text.contains("  "), "{}: double space", s.id);
        assert!(!s.text.contains("<sup>"), "{}: footnote marker", s.id);
        assert!(!s.text.contains("**"), "{}: markdown", s.id);
        for r in s.also_in.iter() {
            assert_ne!(r, &s.source, "{}: also_in repeats the source", s.id);
        }
    }
    for r in all_refs(&d) {
        assert!(DOC_IDS.contains(&r.doc.as_str()), "unknown doc {}", r.doc);
        assert!(!r.section.trim().is_empty(), "empty section for {}", r.doc);
    }
    // Statements come only from the documents the brief names for them.
    for s in &d.statements {
        assert!(
            ["report", "gcm-review", "iom-web-page"].contains(&s.source.doc.as_str()),
            "{}: source {}",
            s.id,
            s.source.doc
        );
    }
}

#[test]
fn cited_sections_exist_in_the_seeds() {
    let d = data();
    let report = Seed::load("report");
    let review = Seed::load("gcm-review");
    let raw_report = seed("report");
    for r in all_refs(&d) {
        match r.doc.as_str() {
            "report" => {
                let (heading, footnote) = split_footnote(&r.section);
                assert!(
                    report_heading_line(&report, heading).is_some(),
                    "no report heading {heading:?}"
                );
                if let Some(n) = footnote {
                    assert!(
                        raw_report.contains(&format!("\n<sup>{n}</sup>")),
                        "no footnote {n} in the report"
                    );
                }
            }
            "gcm-review" => {
                let (path, _) = split_footnote(&r.section);
                for part in path.split(" / ") {
                    assert!(
                        review.norm.contains(&normalise(part)),
                        "GCM review has no heading {part:?}"
                    );
                }
            }
            other => panic!("no section check for {other}"),
        }
    }
}

#[test]
fn per_line_normalisation_matches_whole_text() {
    for doc in ["report", "gcm-review"] {
        assert_eq!(Seed::load(doc).norm, normalise(&seed(doc)), "{doc}");
    }
}

#[test]
fn verbatim_statements_occur_in_their_source() {
    let d = data();
    let mut failures = Vec::new();
    let mut verbatim = 0;
    for s in &d.statements {
        if !s.verbatim {
            continue;
        }
        verbatim += 1;
        let source = Seed::load(&s.source.doc);
        if !quote_occurs_in_normalised(&s.text, &source.norm) {
            failures.push(s.id.as_str());
        }
    }
    assert!(
        failures.is_empty(),
        "not found in their source: {failures:?}"
    );
    // Paraphrases must stay the exception (there are none at present).
    assert!(
        verbatim * 20 >= d.statements.len() * 19,
        "{verbatim} of {} statements are verbatim",
        d.statements.len()
    );
}

#[test]
fn the_verbatim_check_can_fail() {
    let report = seed("report");
    // A real sentence passes; the same sentence with a wrong number, or its parts in the
    // wrong order, does not.
    assert!(quote_occurs(
        "Its 2003 model law on smuggling has been adopted by 18 member States.",
        &report
    ));
    assert!(!quote_occurs(
        "Its 2003 model law on smuggling has been adopted by 19 member States.",
        &report
    ));
    assert!(!quote_occurs(
        "has been adopted by 18 member States … Its 2003 model law on smuggling",
        &report
    ));
    // An ellipsis may not join sentences from different chapters.
    assert!(!quote_occurs(
        "The Prague Process has developed a handbook … MIDWA has a series",
        &report
    ));
}

#[test]
fn statements_sit_under_the_heading_they_cite() {
    let d = data();
    let report = Seed::load("report");
    let review = Seed::load("gcm-review");
    for s in d.statements.iter().filter(|s| s.verbatim) {
        match s.source.doc.as_str() {
            "report" => {
                let (heading, footnote) = split_footnote(&s.source.section);
                if let Some(n) = footnote {
                    // The footnote's own line must hold the quotation's first words.
                    let marker = format!("<sup>{n}</sup>");
                    let line = report
                        .lines
                        .iter()
                        .find(|l| l.starts_with(&marker))
                        .unwrap_or_else(|| panic!("{}: no footnote {n}", s.id));
                    assert!(
                        normalise(line).contains(&first_words(&s.text)),
                        "{}: not in footnote {n}",
                        s.id
                    );
                    continue;
                }
                let at = report_heading_line(&report, heading)
                    .unwrap_or_else(|| panic!("{}: no heading {heading}", s.id));
                let end = (at + 1..report.lines.len())
                    .find(|&i| {
                        is_heading(&report.lines[i]) && is_section_boundary(&report.lines[i])
                    })
                    .unwrap_or(report.lines.len());
                let from = report.starts[at];
                let to = report.starts.get(end).copied().unwrap_or(report.norm.len());
                let pos = report
                    .position(&s.text)
                    .unwrap_or_else(|| panic!("{}: not found", s.id));
                // The first words may also occur earlier; look for an occurrence in range.
                let in_range = report.norm[from..to].contains(&first_words(&s.text));
                assert!(
                    in_range,
                    "{}: first found at {pos}, not under {heading:?} ({from}..{to})",
                    s.id
                );
            }
            "gcm-review" => {
                let (path, _) = split_footnote(&s.source.section);
                let last = normalise(path.rsplit(" / ").next().unwrap());
                let pos = review
                    .position(&s.text)
                    .unwrap_or_else(|| panic!("{}: not found", s.id));
                let heading_at = review.norm.find(&last).unwrap();
                assert!(heading_at <= pos, "{}: quoted before its heading", s.id);
            }
            _ => {}
        }
    }
}

#[test]
fn texts_name_exactly_the_iscms_they_are_filed_under() {
    let d = data();
    for s in &d.statements {
        let named = names_in(&s.text);
        let filed: BTreeSet<&str> = s.iscm_ids.iter().map(String::as_str).collect();
        assert_eq!(named, filed, "{}: text names {named:?}", s.id);
    }
}

#[test]
fn every_iscm_has_statements_except_the_silent_ones() {
    let d = data();
    for id in common::ISCM_IDS {
        let n = d.for_iscm(id).count();
        if SILENT_ISCMS.contains(&id) {
            assert_eq!(n, 0, "{id} is listed as silent but has statements");
        } else {
            assert!(n > 0, "{id} has no statement");
        }
    }
    // The data notes say why the silent ones have none.
    let note = d
        .data_notes
        .iter()
        .find(|n| n.id == "iscms-without-individual-statements")
        .expect("a data note on the ISCMs without statements");
    let in_note: BTreeSet<&str> = note.iscm_ids.iter().map(String::as_str).collect();
    let silent: BTreeSet<&str> = SILENT_ISCMS.iter().copied().collect();
    assert_eq!(in_note, silent);
}

#[test]
fn silent_iscms_are_not_named_in_the_sources() {
    let report = seed("report");
    let start = report
        .find("\n# INTRODUCTION")
        .expect("Introduction heading");
    let end = report.find("\n# ANNEX 1.").expect("Annex 1 heading");
    let chapters = &report[start..end];
    let review = seed("gcm-review");
    let transcription = &review[review.find("Transcription:").expect("transcription")..];
    let web = seed("iom-web-page");
    for (name, text) in [
        ("report chapters", chapters),
        ("GCM review", transcription),
        ("IOM web page", web.as_str()),
    ] {
        let named = names_in(text);
        for id in SILENT_ISCMS {
            assert!(!named.contains(id), "{name} names {id}");
        }
    }
    // And the others are named there, so the name table is not simply blind.
    let named = names_in(chapters);
    for id in common::ISCM_IDS
        .iter()
        .filter(|i| !SILENT_ISCMS.contains(i))
    {
        assert!(named.contains(id), "report chapters do not name {id}");
    }
}

#[test]
fn counts_by_topic_and_iscm() {
    let d = data();
    let n = d.statements.len();
    assert!((150..=300).contains(&n), "{n} statements");
    let mut by_topic: BTreeMap<Topic, usize> = BTreeMap::new();
    for s in &d.statements {
        *by_topic.entry(s.topic).or_default() += 1;
    }
    for t in Topic::ALL {
        assert!(
            by_topic.get(&t).copied().unwrap_or(0) > 0,
            "no {} statement",
            t.id()
        );
    }
    // The ISCMs the report discusses most have the most statements.
    let count = |id: &str| d.for_iscm(id).count();
    assert!(count("rcm") >= 20);
    assert!(count("gfmd") >= 20);
    assert!(count("bali-process") >= 15);
    assert!(count("five-plus-five-dialogue") >= 1);
}

#[test]
fn spot_checks_against_the_report() {
    let d = data();

    let s = statement(&d, "bali-process-model-law-smuggling");
    assert_eq!(s.iscm_ids, ["bali-process"]);
    assert_eq!(s.level, Some(Level::National));
    assert!(s.text.contains("2003 model law") && s.text.contains("18 member States"));

    let s = statement(&d, "rcm-reserve-fund-voluntary-return");
    assert!(s.text.contains("established in 2004"));
    assert_eq!(s.source.section, "4.1. ISCM structures");
    assert!(s
        .also_in
        .iter()
        .any(|r| r.section.starts_with("4.5. GRCP 8")));

    // Section 4.4 and Section 4.5 name different ISCMs with membership fees.
    let ids =
        |id: &str| -> BTreeSet<String> { statement(&d, id).iscm_ids.iter().cloned().collect() };
    let fees_44 = ids("membership-fee-arrangements");
    let fees_45 = ids("membership-fees-paid-by-governments");
    assert_eq!(fees_44.len(), 5);
    assert_eq!(fees_45.len(), 6);
    assert!(fees_45.contains("igc") && !fees_44.contains("igc"));
    assert!(fees_44.is_subset(&fees_45));

    // Section 4.1: operating modalities (6 ISCMs), dedicated administrations (4),
    // steering committees (3); Section 4.3: legal representation by IOM (5).
    assert_eq!(
        statement(&d, "operating-modalities-six-iscms")
            .iscm_ids
            .len(),
        6
    );
    assert_eq!(
        ids("pidc-gfmd-igc-rcm-dedicated-administrations"),
        ["pidc", "gfmd", "igc", "rcm"].map(String::from).into()
    );
    assert_eq!(
        ids("bali-khartoum-rabat-steering-committees"),
        ["bali-process", "khartoum-process", "rabat-process"]
            .map(String::from)
            .into()
    );
    assert_eq!(
        ids("iom-legal-representation-five-iscms"),
        ["eap-panel", "gfmd", "igc", "midwa", "rcm"]
            .map(String::from)
            .into()
    );

    // Footnote 61: seven ISCMs drafted positions on the Global Compact, GFMD as "GFDM".
    let s = statement(&d, "report-gcm-drafted-positions");
    assert_eq!(s.topic, Topic::Gcm);
    assert_eq!(s.iscm_ids.len(), 7);
    assert!(s.text.contains("GFDM"));

    // The contributions Section 3.3 files at the regional level.
    let regional: BTreeSet<&str> = d
        .statements
        .iter()
        .filter(|s| s.source.section == "3.3. Contributions at the regional level")
        .filter(|s| s.level == Some(Level::Regional))
        .map(|s| s.id.as_str())
        .collect();
    for id in [
        "cmc-counter-trafficking-network",
        "bali-process-regional-strategic-roadmap",
        "prague-process-migration-observatory",
        "almaty-process-regional-expert-network",
    ] {
        assert!(regional.contains(id), "{id}");
    }
}

#[test]
fn spot_checks_against_the_gcm_review() {
    let d = data();
    let names = |id: &str| statement(&d, id).iscm_ids.clone();
    // Eight questionnaire respondents and three telephone interviews, SACM in both.
    assert_eq!(names("gcm-review-questionnaire-respondents").len(), 8);
    assert_eq!(
        names("gcm-review-telephone-interviews"),
        ["abu-dhabi-dialogue", "pafom", "sacm"]
    );
    // "Two ISCMs the Puebla Process and the Caribbean Migration Consultations have already
    // formulated an action plan."
    let s = statement(&d, "rcm-cmc-gcm-action-plans");
    assert_eq!(s.iscm_ids, ["rcm", "cmc"]);
    assert_eq!(s.source.doc, "gcm-review");
    // Four ISCMs contributed through ICMPD.
    assert_eq!(
        names("icmpd-stocktaking-budapest-khartoum-rabat-prague").len(),
        4
    );
    // The IGC, established in 1985, is considered the first ISCM.
    assert!(statement(&d, "igc-first-iscm-1985").text.contains("1985"));
    // PAFoM: 55 member States, as in Annex 2.
    assert!(statement(&d, "pafom-largest-responding-iscm")
        .text
        .contains("55 Member States"));
}

#[test]
fn data_notes_are_complete() {
    let d = data();
    assert!(d.data_notes.len() >= 10);
    let statement_ids: HashSet<&str> = d.statements.iter().map(|s| s.id.as_str()).collect();
    let iscm_ids: HashSet<&str> = common::ISCM_IDS.iter().copied().collect();
    for n in &d.data_notes {
        assert!(!n.issue.trim().is_empty(), "{}: no issue", n.id);
        assert!(!n.resolution.trim().is_empty(), "{}: no resolution", n.id);
        assert!(!n.sources.is_empty(), "{}: no source", n.id);
        // Every statement id a resolution mentions exists: any word of three or more
        // kebab parts must be a statement id or an ISCM id.
        for word in n
            .resolution
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|w| w.matches('-').count() >= 2 && is_kebab(w))
        {
            assert!(
                statement_ids.contains(word) || iscm_ids.contains(word),
                "note {} names unknown statement {word}",
                n.id
            );
        }
    }
    // The notes the statements rely on are there.
    for id in [
        "pidc-printed-as-pdic",
        "rcm-called-puebla-process",
        "mid-igad-name-variants",
        "midsa-secretariat-sadc-or-iom",
        "midwa-regional-migration-policy-year",
        "gcm-review-respondent-counts",
    ] {
        assert!(d.data_notes.iter().any(|n| n.id == id), "no data note {id}");
    }
}
