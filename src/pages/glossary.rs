//! The glossary: every acronym and short name of the sources with its expansion and where it
//! is spelt out, alphabetical, with a filter (case- and accent-insensitive) and an A–Z jump
//! list. The jump list is made of buttons that scroll to the letter: a `href="#A"` link would
//! be read by the app as a route.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{set_description, set_title};
use crate::components::source_line::SourceLine;
use crate::dataset::context::{Context, GlossaryEntry};
use crate::dataset::glossary::{glossary_groups, letter_label, topic_note_ids};
use crate::dataset::Dataset;
use crate::i18n::pages::PagesText;
use crate::i18n::shell::ShellText;
use crate::i18n::{count, fill, number};
use crate::pages::topics::{data_notes, with_context};
use crate::route::Route;

/// The id of a letter's heading.
fn letter_id(letter: char) -> String {
    if letter == '#' {
        "glossary-digits".to_string()
    } else {
        format!("glossary-{}", letter.to_ascii_lowercase())
    }
}

/// Scrolls to a letter's heading and moves focus there, so keyboard users land on it too.
fn jump_to(letter: char) {
    if let Some(element) = document().get_element_by_id(&letter_id(letter)) {
        element.scroll_into_view();
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

#[component]
pub fn GlossaryPage(data: Arc<Dataset>) -> impl IntoView {
    let t = PagesText::now();
    set_title(t.glossary_title);
    set_description(t.glossary_description);
    let filter = RwSignal::new(String::new());
    view! {
        <nav class="breadcrumbs" aria-label=t.breadcrumb>
            <a href=Route::Topics.to_hash()>{ShellText::now().nav_topics}</a>
            " › "
            <span aria-current="page">{t.glossary_title}</span>
        </nav>
        <h1>{t.glossary_title}</h1>
        <p class="lede">{t.glossary_lede}</p>
        {with_context(data, move |data, context| render(data, context, filter))}
    }
}

fn render(data: &Arc<Dataset>, context: &Arc<Context>, filter: RwSignal<String>) -> AnyView {
    let lang = crate::i18n::current();
    let t = PagesText::of(lang);
    let total = context.glossary.len();
    let groups = {
        let data = Arc::clone(data);
        let context = Arc::clone(context);
        move || filter.with(|needle| groups_view(&data, &context.glossary, needle))
    };
    let jump_list = {
        let context = Arc::clone(context);
        move || {
            let buttons = filter.with(|needle| {
                glossary_groups(&context.glossary, needle)
                    .into_iter()
                    .map(|(letter, _)| {
                        let label = letter_label(letter);
                        let name = fill(t.jump_to, &[("letter", &label)]);
                        view! {
                            <li>
                                <button type="button" class="tp-jump" aria-label=name on:click=move |_| jump_to(letter)>
                                    {label}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            });
            view! { <ul>{buttons}</ul> }
        }
    };
    let count = {
        let context = Arc::clone(context);
        move || {
            filter.with(|needle| {
                let shown: usize = glossary_groups(&context.glossary, needle)
                    .iter()
                    .map(|(_, entries)| entries.len())
                    .sum();
                if needle.trim().is_empty() {
                    count(lang, total, t.entries_one, t.entries_other)
                } else {
                    fill(
                        t.entries_match,
                        &[
                            ("shown", &number(lang, shown as i64)),
                            ("total", &number(lang, total as i64)),
                        ],
                    )
                }
            })
        }
    };
    view! {
        <div class="search glossary-filter">
            <label for="glossary-filter">{t.glossary_filter}</label>
            <input
                id="glossary-filter"
                type="search"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || filter.get()
                on:input=move |event| filter.set(event_target_value(&event))
            />
        </div>
        <p class="result-count" role="status" aria-live="polite">{count}</p>
        <nav class="jump-list" aria-label=t.glossary_letters>{jump_list}</nav>
        {groups}
        {data_notes(data, context, topic_note_ids(None))}
    }
    .into_any()
}

fn groups_view(data: &Arc<Dataset>, entries: &[GlossaryEntry], needle: &str) -> AnyView {
    let groups = glossary_groups(entries, needle);
    if groups.is_empty() {
        let t = PagesText::now();
        let text = fill(t.no_entry_matches, &[("filter", needle.trim())]);
        return view! { <p class="no-results">{text}</p> }.into_any();
    }
    groups
        .into_iter()
        .map(|(letter, entries)| {
            let id = letter_id(letter);
            let items = entries
                .into_iter()
                .map(|entry| {
                    view! {
                        <div class="glossary-entry">
                            <dt lang="en">{entry.abbr.clone()}</dt>
                            <dd>
                                <p lang="en">{entry.expansion.clone()}</p>
                                <SourceLine data=Arc::clone(data) source=entry.source.clone() />
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="glossary-letter">
                    <h2 id=id.clone() tabindex="-1">{letter_label(letter)}</h2>
                    <dl class="glossary" data-list="glossary" aria-labelledby=id>{items}</dl>
                </section>
            }
        })
        .collect_view()
        .into_any()
}
