//! Validation of the dataset files: parse errors with their JSON path, and the rules that
//! serde's types cannot express (unique ids, references that resolve, sources that name a
//! known document, no empty facts). Each problem names its file, its JSON path and the reason,
//! so a maintainer can fix the data without reading Rust.

use std::collections::HashSet;
use std::fmt;

use serde_json::Value;

use super::context::Context;
use super::decode::{decode_file, Decode};
use super::grcp8::Grcp8;
use super::iscms::IscmsFile;
use super::statements::StatementsFile;
use crate::route::is_id;

/// The dataset's files under `public/data/`, core file first.
pub const FILES: [&str; 4] = [
    "iscms.json",
    "statements.json",
    "grcp8.json",
    "context.json",
];

/// One broken rule, located in the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file name under `public/data/`, e.g. `iscms.json`.
    pub file: String,
    /// Where in the file, as a JSON path (`iscms[3].region_ids[1]`); `$` is the whole file.
    pub path: String,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.reason)
    }
}

/// A parsed file: its typed form, and the JSON tree the structural checks walk.
pub struct Parsed<T> {
    pub data: T,
    pub tree: Value,
}

/// Parses a dataset file: its JSON tree (a syntax error names its line and column), then its
/// types read from that tree by the hand-written decoder (a shape error names its JSON path
/// and what was expected). No serde visitor of the types is involved, which keeps them out
/// of the app's wasm; see `decode.rs`.
pub fn decode<T: Decode>(file: &str, text: &str) -> Result<Parsed<T>, Problem> {
    let tree = parse_tree(file, text)?;
    let data = decode_file::<T>(&tree).map_err(|error| Problem {
        file: file.to_string(),
        path: error.path,
        reason: error.reason,
    })?;
    Ok(Parsed { data, tree })
}

/// The JSON tree of a file. serde_json refuses nesting deeper than 128, so hostile input
/// cannot exhaust the stack here or in the walkers.
fn parse_tree(file: &str, text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|error| Problem {
        file: file.to_string(),
        path: "$".to_string(),
        reason: error.to_string(),
    })
}

/// Collects problems for one file.
pub struct Checker {
    file: String,
    pub problems: Vec<Problem>,
}

impl Checker {
    pub fn new(file: &str) -> Checker {
        Checker {
            file: file.to_string(),
            problems: Vec::new(),
        }
    }

    /// Records a problem at `path`.
    pub fn fail(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        let path: String = path.into();
        // Walkers start at the root, `$`; a path into the file reads better without it.
        let path = match path.strip_prefix("$.") {
            Some(inner) => inner.to_string(),
            None => path,
        };
        self.problems.push(Problem {
            file: self.file.clone(),
            path,
            reason: reason.into(),
        });
    }

    /// Text that must not be empty or blank.
    pub fn text(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.fail(path, "is empty");
        }
    }

    /// A list of records whose ids must be well-formed slugs and unique; returns the ids.
    pub fn ids<'a>(
        &mut self,
        list: &str,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if !is_id(id) {
                self.fail(
                    format!("{list}[{i}].id"),
                    format!("“{id}” is not a lowercase kebab-case id"),
                );
            }
            if !seen.insert(id) {
                self.fail(
                    format!("{list}[{i}].id"),
                    format!("“{id}” is used twice in {list}"),
                );
            }
        }
        seen
    }

    /// References that must name a record of `target`.
    pub fn refs<'a>(
        &mut self,
        path: &str,
        refs: impl IntoIterator<Item = &'a String>,
        known: &HashSet<&str>,
        target: &str,
    ) {
        for (i, id) in refs.into_iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.fail(
                    format!("{path}[{i}]"),
                    format!("no {target} has the id “{id}”"),
                );
            }
        }
    }

    /// Every source reference anywhere in `value` (an object with `doc` and `section`) must
    /// name a known document and a section.
    pub fn sources(&mut self, tree: &Value, documents: &HashSet<&str>) {
        let mut found = Vec::new();
        collect_sources(tree, "$".to_string(), &mut found);
        for (path, doc, section) in found {
            if !documents.contains(doc.as_str()) {
                self.fail(
                    format!("{path}.doc"),
                    format!("no source document has the id “{doc}”"),
                );
            }
            if section.trim().is_empty() {
                self.fail(
                    format!("{path}.section"),
                    "is empty: name the section, annex or box",
                );
            }
        }
    }
}

/// Finds objects shaped like a source reference, with their JSON paths.
fn collect_sources(value: &Value, path: String, found: &mut Vec<(String, String, String)>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(doc)), Some(Value::String(section))) =
                (map.get("doc"), map.get("section"))
            {
                found.push((path.clone(), doc.clone(), section.clone()));
            }
            for (key, child) in map {
                collect_sources(child, format!("{path}.{key}"), found);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_sources(child, format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}

/// The ids the other files may refer to, taken from the core file.
pub struct CoreIds<'a> {
    pub documents: HashSet<&'a str>,
    pub iscms: HashSet<&'a str>,
    pub themes: HashSet<&'a str>,
}

/// Checks the core file, `iscms.json`.
pub fn check_core(data: &IscmsFile, tree: &Value) -> Vec<Problem> {
    let mut c = Checker::new("iscms.json");
    let meta = &data.meta;
    c.text("meta.version", &meta.version);
    c.text("meta.fact_sheet_as_of", &meta.fact_sheet_as_of);
    let documents = c.ids(
        "meta.documents",
        meta.documents.iter().map(|d| d.id.as_str()),
    );
    let regions = c.ids("regions", data.regions.iter().map(|r| r.id.as_str()));
    let roles = c.ids("iom_roles", data.iom_roles.iter().map(|r| r.id.as_str()));
    let organizations = c.ids(
        "organizations",
        data.organizations.iter().map(|o| o.id.as_str()),
    );
    let themes = c.ids("themes", data.themes.iter().map(|t| t.id.as_str()));
    let iscms = c.ids("iscms", data.iscms.iter().map(|i| i.id.as_str()));
    c.ids("data_notes", data.data_notes.iter().map(|n| n.id.as_str()));

    let mut kinds = HashSet::new();
    for (i, kind) in data.types.iter().enumerate() {
        if !kinds.insert(kind.id) {
            c.fail(
                format!("types[{i}].id"),
                format!("type “{}” is defined twice", kind.id.id()),
            );
        }
    }
    for (i, theme) in data.themes.iter().enumerate() {
        c.text(format!("themes[{i}].name"), &theme.name);
    }

    let mut rows = HashSet::new();
    for (i, iscm) in data.iscms.iter().enumerate() {
        let at = format!("iscms[{i}]");
        c.text(format!("{at}.name"), &iscm.name);
        c.text(format!("{at}.short_name"), &iscm.short_name);
        if !rows.insert(iscm.row) {
            c.fail(
                format!("{at}.row"),
                format!("row {} is used twice", iscm.row),
            );
        }
        if !kinds.contains(&iscm.kind) {
            c.fail(
                format!("{at}.type"),
                format!("type “{}” is not defined in types", iscm.kind.id()),
            );
        }
        c.refs(
            &format!("{at}.region_ids"),
            &iscm.region_ids,
            &regions,
            "region",
        );
        c.refs(
            &format!("{at}.organization_ids"),
            &iscm.organization_ids,
            &organizations,
            "organization",
        );
        c.refs(
            &format!("{at}.secretariat_ids"),
            &iscm.secretariat_ids,
            &organizations,
            "organization",
        );
        c.refs(
            &format!("{at}.secretariat_support_ids"),
            &iscm.secretariat_support_ids,
            &organizations,
            "organization",
        );
        c.refs(
            &format!("{at}.past_secretariat_ids"),
            &iscm.past_secretariat_ids,
            &organizations,
            "organization",
        );
        c.refs(
            &format!("{at}.iom_role_ids"),
            &iscm.iom_role_ids,
            &roles,
            "IOM role",
        );
        if let Some(theme_ids) = &iscm.theme_ids {
            c.refs(&format!("{at}.theme_ids"), theme_ids, &themes, "theme");
        }
        c.refs(
            &format!("{at}.theme_ids_unclear"),
            &iscm.theme_ids_unclear,
            &themes,
            "theme",
        );
        if iscm.region_ids.is_empty() {
            c.fail(format!("{at}.region_ids"), "lists no region");
        }
        let columns: Vec<&str> = iscm.annex2.cells().iter().map(|(key, _)| *key).collect();
        for (u, update) in iscm.updates.iter().enumerate() {
            let at = format!("{at}.updates[{u}]");
            if !columns.contains(&update.column.as_str()) {
                c.fail(
                    format!("{at}.column"),
                    format!(
                        "“{}” is not an Annex 2 column ({})",
                        update.column,
                        columns.join(", ")
                    ),
                );
            }
            if update.value.is_empty() || update.value.iter().any(|item| item.trim().is_empty()) {
                c.fail(format!("{at}.value"), "is empty or has an empty item");
            }
            c.text(format!("{at}.as_of"), &update.as_of);
        }
        for (key, cell) in iscm.annex2.cells() {
            if cell.is_empty() || cell.iter().any(|item| item.trim().is_empty()) {
                c.fail(
                    format!("{at}.annex2.{key}"),
                    "an Annex 2 cell is missing or has an empty item",
                );
            }
        }
    }
    for (l, list) in data.chapter1_lists.iter().enumerate() {
        for (i, item) in list.items.iter().enumerate() {
            c.refs(
                &format!("chapter1_lists[{l}].items[{i}].theme_ids"),
                &item.theme_ids,
                &themes,
                "theme",
            );
        }
    }
    c.refs(
        "participation.survey_organization_ids",
        &data.participation.survey_organization_ids,
        &organizations,
        "organization",
    );
    check_notes(&mut c, &data.data_notes, &iscms);
    c.sources(tree, &documents);
    c.problems
}

/// Data notes: text present, at least one source, ISCMs that exist.
pub fn check_notes(c: &mut Checker, notes: &[super::source::DataNote], iscms: &HashSet<&str>) {
    for (i, note) in notes.iter().enumerate() {
        c.text(format!("data_notes[{i}].issue"), &note.issue);
        c.text(format!("data_notes[{i}].resolution"), &note.resolution);
        if note.sources.is_empty() {
            c.fail(format!("data_notes[{i}].sources"), "names no source");
        }
        c.refs(
            &format!("data_notes[{i}].iscm_ids"),
            &note.iscm_ids,
            iscms,
            "ISCM",
        );
    }
}

impl IscmsFile {
    /// The ids other files refer to.
    pub fn core_ids(&self) -> CoreIds<'_> {
        CoreIds {
            documents: self.meta.documents.iter().map(|d| d.id.as_str()).collect(),
            iscms: self.iscms.iter().map(|i| i.id.as_str()).collect(),
            themes: self.themes.iter().map(|t| t.id.as_str()).collect(),
        }
    }
}

/// Every list of records (an array of objects with an `id`) must have unique, well-formed ids.
pub fn check_all_ids(c: &mut Checker, tree: &Value) {
    walk_lists(c, tree, "$".to_string());
}

fn walk_lists(c: &mut Checker, value: &Value, path: String) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                walk_lists(c, child, format!("{path}.{key}"));
            }
        }
        Value::Array(items) => {
            let ids = items
                .iter()
                .filter_map(|item| item.get("id").and_then(Value::as_str));
            if items.iter().any(|item| item.get("id").is_some()) {
                c.ids(path.trim_start_matches("$."), ids);
            }
            for (i, child) in items.iter().enumerate() {
                walk_lists(c, child, format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

/// A kind of reference: the JSON keys that hold it and the ids it may name.
pub struct RefKind<'a> {
    pub keys: &'a [&'a str],
    pub target: &'a str,
    pub known: &'a HashSet<&'a str>,
}

/// Every value under one of `kinds`' keys (a string, or a list of strings) must name a known id.
pub fn check_refs_by_key(c: &mut Checker, tree: &Value, kinds: &[RefKind<'_>]) {
    walk_refs(c, tree, "$".to_string(), kinds);
}

fn walk_refs(c: &mut Checker, value: &Value, path: String, kinds: &[RefKind<'_>]) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let at = format!("{path}.{key}");
                if let Some(kind) = kinds.iter().find(|kind| kind.keys.contains(&key.as_str())) {
                    let check = |c: &mut Checker, id: &str, at: String| {
                        if !kind.known.contains(id) {
                            c.fail(at, format!("no {} has the id “{id}”", kind.target));
                        }
                    };
                    match child {
                        Value::String(id) => check(c, id, at.clone()),
                        Value::Array(ids) => {
                            for (i, id) in ids.iter().enumerate() {
                                if let Value::String(id) = id {
                                    check(c, id, format!("{at}[{i}]"));
                                }
                            }
                        }
                        _ => {}
                    }
                }
                walk_refs(c, child, at, kinds);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk_refs(c, child, format!("{path}[{i}]"), kinds);
            }
        }
        _ => {}
    }
}

/// The keys that name ISCMs in every file.
const ISCM_KEYS: &[&str] = &[
    "iscm_id",
    "iscm_ids",
    "attending_iscm_ids",
    "successor_iscm_id",
];

/// Checks `statements.json` against the core file.
pub fn check_statements(data: &StatementsFile, tree: &Value, core: &CoreIds<'_>) -> Vec<Problem> {
    let mut c = Checker::new("statements.json");
    check_all_ids(&mut c, tree);
    let tags: HashSet<&str> = data.tags.iter().map(|tag| tag.id.as_str()).collect();
    for (i, statement) in data.statements.iter().enumerate() {
        c.text(format!("statements[{i}].text"), &statement.text);
        if statement.iscm_ids.is_empty() {
            c.fail(format!("statements[{i}].iscm_ids"), "names no ISCM");
        }
        c.refs(
            &format!("statements[{i}].tags"),
            &statement.tags,
            &tags,
            "tag",
        );
    }
    check_refs_by_key(
        &mut c,
        tree,
        &[RefKind {
            keys: ISCM_KEYS,
            target: "ISCM",
            known: &core.iscms,
        }],
    );
    check_notes(&mut c, &data.data_notes, &core.iscms);
    c.sources(tree, &core.documents);
    c.problems
}

/// Checks `grcp8.json` against the core file.
pub fn check_grcp8(data: &Grcp8, tree: &Value, core: &CoreIds<'_>) -> Vec<Problem> {
    let mut c = Checker::new("grcp8.json");
    check_all_ids(&mut c, tree);
    let people: HashSet<&str> = data.people.iter().map(|p| p.id.as_str()).collect();
    let sessions: HashSet<&str> = data.sessions.iter().map(|s| s.id.as_str()).collect();
    let slots: HashSet<&str> = data.slots.iter().map(|s| s.id.as_str()).collect();
    let groups: HashSet<&str> = data.lunch_groups.iter().map(|g| g.id.as_str()).collect();
    check_refs_by_key(
        &mut c,
        tree,
        &[
            RefKind {
                keys: ISCM_KEYS,
                target: "ISCM",
                known: &core.iscms,
            },
            RefKind {
                keys: &["person_id", "people", "co_facilitator_ids"],
                target: "person",
                known: &people,
            },
            RefKind {
                keys: &["session_id", "objectives_shared_with"],
                target: "session",
                known: &sessions,
            },
            RefKind {
                keys: &["slot_id", "slot_ids"],
                target: "agenda slot",
                known: &slots,
            },
            RefKind {
                keys: &["group_id"],
                target: "lunch group",
                known: &groups,
            },
        ],
    );
    check_notes(&mut c, &data.data_notes, &core.iscms);
    c.sources(tree, &core.documents);
    c.problems
}

/// Checks `context.json` against the core file.
pub fn check_context(data: &Context, tree: &Value, core: &CoreIds<'_>) -> Vec<Problem> {
    let mut c = Checker::new("context.json");
    check_all_ids(&mut c, tree);
    check_refs_by_key(
        &mut c,
        tree,
        &[RefKind {
            keys: ISCM_KEYS,
            target: "ISCM",
            known: &core.iscms,
        }],
    );
    check_notes(&mut c, &data.data_notes, &core.iscms);
    c.sources(tree, &core.documents);
    c.problems
}

/// Validates the whole dataset, given each file's name and text (a missing file is `None`).
/// The core file is checked first; the others are checked against it.
pub fn validate_files(read: impl Fn(&str) -> Option<String>) -> Vec<Problem> {
    let missing = |file: &str| Problem {
        file: file.to_string(),
        path: "$".to_string(),
        reason: "the file is missing or unreadable".to_string(),
    };
    let mut problems = Vec::new();
    let Some(core_text) = read(FILES[0]) else {
        return vec![missing(FILES[0])];
    };
    let core: Parsed<IscmsFile> = match decode(FILES[0], &core_text) {
        Ok(core) => core,
        Err(problem) => return vec![problem],
    };
    problems.extend(check_core(&core.data, &core.tree));
    let core = core.data;
    let ids = core.core_ids();
    for file in &FILES[1..] {
        let Some(text) = read(file) else {
            problems.push(missing(file));
            continue;
        };
        let found = match *file {
            "statements.json" => {
                decode(file, &text).map(|p| check_statements(&p.data, &p.tree, &ids))
            }
            "grcp8.json" => decode(file, &text).map(|p| check_grcp8(&p.data, &p.tree, &ids)),
            _ => decode(file, &text).map(|p| check_context(&p.data, &p.tree, &ids)),
        };
        match found {
            Ok(found) => problems.extend(found),
            Err(problem) => problems.push(problem),
        }
    }
    problems
}
