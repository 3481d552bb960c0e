//! One ISCM as a card in the explorer: its key Annex 2 facts, main themes and participation,
//! search matches marked, a link to its page and a toggle to compare it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::highlight::Highlighted;
use crate::dataset::iscms::Iscm;
use crate::dataset::Dataset;
use crate::nav::Nav;
use crate::route::Route;

/// How many themes a card names before "and N more".
const THEMES_SHOWN: usize = 4;

/// A fact-sheet cell as it stands now: the latest update if a later source changed it
/// (with its date), else the cell as printed in Annex 2.
fn current(iscm: &Iscm, column: &str, printed: &[String]) -> String {
    match iscm.update_of(column) {
        Some(update) => format!("{} (as of {})", update.value.join("; "), update.as_of),
        None => printed.join("; "),
    }
}

#[component]
pub fn IscmCard(
    data: Arc<Dataset>,
    iscm: Iscm,
    needle: Signal<String>,
    /// The ids in the comparison (the query's, through a memo of the list).
    compared: Memo<Vec<String>>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let type_abbr = data.type_label(iscm.kind).to_string();
    let badge_class = format!("badge badge-{}", iscm.kind.id());
    let established = match &iscm.established_note {
        Some(note) => format!("{} ({note})", iscm.established_year),
        None => iscm.established_year.to_string(),
    };
    let themes = match &iscm.theme_ids {
        None => "Not covered by Annex 10".to_string(),
        Some(ids) if ids.is_empty() => "None ticked in Annex 10".to_string(),
        Some(ids) => {
            let mut names: Vec<&str> = ids
                .iter()
                .take(THEMES_SHOWN)
                .map(|id| data.theme_name(id))
                .collect();
            let more = ids.len().saturating_sub(THEMES_SHOWN);
            let more = (more > 0).then(|| format!("and {more} more"));
            if let Some(more) = &more {
                names.push(more);
            }
            names.join(", ")
        }
    };
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
                {iscm.survey_2019.then(|| view! { <span class="badge badge-plain">"2019 survey"</span> })}
                {iscm.grcp8.then(|| view! { <span class="badge badge-plain">"GRCP 8"</span> })}
            </div>
            <h2>
                <a href=Route::Iscm(iscm.id.clone()).to_hash()>
                    <Highlighted text=iscm.short_name.clone() needle=needle />
                </a>
            </h2>
            <p class="full-name" lang="en">
                <Highlighted text=iscm.name.clone() needle=needle data=Arc::clone(&data) />
            </p>
            <dl>
                <dt>"Member States"</dt>
                <dd>{iscm.member_states}</dd>
                <dt>"Established"</dt>
                <dd>{established}</dd>
                <dt>"Regions"</dt>
                <dd lang="en"><Highlighted text=iscm.annex2.regions.join(", ") needle=needle data=Arc::clone(&data) /></dd>
                <dt>"Chair"</dt>
                <dd lang="en"><Highlighted text=current(&iscm, "chair", &iscm.annex2.chair) needle=needle data=Arc::clone(&data) /></dd>
                <dt>"Secretariat"</dt>
                <dd lang="en"><Highlighted text=current(&iscm, "secretariats", &iscm.annex2.secretariats) needle=needle data=Arc::clone(&data) /></dd>
                <dt>"Themes"</dt>
                <dd lang="en"><Highlighted text=themes needle=needle /></dd>
            </dl>
            <button
                type="button"
                class="compare-toggle"
                aria-pressed=move || if comparing.get() { "true" } else { "false" }
                disabled=move || !comparing.get() && compare_full.get()
                on:click=toggle_compare
            >
                {move || if comparing.get() { "✓ In comparison" } else { "Compare" }}
                <span class="visually-hidden">{format!(" {short}")}</span>
            </button>
        </li>
    }
}
