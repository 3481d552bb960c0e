//! Migration governance: the definitions (every wording the sources give), the three phases
//! of the governance process, its levels and what ISCMs contribute at each, the
//! characteristics of ISCMs and the outcomes of their work.

use std::sync::Arc;

use leptos::prelude::*;

use super::{
    also_in, passage_list, passage_list_under, quote_list, source_text, topic_notes, with_context,
};
use crate::components::abbr::WithAbbr;
use crate::components::source_line::SourceLine;
use crate::dataset::context::{Context, Definition, GovernanceLevel, GovernancePhase};
use crate::dataset::glossary::group_in_order;
use crate::dataset::Dataset;
use crate::i18n::{fill, topics::TopicsText};
use crate::route::Topic;

pub(super) fn body(data: Arc<Dataset>) -> impl IntoView {
    with_context(data, |data, context| render(data, context))
}

fn render(data: &Arc<Dataset>, context: &Context) -> AnyView {
    let t = TopicsText::now();
    let definitions = context
        .definitions
        .iter()
        .map(|definition| definition_view(data, definition))
        .collect_view();
    let phases = context
        .governance_phases
        .iter()
        .map(|phase| phase_view(data, phase))
        .collect_view();
    let levels = context
        .governance_levels
        .iter()
        .map(|level| level_view(data, level))
        .collect_view();
    let contributions = group_in_order(&context.contributions, |passage| {
        passage.heading.clone().unwrap_or_default()
    })
    .into_iter()
    .enumerate()
    .map(|(i, (heading, passages))| {
        let id = format!("contributions-{i}");
        view! {
            <h3 id=id.clone() lang="en">{heading}</h3>
            {passage_list_under(data, passages, "contributions", id)}
        }
    })
    .collect_view();
    view! {
        <h2 id="definitions">{t.definitions}</h2>
        <p>{t.definitions_intro}</p>
        <dl class="tp-definitions" data-list="definitions" aria-labelledby="definitions">{definitions}</dl>

        <h2 id="phases">{t.phases_heading}</h2>
        <p>{t.phases_intro}</p>
        <ol class="tp-phases" data-list="phases" aria-labelledby="phases">{phases}</ol>

        <h2 id="levels">{t.levels_heading}</h2>
        <p>{t.levels_intro}</p>
        <div data-list="levels">{levels}</div>

        <h2 id="characteristics">{t.characteristics}</h2>
        {passage_list(data, &context.characteristics, "characteristics", t.characteristics.to_string())}

        <h2>{t.contributions}</h2>
        {contributions}

        {topic_notes(data, context, Topic::Governance)}
    }.into_any()
}

fn definition_view(data: &Arc<Dataset>, definition: &Definition) -> AnyView {
    let main = definition.sources.first().cloned();
    // Places that give the definition but whose wording is not quoted separately.
    let others: Vec<_> = definition
        .sources
        .iter()
        .skip(1)
        .filter(|source| !definition.variants.iter().any(|v| &v.source == *source))
        .cloned()
        .collect();
    let variants = (!definition.variants.is_empty()).then(|| {
        view! {
            <p class="tp-variants-label">{TopicsText::now().other_wordings_colon}</p>
            {quote_list(data, &definition.variants)}
        }
    });
    view! {
        <dt lang="en">{definition.term.clone()}</dt>
        <dd>
            <p lang="en"><WithAbbr text=definition.text.clone() data=Arc::clone(data) /></p>
            {main.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
            {also_in(data, &others)}
            {variants}
        </dd>
    }
    .into_any()
}

fn phase_view(data: &Arc<Dataset>, phase: &GovernancePhase) -> AnyView {
    let t = TopicsText::now();
    let web = (!phase.variants.is_empty()).then(|| {
        view! {
            <p class="tp-variants-label">{t.web_page_words_it}</p>
            {quote_list(data, &phase.variants)}
        }
    });
    let name_source = source_text(data, &phase.name_source);
    view! {
        <li>
            <h3>{fill(t.phase_label, &[("n", &phase.number.to_string())])} <span lang="en">{phase.name.clone()}</span></h3>
            <p lang="en"><WithAbbr text=phase.text.clone() data=Arc::clone(data) /></p>
            <SourceLine data=Arc::clone(data) source=phase.source.clone() />
            <p class="source">{t.name_worded_in} <span lang="en">{name_source}</span></p>
            {web}
        </li>
    }.into_any()
}

fn level_view(data: &Arc<Dataset>, level: &GovernanceLevel) -> AnyView {
    let t = TopicsText::now();
    let heading_id = format!("level-{}", level.id);
    let points = if level.points.is_empty() {
        view! {
            <p class="hint">{t.level_no_points}</p>
        }
        .into_any()
    } else {
        let items = level
            .points
            .iter()
            .map(|point| {
                view! {
                    <li>
                        <p lang="en"><WithAbbr text=point.text.clone() data=Arc::clone(data) /></p>
                        <SourceLine data=Arc::clone(data) source=point.source.clone() />
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="tp-quotes" aria-labelledby=format!("{heading_id}-points {heading_id}")>
                {items}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="tp-level">
            <span hidden id=format!("{heading_id}-points")>{t.contribute_at}</span>
            <h3 id=heading_id lang="en">{level.name.clone()}</h3>
            <p lang="en"><WithAbbr text=level.text.clone() data=Arc::clone(data) /></p>
            <SourceLine data=Arc::clone(data) source=level.source.clone() />
            {points}
        </section>
    }
    .into_any()
}
