//! Two to four ISCMs side by side: every fact-sheet column and their themes, with the rows
//! that differ marked (in words as well as colour). The selection is in the URL.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::abbr::WithAbbr;
use crate::dataset::Dataset;
use crate::explore::compare::{compare_rows_in, theme_matrix};
use crate::i18n::explorer::ExplorerText;
use crate::i18n::{fill, month_year};
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};

/// One value of a row: the dataset's English, marked so, unless it is the interface's own
/// word ("Yes", "No", "Not covered by Annex 10").
fn value(data: &Arc<Dataset>, t: &ExplorerText, text: &str) -> AnyView {
    if [t.yes, t.no, t.not_covered].contains(&text) {
        text.to_string().into_any()
    } else {
        view! { <span lang="en"><WithAbbr text=text.to_string() data=Arc::clone(data) /></span> }
            .into_any()
    }
}

fn cell(data: &Arc<Dataset>, t: &ExplorerText, values: &[String]) -> AnyView {
    match values {
        [one] => value(data, t, one),
        many => {
            let items = many
                .iter()
                .map(|v| view! { <li>{value(data, t, v)}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
    }
}

#[component]
pub fn ComparePage(data: Arc<Dataset>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let t = ExplorerText::now();
    let lang = crate::i18n::current();
    move || {
        let query = nav.query.get();
        let iscms: Vec<_> = query
            .compare
            .iter()
            .filter_map(|id| data.iscm(id))
            .collect();
        let back = hash_with_query(&Route::Home, &nav.last_list_query.get().to_query_string());
        if iscms.len() < 2 {
            set_title(t.compare_title);
            return view! {
                <h1>{t.compare_title}</h1>
                <p>{t.compare_intro}</p>
                <p><a href=back>{t.back_to_list}</a></p>
            }
            .into_any();
        }
        let names: Vec<String> = iscms.iter().map(|i| i.short_name.clone()).collect();
        let joined = names.join(", ");
        set_title(&fill(t.compare_names, &[("names", &joined)]));
        set_description(&fill(t.compare_description, &[("names", &joined)]));
        // The heading with the names (the dataset's) marked as English.
        let (before, after) = t
            .compare_names
            .split_once("{names}")
            .unwrap_or((t.compare_names, ""));
        let as_of = month_year(lang, &data.meta.fact_sheet_as_of)
            .unwrap_or_else(|| data.meta.fact_sheet_as_of.clone());
        let ids: Vec<String> = iscms.iter().map(|i| i.id.clone()).collect();
        let head = iscms
            .iter()
            .map(|iscm| {
                view! {
                    <th scope="col">
                        <a href=Route::Iscm(iscm.id.clone()).to_hash() lang="en">{iscm.short_name.clone()}</a>
                    </th>
                }
            })
            .collect_view();
        let rows = compare_rows_in(&data, &ids, lang)
            .into_iter()
            .map(|row| {
                let cells = row.values.iter().map(|values| view! { <td>{cell(&data, t, values)}</td> }).collect_view();
                view! {
                    <tr class:differs=row.differs>
                        <th scope="row">
                            {row.label}
                            {row.differs.then(|| view! { <span class="differs-mark">{t.differs}</span> })}
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let matrix = theme_matrix(&data, &ids)
            .into_iter()
            .map(|(theme, marks)| {
                let cells = marks
                    .into_iter()
                    .map(|mark| match mark {
                        Some(true) => view! { <td class="tick"><span aria-hidden="true">"✓"</span><span class="visually-hidden">{t.yes}</span></td> }.into_any(),
                        Some(false) => view! { <td class="no"><span aria-hidden="true">"–"</span><span class="visually-hidden">{t.no}</span></td> }.into_any(),
                        None => view! { <td class="unknown">{t.unknown}</td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr><th scope="row" lang="en">{theme}</th>{cells}</tr> }
            })
            .collect_view();
        let head2 = names
            .iter()
            .map(|n| view! { <th scope="col" lang="en">{n.clone()}</th> })
            .collect_view();
        view! {
            <nav class="breadcrumbs" aria-label=t.breadcrumb>
                <a href=back.clone()>{t.title_all}</a> " › " <span aria-current="page">{t.compare}</span>
            </nav>
            <h1>{before}<span lang="en">{joined}</span>{after}</h1>
            <p>{fill(t.compare_facts_note, &[("date", &as_of)])}</p>
            <div class="table-scroll" role="region" aria-label=t.fact_sheet_side_by_side tabindex="0">
                <table class="compare">
                    <caption class="visually-hidden">{t.fact_sheet_side_by_side}</caption>
                    <thead><tr><th scope="col">{t.fact}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="source">{t.source_annexes}</p>
            <h2>{t.themes}</h2>
            <p>{t.themes_intro}</p>
            <div class="table-scroll" role="region" aria-label=t.themes_side_by_side tabindex="0">
                <table class="compare matrix">
                    <caption class="visually-hidden">{t.themes_side_by_side}</caption>
                    <thead><tr><th scope="col">{t.facet_theme}</th>{head2}</tr></thead>
                    <tbody>{matrix}</tbody>
                </table>
            </div>
            <p class="source">{t.source_annex10}</p>
        }
        .into_any()
    }
}
