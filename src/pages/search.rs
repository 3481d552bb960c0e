//! Search across everything: ISCMs, themes, the GRCP 8 agenda and its people, the
//! assessment's findings and the glossary, with results grouped by kind. The text is in the
//! URL (`#/search?q=…`), so results can be shared.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::status::InlineError;
use crate::dataset::site_search::SiteIndex;
use crate::dataset::Dataset;
use crate::i18n::explorer::ExplorerText;
use crate::i18n::{count, fill, number};
use crate::lazy_file::FileState;
use crate::nav::Nav;
use crate::secondary::SecondaryFiles;

/// How many results of each kind are listed.
const PER_GROUP: usize = 12;

#[component]
pub fn SearchPage(data: Arc<Dataset>) -> impl IntoView {
    let t = ExplorerText::now();
    let lang = crate::i18n::current();
    let nav = expect_context::<Nav>();
    let files = expect_context::<SecondaryFiles>();
    files.grcp8.ensure(Arc::clone(&data));
    files.context.ensure(Arc::clone(&data));

    let index = Memo::new({
        let data = Arc::clone(&data);
        move |_| {
            let agenda = match files.grcp8.state() {
                FileState::Ready(agenda) => Some(agenda),
                _ => None,
            };
            let context = match files.context.state() {
                FileState::Ready(context) => Some(context),
                _ => None,
            };
            Arc::new(SiteIndex::build_in(
                &data,
                agenda.as_deref(),
                context.as_deref(),
                lang,
            ))
        }
    });
    let needle = nav.search;

    Effect::new(move |_| {
        let text = needle.get();
        if text.trim().is_empty() {
            set_title(t.search_title);
        } else {
            set_title(&fill(t.search_title_text, &[("text", &text)]));
        }
        set_description(t.search_description);
    });

    let on_input = move |ev: leptos::ev::Event| {
        let mut next = nav.query.get_untracked();
        next.search = event_target_value(&ev);
        nav.set_query(next, true);
    };

    let groups = move || {
        let index = index.get();
        let text = needle.get();
        index
            .search(&text, PER_GROUP)
            .into_iter()
            .map(|group| {
                let heading_id = format!("results-{:?}", group.kind).to_ascii_lowercase();
                let labelled_by = heading_id.clone();
                let more = (group.total > group.shown.len()).then(|| {
                    view! { <p class="hint">{fill(t.search_more, &[("n", &number(lang, (group.total - group.shown.len()) as i64))])}</p> }
                });
                let items = group
                    .shown
                    .iter()
                    .map(|entry| {
                        view! {
                            <li>
                                <a href=entry.target.clone() lang="en">{entry.title.clone()}</a>
                                <p lang=entry.detail_is_data.then_some("en")>{entry.detail.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="search-group" aria-labelledby=labelled_by>
                        <h2 id=heading_id>{format!("{} ({})", group.kind.label_in(lang), number(lang, group.total as i64))}</h2>
                        <ul class="search-results">{items}</ul>
                        {more}
                    </section>
                }
            })
            .collect_view()
    };

    let status = move || {
        let text = needle.get();
        if text.trim().is_empty() {
            return t.search_prompt.to_string();
        }
        let total: usize = index.with(|i| i.search(&text, 0).iter().map(|g| g.total).sum());
        let loading = matches!(files.grcp8.state(), FileState::Loading | FileState::Idle)
            || matches!(files.context.state(), FileState::Loading | FileState::Idle);
        let tail = if loading { t.search_loading } else { "" };
        let one = t.search_results_one.replace("{text}", &text);
        let other = t.search_results_other.replace("{text}", &text);
        format!("{}{tail}", count(lang, total, &one, &other))
    };

    let failures = {
        let data = Arc::clone(&data);
        move || {
            let mut shown = Vec::new();
            if let FileState::Failed(error) = files.grcp8.state() {
                let data = Arc::clone(&data);
                shown.push(view! { <InlineError error=error on_retry=move || files.grcp8.load(Arc::clone(&data)) /> }.into_any());
            }
            if let FileState::Failed(error) = files.context.state() {
                let data = Arc::clone(&data);
                shown.push(view! { <InlineError error=error on_retry=move || files.context.load(Arc::clone(&data)) /> }.into_any());
            }
            shown
        }
    };

    view! {
        <h1>{t.search_title}</h1>
        <div class="search">
            <label for="site-search">{t.site_search_label}</label>
            <input id="site-search" type="search" autocomplete="off" spellcheck="false" maxlength="200"
                prop:value=move || needle.get()
                on:input=on_input />
        </div>
        <p class="result-count" role="status" aria-live="polite" aria-atomic="true">{status}</p>
        {failures}
        {groups}
    }
}
