//! Migration governance: the definitions (every wording the sources give), the three phases
//! of the governance process, its levels and what ISCMs contribute at each, the
//! characteristics of ISCMs and the outcomes of their work.

use std::sync::Arc;

use leptos::prelude::*;

use super::{also_in, passage_list, quote_list, source_text, topic_notes, with_context};
use crate::components::abbr::WithAbbr;
use crate::components::source_line::SourceLine;
use crate::dataset::context::{Context, Definition, GovernanceLevel, GovernancePhase};
use crate::dataset::glossary::group_in_order;
use crate::dataset::Dataset;
use crate::route::Topic;

pub(super) fn body(data: Arc<Dataset>) -> impl IntoView {
    with_context(data, |data, context| render(data, context))
}

fn render(data: &Arc<Dataset>, context: &Context) -> AnyView {
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
    .map(|(heading, passages)| {
        view! {
            <h3 lang="en">{heading.clone()}</h3>
            {passage_list(data, passages, "contributions", heading)}
        }
    })
    .collect_view();
    view! {
        <h2 id="definitions">"Definitions"</h2>
        <p>
            "How the sources define ISCMs, their three kinds and migration governance. Where the report, its Annex 1, IOM's web page or the 2018 review word a definition differently, every wording is given with its source."
        </p>
        <dl class="tp-definitions" data-list="definitions" aria-labelledby="definitions">{definitions}</dl>

        <h2 id="phases">"The three phases of migration governance"</h2>
        <p>"The governance process as chapter 2 of the report describes it, with the wording of IOM's web page."</p>
        <ol class="tp-phases" data-list="phases" aria-labelledby="phases">{phases}</ol>

        <h2 id="levels">"Levels of migration governance and what ISCMs contribute"</h2>
        <p>"For each level: the lead sentence of the report's section on it, then what ISCMs contribute there, each sentence with its source."</p>
        <div data-list="levels">{levels}</div>

        <h2 id="characteristics">"What characterizes ISCMs"</h2>
        {passage_list(data, &context.characteristics, "characteristics", "What characterizes ISCMs".to_string())}

        <h2>"What the work of ISCMs brings"</h2>
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
            <p class="tp-variants-label">"Other wordings:"</p>
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
    let web = (!phase.variants.is_empty()).then(|| {
        view! {
            <p class="tp-variants-label">"As IOM's web page words it:"</p>
            {quote_list(data, &phase.variants)}
        }
    });
    let name_source = format!(
        "Short name as worded in: {}",
        source_text(data, &phase.name_source)
    );
    view! {
        <li>
            <h3>{format!("Phase {}: ", phase.number)} <span lang="en">{phase.name.clone()}</span></h3>
            <p lang="en"><WithAbbr text=phase.text.clone() data=Arc::clone(data) /></p>
            <SourceLine data=Arc::clone(data) source=phase.source.clone() />
            <p class="source">{name_source}</p>
            {web}
        </li>
    }.into_any()
}

fn level_view(data: &Arc<Dataset>, level: &GovernanceLevel) -> AnyView {
    let heading_id = format!("level-{}", level.id);
    let points = if level.points.is_empty() {
        view! {
            <p class="hint">"The sources quoted here list no particular contribution at this level beyond the sentence above."</p>
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
            <ul class="tp-quotes" aria-label=format!("What ISCMs contribute: {}", level.name)>
                {items}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="tp-level">
            <h3 id=heading_id>{level.name.clone()}</h3>
            <p lang="en"><WithAbbr text=level.text.clone() data=Arc::clone(data) /></p>
            <SourceLine data=Arc::clone(data) source=level.source.clone() />
            {points}
        </section>
    }
    .into_any()
}
