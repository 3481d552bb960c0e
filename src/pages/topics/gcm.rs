//! ISCMs and the Global Compact for Safe, Orderly and Regular Migration: what the report and
//! IOM's web page say (the paragraphs that name ISCMs, the GRCP 7 highlights), which ISCMs the
//! statements name on the Compact, and the 2018 review's findings and figures.

use std::sync::Arc;

use leptos::prelude::*;

use super::{
    figures_table, iscm_link, passage_list_under, passages_by_document, topic_notes, with_context,
};
use crate::dataset::context::Context;
use crate::dataset::glossary::{group_in_order, iscms_with_statements, section_head};
use crate::dataset::statements::Topic as StatementTopic;
use crate::dataset::Dataset;
use crate::i18n::{count, fill, number, topics::TopicsText};
use crate::route::Topic;
use crate::secondary::SecondaryFiles;

pub(super) fn body(data: Arc<Dataset>) -> impl IntoView {
    with_context(data, |data, context| render(data, context))
}

fn render(data: &Arc<Dataset>, context: &Context) -> AnyView {
    let t = TopicsText::now();
    let findings = group_in_order(&context.gcm_review_findings, |passage| {
        section_head(&passage.source.section).to_string()
    })
    .into_iter()
    .enumerate()
    .map(|(i, (head, passages))| {
        let id = format!("gcm-review-findings-{i}");
        view! {
            <h3 id=id.clone() lang="en">{head}</h3>
            {passage_list_under(data, passages, "gcm-review-findings", id)}
        }
    })
    .collect_view();
    view! {
        <h2>{t.what_sources_say}</h2>
        <p>{t.gcm_intro}</p>
        {passages_by_document(data, &context.gcm, "gcm")}

        <h2 id="gcm-iscms">{t.gcm_iscms_heading}</h2>
        <p>{t.gcm_iscms_intro}</p>
        {engaged_iscms(Arc::clone(data))}

        <h2>{t.review_findings}</h2>
        <p>
            {t.review_findings_before}
            <cite lang="en">"The role of inter-state consultation mechanisms on migration in the Global Compact for Safe, Orderly and Regular Migration"</cite>
            {t.review_findings_after}
        </p>
        {findings}

        <h2>{t.review_figures}</h2>
        <p>{t.review_figures_intro}</p>
        {figures_table(data, &context.gcm_review_figures, t.review_figures_caption, "gcm-review-figures")}

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
        TopicsText::now().loading_statements,
        move |file| {
            let data = &core;
            let t = TopicsText::now();
            let lang = crate::i18n::current();
            let iscms = iscms_with_statements(data, &file, StatementTopic::Gcm);
            let total = iscms.len();
            let items = iscms
                .into_iter()
                .map(|(iscm, passages)| {
                    let passages = count(lang, passages, t.passages_one, t.passages_other);
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
                <p>{fill(t.gcm_iscms_count, &[("n", &number(lang, total as i64)), ("total", &number(lang, data.iscms.len() as i64))])}</p>
                <ul class="tp-iscm-list" data-list="gcm-iscms" aria-labelledby="gcm-iscms">{items}</ul>
            }
            .into_any()
        },
    )
}
