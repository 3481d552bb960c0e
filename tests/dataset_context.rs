//! Checks `public/data/context.json` against its types and against what the sources state:
//! ids, ISCM ids, provenance, the numbers the report gives, the timeline, and that every copied
//! text occurs in the document it cites (the copies in `tests/seeds/`, whitespace normalised).

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use iscm_explorer::dataset::context::{
    Context, EventKind, Figure, FigureUnit, FindingGroup, InactiveStatus, ThemeGroup,
};
use iscm_explorer::dataset::source::SourceRef;
use serde_json::Value;

/// The five documents, by id, and their files.
const DOCS: [(&str, &str); 5] = [
    ("publication-page", "000_6fcfbcfd3e665aa5.txt"),
    ("report", "001_7939c0f69ec3242d.txt"),
    ("iom-web-page", "002_3708cf68227ef14f.txt"),
    ("grcp8-brief", "003_5b00faaa0e02bcf5.txt"),
    ("gcm-review", "004_3adb44c55960435f.txt"),
];

fn json() -> String {
    common::data_file("context.json")
}

fn data() -> Context {
    Context::from_json(&json()).expect("context.json parses with the context types")
}

fn raw() -> Value {
    serde_json::from_str(&json()).expect("context.json is JSON")
}

/// The seed documents, raw and normalised, by doc id.
struct Seeds {
    raw: BTreeMap<&'static str, String>,
    norm: BTreeMap<&'static str, String>,
}

impl Seeds {
    fn load() -> Self {
        let mut raw = BTreeMap::new();
        let mut norm = BTreeMap::new();
        for (doc, file) in DOCS {
            let text = common::seed(file);
            norm.insert(doc, normalise(&text));
            raw.insert(doc, text);
        }
        Seeds { raw, norm }
    }

    /// Whether `text` (normalised) occurs in document `doc` (normalised).
    fn has(&self, doc: &str, text: &str) -> bool {
        let t = normalise(text);
        !t.is_empty() && self.norm.get(doc).is_some_and(|d| d.contains(&t))
    }

    fn assert_has(&self, doc: &str, text: &str, what: &str) {
        assert!(
            self.has(doc, text),
            "{what}: text not found in {doc}: {:?}",
            text.chars().take(120).collect::<String>()
        );
    }
}

/// Removes what the extraction adds around copied text: footnote markers (`<sup>…</sup>`),
/// other tags, `[x](#)` anchors, `*` and `\` markup; collapses whitespace.
fn normalise(s: &str) -> String {
    // 1. footnote markers with their content
    let mut a = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<sup>") {
        match rest[i..].find("</sup>") {
            Some(j) => {
                a.push_str(&rest[..i]);
                rest = &rest[i + j + "</sup>".len()..];
            }
            None => break,
        }
    }
    a.push_str(rest);
    // 2. other tags: '<' up to the first '>' with no '<' or newline in between
    let chars: Vec<char> = a.chars().collect();
    let mut b = String::with_capacity(a.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '<' {
            let end = chars[i + 1..]
                .iter()
                .position(|&c| c == '<' || c == '>' || c == '\n');
            if let Some(k) = end {
                if chars[i + 1 + k] == '>' {
                    i += k + 2;
                    continue;
                }
            }
        }
        b.push(chars[i]);
        i += 1;
    }
    // 3. [x](#) -> x
    let chars: Vec<char> = b.chars().collect();
    let mut c = String::with_capacity(b.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '[' {
            let end = chars[i + 1..].iter().position(|&x| x == ']' || x == '\n');
            if let Some(k) = end {
                let close = i + 1 + k;
                let tail: String = chars[close..chars.len().min(close + 4)].iter().collect();
                if chars[close] == ']' && tail == "](#)" {
                    c.extend(&chars[i + 1..close]);
                    i = close + 4;
                    continue;
                }
            }
        }
        c.push(chars[i]);
        i += 1;
    }
    // 4. markup characters, 5. whitespace
    c.replace(['*', '\\'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn doc_ids() -> BTreeSet<&'static str> {
    DOCS.iter().map(|(d, _)| *d).collect()
}

fn check_source(s: &SourceRef, what: &str) {
    assert!(
        doc_ids().contains(s.doc.as_str()),
        "{what}: unknown doc {}",
        s.doc
    );
    assert!(!s.section.trim().is_empty(), "{what}: empty section");
}

fn figure<'a>(list: &'a [Figure], id: &str) -> &'a Figure {
    list.iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no figure {id}"))
}

// ---------------------------------------------------------------------------------------

#[test]
fn parses_with_the_context_types() {
    let d = data();
    assert!(!d.findings.is_empty());
    assert!(!d.timeline.is_empty());
    assert!(!d.glossary.is_empty());
    assert!(!d.references.is_empty());
    assert!(!d.data_notes.is_empty());
}

#[test]
fn unknown_fields_are_rejected() {
    // The types must catch a typo in the data: add a stray field to a record and parse again.
    let mut v = raw();
    v["findings"][0]["txet"] = Value::String("typo".into());
    let s = serde_json::to_string(&v).unwrap();
    assert!(
        Context::from_json(&s).is_err(),
        "a stray field was accepted"
    );
    let mut v = raw();
    v["timeline"][0]["kind"] = Value::String("founding".into());
    let s = serde_json::to_string(&v).unwrap();
    assert!(
        Context::from_json(&s).is_err(),
        "an unknown kind was accepted"
    );
}

/// Every array of objects with an `id` has unique ids, wherever it is in the file.
#[test]
fn ids_are_unique_in_every_list() {
    fn walk(v: &Value, path: &str, lists: &mut usize) {
        match v {
            Value::Array(items) => {
                let ids: Vec<&str> = items
                    .iter()
                    .filter_map(|x| x.get("id").and_then(Value::as_str))
                    .collect();
                if !ids.is_empty() {
                    *lists += 1;
                    let mut seen = HashSet::new();
                    for id in &ids {
                        assert!(seen.insert(*id), "{path}: duplicate id {id}");
                        assert!(
                            !id.is_empty()
                                && id.chars().all(|c| c.is_ascii_lowercase()
                                    || c.is_ascii_digit()
                                    || c == '-')
                                && !id.starts_with('-')
                                && !id.ends_with('-'),
                            "{path}: id {id:?} is not kebab-case"
                        );
                    }
                }
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), lists);
                }
            }
            Value::Object(map) => {
                for (k, x) in map {
                    walk(x, &format!("{path}.{k}"), lists);
                }
            }
            _ => {}
        }
    }
    let mut lists = 0;
    walk(&raw(), "$", &mut lists);
    assert!(lists >= 20, "only {lists} lists with ids");
}

/// Every `iscm_ids` entry and every `successor_iscm_id` is one of the 30.
#[test]
fn iscm_ids_are_among_the_30() {
    fn walk(v: &Value, path: &str, n: &mut usize) {
        match v {
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), n);
                }
            }
            Value::Object(map) => {
                for (k, x) in map {
                    if k == "iscm_ids" {
                        for id in x.as_array().expect("iscm_ids is a list") {
                            let id = id.as_str().expect("iscm id is a string");
                            assert!(
                                common::ISCM_IDS.contains(&id),
                                "{path}: unknown ISCM id {id}"
                            );
                            *n += 1;
                        }
                    }
                    if k == "successor_iscm_id" {
                        if let Some(id) = x.as_str() {
                            assert!(
                                common::ISCM_IDS.contains(&id),
                                "{path}: unknown ISCM id {id}"
                            );
                            *n += 1;
                        }
                    }
                    walk(x, &format!("{path}.{k}"), n);
                }
            }
            _ => {}
        }
    }
    let mut n = 0;
    walk(&raw(), "$", &mut n);
    assert!(n > 50, "only {n} ISCM references");
    // Inactive ISCMs never take one of the 30 ids.
    for m in data().inactive_iscms {
        assert!(
            !common::ISCM_IDS.contains(&m.id.as_str()),
            "{} reuses an Annex 2 id",
            m.id
        );
    }
}

/// Every object that names a `doc` names one of the five; every record of every list has a
/// `source` or a non-empty `sources`.
#[test]
fn every_record_has_a_source_in_one_of_the_five_documents() {
    fn walk(v: &Value, path: &str, in_record_list: bool, docs: &BTreeSet<&str>) {
        match v {
            Value::Array(items) => {
                let records = items.iter().any(|x| x.get("id").is_some());
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), records, docs);
                }
            }
            Value::Object(map) => {
                if let Some(doc) = map.get("doc") {
                    let doc = doc.as_str().expect("doc is a string");
                    assert!(docs.contains(doc), "{path}: unknown doc {doc}");
                    let section = map.get("section").and_then(Value::as_str).unwrap_or("");
                    assert!(!section.trim().is_empty(), "{path}: empty section");
                }
                if in_record_list {
                    let has_source = map.get("source").is_some_and(Value::is_object)
                        || map
                            .get("sources")
                            .and_then(Value::as_array)
                            .is_some_and(|s| !s.is_empty());
                    assert!(has_source, "{path}: record without a source");
                }
                for (k, x) in map {
                    walk(x, &format!("{path}.{k}"), false, docs);
                }
            }
            _ => {}
        }
    }
    walk(&raw(), "$", false, &doc_ids());

    let d = data();
    check_source(&d.assessment.objective.source, "assessment.objective");
    check_source(&d.assessment.respondents.source, "assessment.respondents");
    assert!(!d.assessment.sources.is_empty());
    for s in &d.assessment.sources {
        check_source(s, "assessment.sources");
    }
    for n in &d.data_notes {
        assert!(!n.sources.is_empty(), "data note {} has no source", n.id);
        for s in &n.sources {
            check_source(s, &n.id);
        }
        assert!(!n.issue.trim().is_empty() && !n.resolution.trim().is_empty());
    }
}

#[test]
fn respondents_are_22_iscms_46_states_3_organizations() {
    let d = data();
    let r = &d.assessment.respondents;
    assert_eq!(r.iscms.count, 22);
    assert_eq!(r.states.count, 46);
    assert_eq!(r.organizations.count, 3);
    assert!(r.iscms.share.contains("more than 70%"));
    assert!(r.states.share.contains("about 30%"));
    assert!(r.organizations.share.contains("60%"));
    assert_eq!(r.source.doc, "report");
    assert_eq!(r.source.section, "Methodology");
    let seeds = Seeds::load();
    seeds.assert_has("report", &r.text, "respondents");
    for share in [&r.iscms.share, &r.states.share, &r.organizations.share] {
        assert!(
            normalise(&r.text).contains(share.as_str()),
            "{share} not in the sentence"
        );
    }
    for n in ["22", "46", "3 from intergovernmental organizations"] {
        assert!(r.text.contains(n), "{n} not in the sentence");
    }
    // The survey figures agree with the respondents object.
    let f = &d.survey_figures;
    assert_eq!(figure(f, "questionnaires-iscms").value, 22.0);
    assert_eq!(figure(f, "questionnaires-states").value, 46.0);
    assert_eq!(figure(f, "questionnaires-organizations").value, 3.0);
    // The four components of the assessment.
    let ids: Vec<&str> = d
        .assessment
        .components
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["desk-research", "survey", "interviews", "grcp8-discussion"]
    );
}

#[test]
fn timeline_runs_in_year_order_from_the_igc_in_1985_to_the_2019_renaming() {
    let d = data();
    let t = &d.timeline;
    for w in t.windows(2) {
        assert!(
            w[0].year <= w[1].year,
            "{} ({}) before {} ({})",
            w[0].id,
            w[0].year,
            w[1].id,
            w[1].year
        );
    }
    let first = &t[0];
    assert_eq!(first.year, 1985);
    assert_eq!(first.iscm_ids, ["igc"]);
    assert_eq!(first.kind, EventKind::IscmFounded);
    assert_eq!(t.last().unwrap().year, 2019);
    let renamed = t
        .iter()
        .find(|e| e.id == "hld-renamed-2019")
        .expect("the renaming of the High-level Dialogue is on the timeline");
    assert_eq!(renamed.year, 2019);
    assert!(renamed
        .text
        .contains("renamed the International Migration Review Forum"));
    assert_eq!(renamed.source.section, "4.4. ISCM sustainability");
    // Every ISCM of Annex 2 has exactly one founding event.
    for id in common::ISCM_IDS {
        let n = t
            .iter()
            .filter(|e| e.kind == EventKind::IscmFounded && e.iscm_ids == [id])
            .count();
        assert_eq!(n, 1, "{id}: {n} founding events");
    }
    // Milestones of chapter 2 with their stated years.
    for (id, year) in [
        ("icpd-1994", 1994),
        ("idm-2001", 2001),
        ("berne-initiative-2001", 2001),
        ("gcim-2002", 2002),
        ("hld-2006", 2006),
        ("mcof-2012", 2012),
        ("agenda-2030-2015", 2015),
        ("migof-2015", 2015),
        ("iom-joins-un-2016", 2016),
        ("gcm-adopted-2018", 2018),
        ("cis-conference-completed", 2005),
        ("soderkoping-transformed-2008", 2008),
        ("eap-panel-renamed-2018", 2018),
    ] {
        let e = t
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no event {id}"));
        assert_eq!(e.year, year, "{id}");
        assert!(
            e.text.contains(&year.to_string())
                || e.also_in.iter().any(|s| s.section.contains("footnote")),
            "{id}: year not in its text"
        );
    }
    let gfmd = t.iter().find(|e| e.id == "founded-gfmd").unwrap();
    assert_eq!(gfmd.year, 2007);
}

#[test]
fn founding_years_are_those_of_annex_2() {
    let d = data();
    let seeds = Seeds::load();
    let report = &seeds.raw["report"];
    let rows: Vec<&str> = report
        .lines()
        .filter(|l| {
            l.contains("\tRCP\t") || l.contains("\tIRF\t") || l.contains("\tGlobal process\t")
        })
        .collect();
    assert_eq!(rows.len(), 30, "Annex 2 rows");
    for e in d
        .timeline
        .iter()
        .filter(|e| e.kind == EventKind::IscmFounded)
    {
        assert_eq!(e.source.section, "Annex 2");
        let row = rows
            .iter()
            .find(|r| r.split('\t').nth(1).map(str::trim) == Some(e.text.as_str()))
            .unwrap_or_else(|| panic!("{}: no Annex 2 row named {:?}", e.id, e.text));
        let year_cell = row.split('\t').nth(4).unwrap().trim();
        assert!(
            year_cell.starts_with(&e.year.to_string()),
            "{}: {} vs {year_cell}",
            e.id,
            e.year
        );
    }
}

#[test]
fn boxes_1_to_4_and_chapter_6_have_findings() {
    let d = data();
    for (group, section) in [
        (FindingGroup::Box1, "Box 1"),
        (FindingGroup::Box2, "Box 2"),
        (FindingGroup::Box3, "Box 3"),
        (FindingGroup::Box4, "Box 4"),
    ] {
        let f: Vec<_> = d.findings.iter().filter(|f| f.group == group).collect();
        assert!(!f.is_empty(), "{section} has no findings");
        assert!(f
            .iter()
            .all(|f| f.source.section == section && f.source.doc == "report"));
    }
    for section in [
        "6.1. Migration governance",
        "6.2. ISCM structures",
        "6.3. Sustainability",
        "6.4. Synergies and partnerships",
    ] {
        assert!(
            d.findings
                .iter()
                .any(|f| f.group == FindingGroup::Chapter6 && f.source.section == section),
            "no findings for {section}"
        );
    }
    let headings: BTreeSet<&str> = d
        .findings
        .iter()
        .filter(|f| f.group == FindingGroup::Box1)
        .map(|f| f.heading.as_str())
        .collect();
    for h in [
        "Strategies",
        "Added value",
        "Regional approach",
        "Monitoring",
    ] {
        assert!(headings.contains(h), "Box 1 lacks {h}");
    }
    // Box 2's secretariat functions and Box 4's IGO opportunities keep their sub-lists.
    let sec = d
        .findings
        .iter()
        .find(|f| f.id == "box-2-secretariats")
        .unwrap();
    assert_eq!(sec.items.len(), 7);
    let igo = d
        .findings
        .iter()
        .find(|f| f.id == "box-4-igos-in-iscms")
        .unwrap();
    assert_eq!(igo.items.len(), 8);
    let funding = d.findings.iter().find(|f| f.id == "box-2-funding").unwrap();
    assert_eq!(funding.items.len(), 4);
}

#[test]
fn glossary_has_no_conflicting_abbreviation_without_a_data_note() {
    let d = data();
    let mut by_abbr: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for g in &d.glossary {
        by_abbr
            .entry(g.abbr.as_str())
            .or_default()
            .insert(g.expansion.as_str());
    }
    let notes: String = d
        .data_notes
        .iter()
        .map(|n| format!("{} {}", n.issue, n.resolution))
        .collect();
    let mut conflicts = 0;
    for (abbr, expansions) in &by_abbr {
        if expansions.len() > 1 {
            conflicts += 1;
            assert!(
                notes.contains(&format!("{abbr} “")),
                "{abbr} has {} expansions and no data note names it",
                expansions.len()
            );
        }
    }
    assert!(
        conflicts >= 3,
        "expected the known IRF / UNHCR / GRCP differences"
    );
    // The printed list comes first, line by line (50 lines).
    let listed: Vec<_> = d
        .glossary
        .iter()
        .take_while(|g| g.source.section == "List of acronyms and short names")
        .collect();
    assert_eq!(listed.len(), 50);
    assert_eq!(listed[0].abbr, "2030 Agenda");
    assert_eq!(listed.last().unwrap().abbr, "WHO");
    let seeds = Seeds::load();
    for g in &d.glossary {
        seeds.assert_has(&g.source.doc, &g.expansion, &g.id);
        seeds.assert_has(&g.source.doc, &g.abbr, &g.id);
    }
}

/// Every copied text occurs in the document its source names.
#[test]
fn copied_texts_occur_in_their_sources() {
    let d = data();
    let seeds = Seeds::load();
    let mut n = 0;
    let mut has = |doc: &str, text: &str, what: &str| {
        seeds.assert_has(doc, text, what);
        n += 1;
    };
    let a = &d.assessment;
    has(
        &a.objective.source.doc,
        &a.objective.text,
        "assessment.objective",
    );
    for p in a.focus.iter().chain(&a.background).chain(&a.methodology) {
        has(&p.source.doc, &p.text, &p.id);
    }
    for e in &a.expected_outcomes {
        has(&e.source.doc, &e.text, &e.id);
        has(&e.source.doc, &e.area, &e.id);
    }
    for c in &a.components {
        has(&c.source.doc, &c.text, &c.id);
        for v in &c.variants {
            has(&v.source.doc, &v.text, &c.id);
        }
    }
    for p in &a.previous_assessments {
        has(&p.source.doc, &p.text, &p.id);
    }
    for f in &d.findings {
        has(&f.source.doc, &f.text, &f.id);
        for i in &f.items {
            has(&f.source.doc, i, &f.id);
        }
    }
    for f in d.survey_figures.iter().chain(&d.gcm_review_figures) {
        has(&f.source.doc, &f.text, &f.id);
        has(&f.source.doc, &f.wording, &f.id);
        if f.figure.is_none() {
            assert!(
                normalise(&f.text).contains(&normalise(&f.wording)),
                "{}: wording not in its sentence",
                f.id
            );
        }
    }
    let passages = d
        .gcm_review_findings
        .iter()
        .chain(&d.characteristics)
        .chain(&d.contributions)
        .chain(&d.agenda_2030)
        .chain(&d.gcm);
    for p in passages {
        has(&p.source.doc, &p.text, &p.id);
        for v in &p.variants {
            has(&v.source.doc, &v.text, &p.id);
        }
    }
    for def in &d.definitions {
        has(&def.sources[0].doc, &def.text, &def.id);
        for v in &def.variants {
            has(&v.source.doc, &v.text, &def.id);
            assert!(
                def.sources.contains(&v.source)
                    || def.sources.iter().any(|s| s.doc == v.source.doc),
                "{}: variant source not listed",
                def.id
            );
        }
    }
    for t in &d.themes {
        has(&t.source.doc, &t.text, &t.id);
    }
    for p in &d.governance_phases {
        has(&p.source.doc, &p.text, &p.id);
        has(&p.name_source.doc, &p.name, &p.id);
        for v in &p.variants {
            has(&v.source.doc, &v.text, &p.id);
        }
    }
    for l in &d.governance_levels {
        has(&l.source.doc, &l.text, &l.id);
        for p in &l.points {
            has(&p.source.doc, &p.text, &l.id);
        }
    }
    for e in d
        .timeline
        .iter()
        .filter(|e| e.kind != EventKind::IscmFounded)
    {
        has(&e.source.doc, &e.text, &e.id);
        if let Some(date) = &e.date {
            let docs: Vec<&str> = std::iter::once(&e.source)
                .chain(&e.also_in)
                .map(|s| s.doc.as_str())
                .collect();
            assert!(
                docs.iter().any(|doc| seeds.has(doc, date)),
                "{}: date {date} not stated",
                e.id
            );
        }
    }
    for m in &d.grcp_meetings {
        assert!(
            m.sources.iter().any(|s| seeds.has(&s.doc, &m.text)),
            "{}: text not in its sources",
            m.id
        );
        for field in [&m.theme, &m.place, &m.attendance, &m.date]
            .into_iter()
            .flatten()
        {
            assert!(
                m.sources.iter().any(|s| seeds.has(&s.doc, field)),
                "{}: {field} not in its sources",
                m.id
            );
        }
        for v in &m.variants {
            has(&v.source.doc, &v.text, &m.id);
        }
    }
    for m in &d.inactive_iscms {
        has(&m.sources[0].doc, &m.text, &m.id);
        assert!(
            m.sources.iter().any(|s| seeds.has(&s.doc, &m.name)),
            "{}: name not in its sources",
            m.id
        );
        for v in &m.variants {
            has(&v.source.doc, &v.text, &m.id);
        }
    }
    for r in &d.references {
        has("report", &r.heading, &r.id);
        for e in &r.entries {
            let before_url = e.text.split(" Available ").next().unwrap();
            has("report", before_url, &r.id);
            if let Some(url) = &e.url {
                assert!(
                    seeds.raw["report"].contains(url.as_str()),
                    "{}: url {url} not printed",
                    r.id
                );
                assert!(e.text.contains(url.as_str()));
            }
        }
    }
    assert!(n > 500, "only {n} texts checked");
}

#[test]
fn the_normaliser_only_removes_markup() {
    assert_eq!(normalise("a<sup>12</sup> b"), "a b");
    assert_eq!(
        normalise("**Informal nature.** The"),
        "Informal nature. The"
    );
    assert_eq!(normalise("[Annex 1](#) shows"), "Annex 1 shows");
    assert_eq!(normalise("x\\_y  \n z"), "x_y z");
    assert_eq!(normalise("a < b\nand c > d"), "a < b and c > d");
    assert_eq!(normalise("<b>IRF</b>\tinterregional"), "IRF interregional");
    let seeds = Seeds::load();
    assert!(!seeds.has("report", "ISCMs are formal and binding."));
    assert!(!seeds.has("report", ""));
}

#[test]
fn spot_checks_of_figures() {
    let d = data();
    let s = &d.survey_figures;
    for (id, value, unit) in [
        ("questionnaires-iscms-share", 70.0, FigureUnit::Percent),
        ("questionnaires-states-share", 30.0, FigureUnit::Percent),
        (
            "questionnaires-organizations-share",
            60.0,
            FigureUnit::Percent,
        ),
        ("grcp8-iscms-present", 27.0, FigureUnit::Count),
        ("active-rcps", 17.0, FigureUnit::Count),
        ("active-irfs", 12.0, FigureUnit::Count),
        ("assessment-2010-iscms", 14.0, FigureUnit::Count),
        ("assessment-2013-iscms", 25.0, FigureUnit::Count),
        ("grcp7-iscms", 22.0, FigureUnit::Count),
        ("gfmd-participation", 19.0, FigureUnit::Count),
        ("gcm-direct-participation", 5.0, FigureUnit::Count),
        ("membership-increased", 9.0, FigureUnit::Count),
        ("no-monitoring-information", 10.0, FigureUnit::Count),
        ("iom-member-of", 4.0, FigureUnit::Count),
        ("membership-fee-arrangements", 50.0, FigureUnit::Percent),
    ] {
        let f = figure(s, id);
        assert_eq!(f.value, value, "{id}");
        assert_eq!(f.unit, unit, "{id}");
    }
    assert!(figure(s, "gfmd-participation")
        .text
        .contains("19 ISCMs reported participating at the GFMD"));
    let g = &d.gcm_review_figures;
    for (id, value) in [
        ("review-iscms-reached", 11.0),
        ("review-iscms-membership", 160.0),
        ("review-questionnaire-respondents", 9.0),
        ("review-with-position", 5.0),
        ("review-without-position", 4.0),
        ("review-iscms-2018", 30.0),
        ("review-rcps-2018", 15.0),
        ("review-irfs-2018", 13.0),
        ("review-global-processes-2018", 2.0),
        ("review-countries-in-rcps", 186.0),
        ("review-max-iscms-per-country", 14.0),
        ("review-grcp7-iscms", 22.0),
        ("review-pre-grcp7-survey-total", 27.0),
        ("review-partnerships", 8.0),
    ] {
        assert_eq!(figure(g, id).value, value, "{id}");
    }
    // Where the wording has digits, they are the value.
    for f in s.iter().chain(g) {
        assert!(f.value >= 0.0);
        if f.unit == FigureUnit::Percent {
            assert!(f.value <= 100.0, "{}", f.id);
            assert!(
                f.wording.contains('%') || f.wording.contains("half"),
                "{}",
                f.id
            );
        }
        let digits: String = f.wording.chars().filter(char::is_ascii_digit).collect();
        if !digits.is_empty() && f.figure.is_none() {
            let n: f64 = f
                .wording
                .split(|c: char| !c.is_ascii_digit())
                .find(|w| !w.is_empty())
                .unwrap()
                .parse()
                .unwrap();
            assert_eq!(n, f.value, "{}: wording {:?}", f.id, f.wording);
        }
    }
    // Figure 4 of the review: 5 + 2 + 1 + 1 = the nine questionnaire respondents.
    let fig4: f64 = g
        .iter()
        .filter(|f| f.figure.as_deref() == Some("Figure 4"))
        .map(|f| f.value)
        .sum();
    assert_eq!(fig4, figure(g, "review-questionnaire-respondents").value);
}

#[test]
fn spot_checks_of_definitions_and_phases() {
    let d = data();
    let def = |id: &str| {
        d.definitions
            .iter()
            .find(|x| x.id == id)
            .unwrap_or_else(|| panic!("no definition {id}"))
    };
    for id in [
        "iscm",
        "rcp",
        "irf",
        "global-process",
        "migration-governance",
    ] {
        assert_eq!(def(id).sources[0].doc, "report", "{id}");
    }
    assert!(def("iscm")
        .text
        .starts_with("State-led, ongoing information-sharing and policy dialogues"));
    assert!(def("iscm")
        .variants
        .iter()
        .any(|v| v.source.doc == "iom-web-page"));
    assert!(def("rcp").text.contains("(usually geographic) region"));
    assert!(def("irf").text.contains("connect two or more regions"));
    let mg = def("migration-governance");
    assert!(mg
        .text
        .starts_with("The combined frameworks of legal norms, laws and regulations"));
    assert_eq!(
        mg.sources[0].section,
        "2. Migration governance and its emergence at the global level"
    );
    for doc in ["iom-web-page", "gcm-review"] {
        assert!(
            mg.variants.iter().any(|v| v.source.doc == doc),
            "migration governance lacks the {doc} wording"
        );
    }
    let numbers: Vec<u8> = d.governance_phases.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert!(d.governance_phases[0].text.starts_with("Agenda-setting"));
    assert!(d.governance_phases[1]
        .text
        .starts_with("Consensus-building"));
    assert!(d.governance_phases[2]
        .text
        .starts_with("Changes in concrete laws"));
    let levels: Vec<&str> = d.governance_levels.iter().map(|l| l.id.as_str()).collect();
    for l in [
        "national",
        "bilateral",
        "regional",
        "interregional",
        "global",
    ] {
        assert!(levels.contains(&l), "no level {l}");
    }
    assert_eq!(d.characteristics.len(), 7);
    let table1: Vec<_> = d
        .themes
        .iter()
        .filter(|t| t.group == ThemeGroup::Table1Survey && t.recurrent_in_both == Some(true))
        .collect();
    assert_eq!(table1.len(), 5, "bold themes of Table 1's survey column");
    assert_eq!(
        d.themes
            .iter()
            .filter(|t| t.group == ThemeGroup::Common)
            .count(),
        8
    );
}

#[test]
fn grcp_meetings_agree_with_the_timeline() {
    let d = data();
    let numbers: Vec<u8> = d.grcp_meetings.iter().filter_map(|m| m.number).collect();
    assert_eq!(numbers, [3, 4, 5, 6, 7, 8]);
    let g8 = d.grcp_meetings.iter().find(|m| m.id == "grcp-8").unwrap();
    assert_eq!(g8.year, Some(2019));
    assert_eq!(g8.date.as_deref(), Some("5 April 2019"));
    let g7 = d.grcp_meetings.iter().find(|m| m.id == "grcp-7").unwrap();
    assert_eq!(g7.year, Some(2017));
    for m in &d.grcp_meetings {
        let on_timeline = d.timeline.iter().find(|e| e.id == m.id);
        match m.year {
            Some(y) => {
                let e = on_timeline
                    .unwrap_or_else(|| panic!("{} has a year but is not on the timeline", m.id));
                assert_eq!(e.kind, EventKind::Grcp);
                assert_eq!(e.year, y, "{}", m.id);
                assert_eq!(e.date, m.date, "{}", m.id);
            }
            None => assert!(
                on_timeline.is_none(),
                "{} has no stated year but is on the timeline",
                m.id
            ),
        }
    }
    for e in d.timeline.iter().filter(|e| e.kind == EventKind::Grcp) {
        assert!(
            d.grcp_meetings.iter().any(|m| m.id == e.id),
            "{} is not a GRCP meeting",
            e.id
        );
    }
}

#[test]
fn inactive_iscms_include_those_the_report_names() {
    let d = data();
    let get = |id: &str| {
        d.inactive_iscms
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("no {id}"))
    };
    assert_eq!(get("cis-conference").status, InactiveStatus::Completed);
    assert_eq!(get("cis-conference").year_ended, Some(2005));
    assert_eq!(get("berne-initiative").status, InactiveStatus::Completed);
    let s = get("soderkoping-process");
    assert_eq!(s.status, InactiveStatus::Transformed);
    assert_eq!(s.successor_iscm_id.as_deref(), Some("eap-panel"));
    assert_eq!(
        get("eu-south-caucasus-cluster-process").status,
        InactiveStatus::Dormant
    );
    assert_eq!(get("high-level-dialogue").status, InactiveStatus::Renamed);
}

#[test]
fn data_notes_cover_the_known_problems() {
    let d = data();
    let ids: BTreeSet<&str> = d.data_notes.iter().map(|n| n.id.as_str()).collect();
    for id in [
        "section-4-5-numbered-twice",
        "active-iscm-counts-differ",
        "gcm-review-respondent-counts",
        "grcp-7-date",
        "figure-numbers-lost",
        "cis-conference-status",
    ] {
        assert!(ids.contains(id), "no data note {id}");
    }
    let seeds = Seeds::load();
    // The section numbered twice really is.
    let toc = &seeds.raw["report"];
    assert_eq!(
        toc.matches("4.5. Findings of the 2019 ISCM assessment survey on ISCM sustainability")
            .count(),
        1
    );
    assert_eq!(
        toc.matches("4.5. GRCP 8 discussions on ISCM structure and sustainability")
            .count(),
        1
    );
    // The two counts of active ISCMs disagree, as the note says.
    let s = figure(&d.survey_figures, "active-rcps").value;
    let g = figure(&d.gcm_review_figures, "review-rcps-2018").value;
    assert_ne!(s, g);
}
