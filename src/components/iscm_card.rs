//! One ISCM as a card in the explorer: its key Annex 2 facts, main themes and participation,
//! search matches marked, a link to its page and a toggle to compare it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::highlight::Highlighted;
use crate::dataset::iscms::Iscm;
use crate::dataset::Dataset;
use crate::i18n::explorer::ExplorerText;
use crate::i18n::{fill, month_year};
use crate::nav::Nav;
use crate::route::Route;

/// How many themes a card names before "and N more".
const THEMES_SHOWN: usize = 4;

/// A fact-sheet cell as it stands now: the latest update if a later source changed it
/// (with " (as of …)" in the interface's language), else the cell as printed in Annex 2.
fn current(iscm: &Iscm, column: &str, printed: &[String]) -> (String, Option<String>) {
    match iscm.update_of(column) {
        Some(update) => {
            let lang = crate::i18n::current();
            let date = month_year(lang, &update.as_of).unwrap_or_else(|| update.as_of.clone());
            let as_of = fill(ExplorerText::of(lang).as_of, &[("date", &date)]);
            (update.value.join("; "), Some(as_of))
        }
        None => (printed.join("; "), None),
    }
}

#[component]
pub fn IscmCard(
    data: Arc<Dataset>,
    iscm: Iscm,
    needle: Signal<String>,
    /// The ids in the comparison (`Nav::compare`).
    compared: ReadSignal<Vec<String>>,
) -> impl IntoView {
    let t = ExplorerText::now();
    let nav = expect_context::<Nav>();
    let type_abbr = data
        .type_label_in(iscm.kind, crate::i18n::current())
        .to_string();
    let badge_class = format!("badge badge-{}", iscm.kind.id());
    // The note ("as the Söderköping Process") is the dataset's English.
    let established_note = iscm
        .established_note
        .clone()
        .map(|note| view! { " (" <span lang="en">{note}</span> ")" });
    let themes = match &iscm.theme_ids {
        None => t.not_covered.into_any(),
        Some(ids) if ids.is_empty() => t.none_ticked.into_any(),
        Some(ids) => {
            let names: Vec<&str> = ids
                .iter()
                .take(THEMES_SHOWN)
                .map(|id| data.theme_name(id))
                .collect();
            let more = ids.len().saturating_sub(THEMES_SHOWN);
            // "A, B, C, D, and 3 more": the names in English, the rest in the interface's
            // language.
            let template = if more > 0 { t.themes_more } else { "{names}" };
            let (before, after) = template.split_once("{names}").unwrap_or(("", ""));
            let after = fill(after, &[("n", &more.to_string())]);
            view! {
                {before}
                <span lang="en"><Highlighted text=names.join(", ") needle=needle /></span>
                {after}
            }
            .into_any()
        }
    };
    let cell = |(text, as_of): (String, Option<String>)| {
        view! {
            <span lang="en"><Highlighted text=text needle=needle data=Arc::clone(&data) /></span>
            {as_of}
        }
    };
    let chair = cell(current(&iscm, "chair", &iscm.annex2.chair));
    let secretariat = cell(current(&iscm, "secretariats", &iscm.annex2.secretariats));
    let id = iscm.id.clone();
    let comparing = Memo::new(move |_| compared.with(|ids| ids.contains(&id)));
    let compare_full = Memo::new(move |_| {
        compared.with(|ids| ids.len() >= crate::explore::query::Query::MAX_COMPARE)
    });
    let id = iscm.id.clone();
    let toggle_compare = move |_| {
        let next = nav.query.get_untracked().with_compare_toggled(&id);
        nav.set_query(next, false);
    };
    let short = iscm.short_name.clone();
    view! {
        <li class="card">
            <div class="badges">
                <span class=badge_class>{type_abbr}</span>
                {iscm.survey_2019.then(|| view! { <span class="badge badge-plain">{t.survey_badge}</span> })}
                {iscm.grcp8.then(|| view! { <span class="badge badge-plain">"GRCP 8"</span> })}
            </div>
            <h2>
                <a href=Route::Iscm(iscm.id.clone()).to_hash() lang="en">
                    <Highlighted text=iscm.short_name.clone() needle=needle />
                </a>
            </h2>
            <p class="full-name" lang="en">
                <Highlighted text=iscm.name.clone() needle=needle data=Arc::clone(&data) />
            </p>
            <dl>
                <dt>{t.facet_members}</dt>
                <dd>{iscm.member_states}</dd>
                <dt>{t.established}</dt>
                <dd>{iscm.established_year}{established_note}</dd>
                <dt>{t.regions}</dt>
                <dd lang="en"><Highlighted text=iscm.annex2.regions.join(", ") needle=needle data=Arc::clone(&data) /></dd>
                <dt>{t.chair}</dt>
                <dd>{chair}</dd>
                <dt>{t.secretariat}</dt>
                <dd>{secretariat}</dd>
                <dt>{t.themes}</dt>
                <dd>{themes}</dd>
            </dl>
            <button
                type="button"
                class="compare-toggle"
                aria-pressed=move || if comparing.get() { "true" } else { "false" }
                disabled=move || !comparing.get() && compare_full.get()
                on:click=toggle_compare
            >
                {move || if comparing.get() { t.in_comparison } else { t.compare }}
                <span class="visually-hidden" lang="en">{format!(" {short}")}</span>
            </button>
        </li>
    }
}
