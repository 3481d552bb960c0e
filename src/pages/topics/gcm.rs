//! ISCMs and the Global Compact for Safe, Orderly and Regular Migration: what the report and
//! IOM's web page say (the paragraphs that name ISCMs, the GRCP 7 highlights), which ISCMs the
//! statements name on the Compact, and the 2018 review's findings and figures.

use std::sync::Arc;

use leptos::prelude::*;

use super::{
    figures_table, iscm_link, passage_list, passages_by_document, topic_notes, with_context,
};
use crate::dataset::context::Context;
use crate::dataset::glossary::{group_in_order, iscms_with_statements, section_head};
use crate::dataset::statements::Topic as StatementTopic;
use crate::dataset::Dataset;
use crate::route::Topic;
use crate::secondary::SecondaryFiles;

pub(super) fn body(data: Arc<Dataset>) -> impl IntoView {
    with_context(data, |data, context| render(data, context))
}

fn render(data: &Arc<Dataset>, context: &Context) -> AnyView {
    let findings = group_in_order(&context.gcm_review_findings, |passage| {
        section_head(&passage.source.section).to_string()
    })
    .into_iter()
    .map(|(head, passages)| {
        view! {
            <h3 lang="en">{head.clone()}</h3>
            {passage_list(data, passages, "gcm-review-findings", head)}
        }
    })
    .collect_view();
    view! {
        <h2>"What the sources say"</h2>
        <p>
            "How ISCMs took part in the making of the Global Compact for Safe, Orderly and Regular Migration and can help implement it, in the words of the report and of IOM's web page. Passages that name ISCMs link to them."
        </p>
        {passages_by_document(data, &context.gcm, "gcm")}

        <h2 id="gcm-iscms">"ISCMs named on the Global Compact"</h2>
        <p>
            "The ISCMs that the report or the 2018 review name in passages about the Global Compact: their positions, recommendations, agenda items, action plans and views on its implementation. Each ISCM's page quotes these passages under “Global Compact for Migration”."
        </p>
        {engaged_iscms(Arc::clone(data))}

        <h2>"Findings of the 2018 review"</h2>
        <p>
            "IOM's 2018 review, "
            <cite lang="en">"The role of inter-state consultation mechanisms on migration in the Global Compact for Safe, Orderly and Regular Migration"</cite>
            ", by the section of the review they come from."
        </p>
        {findings}

        <h2>"Figures of the 2018 review"</h2>
        <p>
            "Numbers the review states, in its text or in figures that kept their values. Some counts of respondents disagree with each other; each is given as stated (see the data notes)."
        </p>
        {figures_table(data, &context.gcm_review_figures, "Figures stated in the 2018 review", "gcm-review-figures")}

        {topic_notes(data, context, Topic::Gcm)}
    }.into_any()
}

/// The ISCMs with statements on the Global Compact, from `statements.json` (loaded here if
/// no view has loaded it yet).
fn engaged_iscms(data: Arc<Dataset>) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    let core = Arc::clone(&data);
    files.statements.render(
        data,
        "Loading the statements about each ISCM…",
        move |file| {
            let data = &core;
            let iscms = iscms_with_statements(data, &file, StatementTopic::Gcm);
            let count = iscms.len();
            let items = iscms
                .into_iter()
                .map(|(iscm, passages)| {
                    let passages = if passages == 1 {
                        "1 passage".to_string()
                    } else {
                        format!("{passages} passages")
                    };
                    view! {
                        <li>
                            {iscm_link(data, &iscm.id)}
                            {(iscm.name != iscm.short_name).then(|| view! {
                                <span class="tp-iscm-full-name" lang="en">{iscm.name.clone()}</span>
                            })}
                            <span class="tp-count">{passages}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p>{format!("{count} of the {} ISCMs:", data.iscms.len())}</p>
                <ul class="tp-iscm-list" data-list="gcm-iscms" aria-labelledby="gcm-iscms">{items}</ul>
            }
            .into_any()
        },
    )
}
