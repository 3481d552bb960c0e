//! One ISCM as a card in the overview: its key Annex 2 facts, linking to its page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::iscms::Iscm;
use crate::dataset::Dataset;
use crate::route::Route;

#[component]
pub fn IscmCard(data: Arc<Dataset>, iscm: Iscm) -> impl IntoView {
    let type_abbr = data.type_label(iscm.kind).to_string();
    let badge_class = format!("badge badge-{}", iscm.kind.id());
    let established = match &iscm.established_note {
        Some(note) => format!("{} ({note})", iscm.established_year),
        None => iscm.established_year.to_string(),
    };
    let regions = iscm.annex2.regions.join(", ");
    let secretariat = iscm.annex2.secretariats.join("; ");
    let chair = iscm.annex2.chair.join("; ");
    view! {
        <li class="card">
            <div class="badges">
                <span class=badge_class>{type_abbr}</span>
            </div>
            <h2>
                <a href=Route::Iscm(iscm.id.clone()).to_hash()>{iscm.short_name.clone()}</a>
            </h2>
            <p class="full-name" lang="en">{iscm.name.clone()}</p>
            <dl>
                <dt>"Member States"</dt>
                <dd>{iscm.member_states}</dd>
                <dt>"Established"</dt>
                <dd>{established}</dd>
                <dt>"Regions"</dt>
                <dd lang="en">{regions}</dd>
                <dt>"Chair"</dt>
                <dd lang="en">{chair}</dd>
                <dt>"Secretariat"</dt>
                <dd lang="en">{secretariat}</dd>
            </dl>
        </li>
    }
}
