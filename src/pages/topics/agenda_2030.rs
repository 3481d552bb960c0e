//! ISCMs and the 2030 Agenda for Sustainable Development: the Agenda and target 10.7, the GRCP
//! meetings on the Sustainable Development Goals, and what ISCMs do towards them, by source.

use std::sync::Arc;

use leptos::prelude::*;

use super::{passages_by_document, topic_notes, with_context};
use crate::dataset::context::Context;
use crate::dataset::glossary::kind_query;
use crate::dataset::Dataset;
use crate::i18n::topics::TopicsText;
use crate::route::{hash_with_query, Route, Topic};

pub(super) fn body(data: Arc<Dataset>) -> impl IntoView {
    with_context(data, |data, context| render(data, context))
}

fn render(data: &Arc<Dataset>, context: &Context) -> AnyView {
    let milestones = hash_with_query(
        &Route::Topic(Topic::Timeline),
        &kind_query(Some(crate::dataset::context::EventKind::Milestone)),
    );
    let t = TopicsText::now();
    view! {
        <h2>{t.what_sources_say}</h2>
        <p>{t.agenda_2030_intro}</p>
        {passages_by_document(data, &context.agenda_2030, "agenda-2030")}

        <h2>{t.related}</h2>
        <ul>
            <li><a href=Route::Topic(Topic::Gcm).to_hash()>{t.title_gcm}</a></li>
            <li><a href=milestones>{t.milestones_link}</a></li>
        </ul>

        {topic_notes(data, context, Topic::Agenda2030)}
    }
    .into_any()
}
