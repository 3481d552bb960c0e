//! Two to four ISCMs side by side: every fact-sheet column and their themes, with the rows
//! that differ marked (in words as well as colour). The selection is in the URL.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{set_description, set_title};
use crate::components::abbr::WithAbbr;
use crate::dataset::Dataset;
use crate::explore::compare::{compare_rows, theme_matrix};
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};

fn cell(data: &Arc<Dataset>, values: &[String]) -> AnyView {
    match values {
        [one] => {
            view! { <span lang="en"><WithAbbr text=one.clone() data=Arc::clone(data) /></span> }
                .into_any()
        }
        many => {
            let items = many
                .iter()
                .map(|v| view! { <li lang="en"><WithAbbr text=v.clone() data=Arc::clone(data) /></li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
    }
}

#[component]
pub fn ComparePage(data: Arc<Dataset>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let query = nav.query.get();
        let iscms: Vec<_> = query
            .compare
            .iter()
            .filter_map(|id| data.iscm(id))
            .collect();
        let back = hash_with_query(&Route::Home, &nav.last_list_query.get().to_query_string());
        if iscms.len() < 2 {
            set_title("Compare ISCMs");
            return view! {
                <h1>"Compare ISCMs"</h1>
                <p>"Choose two to four ISCMs with their “Compare” buttons in the list, then open the comparison."</p>
                <p><a href=back>"Back to the list"</a></p>
            }
            .into_any();
        }
        let names: Vec<String> = iscms.iter().map(|i| i.short_name.clone()).collect();
        set_title(&format!("Compare {}", names.join(", ")));
        set_description(&format!(
            "{} side by side: facts and themes from IOM's 2019 assessment.",
            names.join(", ")
        ));
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
        let rows = compare_rows(&data, &ids)
            .into_iter()
            .map(|row| {
                let cells = row.values.iter().map(|values| view! { <td>{cell(&data, values)}</td> }).collect_view();
                view! {
                    <tr class:differs=row.differs>
                        <th scope="row">
                            {row.label}
                            {row.differs.then(|| view! { <span class="differs-mark">" (differs)"</span> })}
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
                        Some(true) => view! { <td class="tick"><span aria-hidden="true">"✓"</span><span class="visually-hidden">"Yes"</span></td> }.into_any(),
                        Some(false) => view! { <td class="no"><span aria-hidden="true">"–"</span><span class="visually-hidden">"No"</span></td> }.into_any(),
                        None => view! { <td class="unknown">"Unknown"</td> }.into_any(),
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
            <nav class="breadcrumbs" aria-label="Breadcrumb">
                <a href=back.clone()>"All ISCMs"</a> " › " <span aria-current="page">"Compare"</span>
            </nav>
            <h1>{format!("Compare {}", names.join(", "))}</h1>
            <p>{format!("Facts as printed in Annex 2 of the report (as of {}); rows that differ are marked.", data.meta.fact_sheet_as_of)}</p>
            <div class="table-scroll" role="region" aria-label="Fact sheet side by side" tabindex="0">
                <table class="compare">
                    <caption class="visually-hidden">"Fact sheet side by side"</caption>
                    <thead><tr><th scope="col">"Fact"</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="source">"Source: the report, Annex 2, Annex 7 and Annex 10"</p>
            <h2>"Themes"</h2>
            <p>"Themes ticked for at least one of them in Annex 10. “Unknown” means Annex 10 has no column for the ISCM or its cell cannot be read."</p>
            <div class="table-scroll" role="region" aria-label="Themes side by side" tabindex="0">
                <table class="compare matrix">
                    <caption class="visually-hidden">"Themes side by side"</caption>
                    <thead><tr><th scope="col">"Theme"</th>{head2}</tr></thead>
                    <tbody>{matrix}</tbody>
                </table>
            </div>
            <p class="source">"Source: the report, Annex 10"</p>
        }
        .into_any()
    }
}
