//! Search across every kind of record: ISCMs, themes, GRCP 8 agenda slots and people,
//! the assessment's findings and the glossary. Case- and accent-insensitive (the explorer's
//! folding), every search word must occur; results are grouped by kind.

use super::context::Context;
use super::grcp8::Grcp8;
use super::Dataset;
use crate::explore::search::{fold, haystack, search_matches, terms};
use crate::i18n::explorer::ExplorerText;
use crate::i18n::{count, format::date, Lang};
use crate::route::{hash_with_query, Route, Topic};

/// The kinds of record, in the order results are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    Iscm,
    Theme,
    AgendaSlot,
    Person,
    Finding,
    Glossary,
}

impl HitKind {
    pub const ALL: [HitKind; 6] = [
        HitKind::Iscm,
        HitKind::Theme,
        HitKind::AgendaSlot,
        HitKind::Person,
        HitKind::Finding,
        HitKind::Glossary,
    ];

    /// The group's heading.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// The group's heading in an interface language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let t = ExplorerText::of(lang);
        match self {
            HitKind::Iscm => t.hits_iscms,
            HitKind::Theme => t.themes,
            HitKind::AgendaSlot => t.hits_agenda,
            HitKind::Person => t.hits_people,
            HitKind::Finding => t.hits_findings,
            HitKind::Glossary => t.hits_glossary,
        }
    }
}

/// One searchable record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: HitKind,
    /// The result's link text.
    pub title: String,
    /// A line under it.
    pub detail: String,
    /// Whether the line is the dataset's own (English) text, rather than the interface's.
    pub detail_is_data: bool,
    /// Where it leads (a URL fragment, `#` included).
    pub target: String,
    /// Folded text the search words are looked for in.
    haystack: String,
}

/// Every searchable record, folded once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteIndex {
    entries: Vec<Entry>,
}

/// The results of one kind: the first few, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group<'a> {
    pub kind: HitKind,
    pub total: usize,
    pub shown: Vec<&'a Entry>,
}

/// Shortens a long text to about `max` characters, on a word boundary.
fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

fn entry(kind: HitKind, title: String, detail: String, target: String, text: &str) -> Entry {
    Entry {
        kind,
        haystack: fold(&format!("{title}\n{detail}\n{text}")),
        title,
        detail,
        detail_is_data: true,
        target,
    }
}

/// An entry whose line under the title is interface text: searched in English (the
/// language of everything else searched), shown in the interface's language.
fn entry_in(
    kind: HitKind,
    title: String,
    (english, shown): (String, String),
    target: String,
    text: &str,
) -> Entry {
    Entry {
        detail: shown,
        detail_is_data: false,
        ..entry(kind, title, english, target, text)
    }
}

impl SiteIndex {
    /// Indexes the core file, and the agenda and context files when they are loaded.
    pub fn build(core: &Dataset, agenda: Option<&Grcp8>, context: Option<&Context>) -> SiteIndex {
        SiteIndex::build_in(core, agenda, context, Lang::En)
    }

    /// [`build`](Self::build) with the interface's lines (a theme's count, a slot's date) in
    /// a language.
    pub fn build_in(
        core: &Dataset,
        agenda: Option<&Grcp8>,
        context: Option<&Context>,
        lang: Lang,
    ) -> SiteIndex {
        let both = |write: &dyn Fn(Lang) -> String| (write(Lang::En), write(lang));
        let mut entries = Vec::new();
        for iscm in &core.iscms {
            entries.push(Entry {
                kind: HitKind::Iscm,
                title: iscm.short_name.clone(),
                detail: iscm.name.clone(),
                detail_is_data: true,
                target: Route::Iscm(iscm.id.clone()).to_hash(),
                haystack: haystack(core, iscm, None),
            });
        }
        for theme in &core.themes {
            let n = core.iscms_with_theme(&theme.id).count();
            entries.push(entry_in(
                HitKind::Theme,
                theme.name.clone(),
                both(&|lang| {
                    let t = ExplorerText::of(lang);
                    count(lang, n, t.theme_iscms_one, t.theme_iscms_other)
                }),
                hash_with_query(&Route::Home, &format!("theme={}", theme.id)),
                theme.chapter1_name.as_deref().unwrap_or(""),
            ));
        }
        if let Some(agenda) = agenda {
            for slot in &agenda.slots {
                let items: Vec<&str> = slot
                    .items
                    .iter()
                    .filter_map(|i| i.title.as_deref())
                    .collect();
                entries.push(entry_in(
                    HitKind::AgendaSlot,
                    slot.title.clone(),
                    both(&|lang| {
                        let day = date(lang, 2019, 4, 5).unwrap_or_default();
                        format!("{}–{}, {day}", slot.start, slot.end)
                    }),
                    Route::Grcp8Session(slot.session_id.clone()).to_hash(),
                    &items.join("\n"),
                ));
            }
            for person in &agenda.people {
                let session = agenda
                    .slots
                    .iter()
                    .find(|slot| slot.roles.iter().any(|role| role.person_id == person.id))
                    .map_or(Route::Grcp8, |slot| {
                        Route::Grcp8Session(slot.session_id.clone())
                    });
                let iscms: Vec<&str> = person
                    .iscm_ids
                    .iter()
                    .filter_map(|id| core.iscm(id))
                    .map(|iscm| iscm.short_name.as_str())
                    .collect();
                entries.push(entry(
                    HitKind::Person,
                    format!("{} {}", person.honorific, person.name),
                    person
                        .capacity
                        .clone()
                        .unwrap_or_else(|| person.position.clone()),
                    session.to_hash(),
                    &format!("{}\n{}", person.position, iscms.join("\n")),
                ));
            }
        }
        if let Some(context) = context {
            for finding in &context.findings {
                entries.push(entry(
                    HitKind::Finding,
                    finding.heading.clone(),
                    excerpt(&finding.text, 160),
                    Route::Topic(Topic::Assessment).to_hash(),
                    &format!("{}\n{}", finding.text, finding.items.join("\n")),
                ));
            }
            for term in &context.glossary {
                entries.push(entry(
                    HitKind::Glossary,
                    term.abbr.clone(),
                    term.expansion.clone(),
                    Route::Glossary.to_hash(),
                    "",
                ));
            }
        }
        SiteIndex { entries }
    }

    /// The records that contain every word of `needle`, grouped by kind (kinds with no
    /// result left out), at most `per_group` shown of each.
    pub fn search(&self, needle: &str, per_group: usize) -> Vec<Group<'_>> {
        let words = terms(needle);
        if words.is_empty() {
            return Vec::new();
        }
        HitKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let hits: Vec<&Entry> = self
                    .entries
                    .iter()
                    .filter(|e| e.kind == kind && search_matches(&e.haystack, &words))
                    .collect();
                (!hits.is_empty()).then(|| Group {
                    kind,
                    total: hits.len(),
                    shown: hits.into_iter().take(per_group).collect(),
                })
            })
            .collect()
    }

    /// How many records are indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpts_cut_on_a_word() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("one two three four", 10), "one two…");
    }
}
