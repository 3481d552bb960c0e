//! The 2019 assessment: objective, focus, background, expected outcomes, methodology, methods,
//! respondents and earlier assessments; its findings (Boxes 1 to 4 and chapter 6, by heading)
//! and the figures its text states.

use std::sync::Arc;

use leptos::prelude::*;

use super::{figures_table, passage_list, quote_list, topic_notes, with_context};
use crate::components::abbr::WithAbbr;
use crate::components::source_line::SourceLine;
use crate::dataset::context::{Assessment, Context, Finding, RespondentCount};
use crate::dataset::glossary::{finding_group_title, findings_grouped, group_in_order};
use crate::dataset::Dataset;
use crate::i18n::{number, topics::TopicsText};
use crate::route::Topic;

pub(super) fn body(data: Arc<Dataset>) -> impl IntoView {
    with_context(data, |data, context| render(data, context))
}

fn render(data: &Arc<Dataset>, context: &Context) -> AnyView {
    let a = &context.assessment;
    let t = TopicsText::now();
    view! {
        <h2>{t.objective}</h2>
        <blockquote class="tp-objective" lang="en">
            <p><WithAbbr text=a.objective.text.clone() data=Arc::clone(data) /></p>
        </blockquote>
        <SourceLine data=Arc::clone(data) source=a.objective.source.clone() />
        <h3 id="focus">{t.focus}</h3>
        {focus(data, a)}

        <h2>{t.background}</h2>
        {passage_list(data, &a.background, "background", t.background.to_string())}

        <h2>{t.expected_outcomes}</h2>
        <p>{t.outcomes_intro}</p>
        {expected_outcomes(data, a)}

        <h2>{t.methodology}</h2>
        {passage_list(data, &a.methodology, "methodology", t.methodology.to_string())}

        <h2 id="components">{t.methods}</h2>
        {components(data, a)}

        <h2>{t.respondents}</h2>
        {respondents(data, a)}

        <h2 id="previous">{t.earlier_assessments}</h2>
        {previous(data, a)}

        <h2>{t.findings}</h2>
        <p>{t.findings_intro}</p>
        {findings(data, &context.findings)}

        <h2>{t.report_figures}</h2>
        <p>{t.report_figures_intro}</p>
        {figures_table(data, &context.survey_figures, t.report_figures_caption, "survey-figures")}

        {topic_notes(data, context, Topic::Assessment)}
    }
    .into_any()
}

fn focus(data: &Arc<Dataset>, a: &Assessment) -> AnyView {
    let items = a
        .focus
        .iter()
        .map(|passage| {
            view! {
                <li lang="en">
                    <WithAbbr text=passage.text.clone() data=Arc::clone(data) />
                </li>
            }
        })
        .collect_view();
    let source = a.focus.first().map(|passage| passage.source.clone());
    view! {
        <ol type="a" class="tp-focus" data-list="focus" aria-labelledby="focus">{items}</ol>
        {source.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
    }
    .into_any()
}

fn expected_outcomes(data: &Arc<Dataset>, a: &Assessment) -> AnyView {
    group_in_order(&a.expected_outcomes, |outcome| outcome.area.clone())
        .into_iter()
        .enumerate()
        .map(|(i, (area, outcomes))| {
            let id = format!("outcomes-{i}");
            let source = outcomes.first().map(|outcome| outcome.source.clone());
            let items = outcomes
                .into_iter()
                .map(|outcome| {
                    view! {
                        <li lang="en"><WithAbbr text=outcome.text.clone() data=Arc::clone(data) /></li>
                    }
                })
                .collect_view();
            view! {
                <h3 id=id.clone() lang="en">{area}</h3>
                <ul class="tp-outcomes" data-list="expected-outcomes" aria-labelledby=id>{items}</ul>
                {source.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
            }
        })
        .collect_view().into_any()
}

fn components(data: &Arc<Dataset>, a: &Assessment) -> AnyView {
    let items = a
        .components
        .iter()
        .map(|component| {
            let variants = (!component.variants.is_empty()).then(|| {
                view! {
                    <p class="tp-variants-label">{TopicsText::now().also_worded}</p>
                    {quote_list(data, &component.variants)}
                }
            });
            view! {
                <li>
                    <h3 lang="en">{component.name.clone()}</h3>
                    <p lang="en"><WithAbbr text=component.text.clone() data=Arc::clone(data) /></p>
                    <SourceLine data=Arc::clone(data) source=component.source.clone() />
                    {variants}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="tp-passages tp-components" data-list="components" aria-labelledby="components">{items}</ul> }.into_any()
}

fn respondents(data: &Arc<Dataset>, a: &Assessment) -> AnyView {
    let r = &a.respondents;
    let t = TopicsText::now();
    let row = |who: &'static str, count: &RespondentCount| {
        view! {
            <tr>
                <th scope="row">{who}</th>
                <td class="tp-num">{number(crate::i18n::current(), i64::from(count.count))}</td>
                <td lang="en">{count.share.clone()}</td>
            </tr>
        }
    };
    view! {
        <div class="table-scroll" role="region" aria-label=t.questionnaires_caption tabindex="0">
            <table class="tp-respondents" data-list="respondents">
                <caption>{t.questionnaires_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_from}</th>
                        <th scope="col">{t.col_questionnaires}</th>
                        <th scope="col">{t.col_share}</th>
                    </tr>
                </thead>
                <tbody>
                    {row(t.row_iscms, &r.iscms)}
                    {row(t.row_states, &r.states)}
                    {row(t.row_organizations, &r.organizations)}
                </tbody>
            </table>
        </div>
        <p lang="en" class="tp-quoted">"“" <WithAbbr text=r.text.clone() data=Arc::clone(data) /> "”"</p>
        <SourceLine data=Arc::clone(data) source=r.source.clone() />
    }.into_any()
}

fn previous(data: &Arc<Dataset>, a: &Assessment) -> AnyView {
    let items = a
        .previous_assessments
        .iter()
        .map(|earlier| {
            let series = earlier
                .series
                .as_ref()
                .map(|series| view! { ", " <span lang="en">{series.clone()}</span> });
            view! {
                <li>
                    <p>
                        <strong><time datetime=earlier.year.to_string()>{earlier.year}</time></strong>
                        {TopicsText::now().year_colon} <cite lang="en">{earlier.title.clone()}</cite> {series}
                    </p>
                    <p lang="en"><WithAbbr text=earlier.text.clone() data=Arc::clone(data) /></p>
                    <SourceLine data=Arc::clone(data) source=earlier.source.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="tp-passages" data-list="previous-assessments" aria-labelledby="previous">{items}</ul>
    }.into_any()
}

fn findings(data: &Arc<Dataset>, findings: &[Finding]) -> AnyView {
    findings_grouped(findings)
        .into_iter()
        .enumerate()
        .map(|(g, (group, headings))| {
            let title = finding_group_title(group);
            let headings = headings
                .into_iter()
                .enumerate()
                .map(|(h, (heading, findings))| {
                    let id = format!("findings-{g}-{h}");
                    // One source line under the list when every finding under the heading
                    // comes from the same place; otherwise one per finding.
                    let shared = findings
                        .first()
                        .map(|first| first.source.clone())
                        .filter(|first| findings.iter().all(|f| f.source == *first));
                    let items = findings
                        .into_iter()
                        .map(|finding| {
                            let items = (!finding.items.is_empty()).then(|| {
                                let items = finding
                                    .items
                                    .iter()
                                    .map(|item| view! { <li lang="en"><WithAbbr text=item.clone() data=Arc::clone(data) /></li> })
                                    .collect_view();
                                view! { <ul class="tp-sub-items">{items}</ul> }
                            });
                            let source = shared.is_none().then(|| {
                                view! { <SourceLine data=Arc::clone(data) source=finding.source.clone() /> }
                            });
                            view! {
                                <li class="tp-passage">
                                    <p lang="en"><WithAbbr text=finding.text.clone() data=Arc::clone(data) /></p>
                                    {items}
                                    {source}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h4 id=id.clone() lang="en">{heading.to_string()}</h4>
                        <ul class="tp-passages tp-findings" data-list="findings" aria-labelledby=id>{items}</ul>
                        {shared.map(|source| view! { <SourceLine data=Arc::clone(data) source=source /> })}
                    }
                })
                .collect_view();
            view! {
                <section class="tp-finding-group">
                    <h3 lang="en">{title}</h3>
                    {headings}
                </section>
            }
        })
        .collect_view().into_any()
}
