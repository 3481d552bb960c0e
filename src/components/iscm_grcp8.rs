//! The part an ISCM played in the GRCP 8 agenda (Annex 8), loaded from `grcp8.json`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::grcp8::Grcp8;
use crate::dataset::per_iscm::{grcp8_appearances, role_label};
use crate::dataset::Dataset;
use crate::secondary::SecondaryFiles;

fn render(agenda: &Grcp8, iscm_id: &str, attended: bool) -> AnyView {
    let appearances = grcp8_appearances(agenda, iscm_id);
    if appearances.is_empty() {
        let text = if attended {
            "It attended GRCP 8 but had no named role in the agenda."
        } else {
            "It did not attend GRCP 8 and has no role in the agenda."
        };
        return view! { <p>{text}</p> }.into_any();
    }
    let rows = appearances
        .into_iter()
        .map(|a| {
            let person = format!("{} {}", a.person.honorific, a.person.name);
            let capacity = a
                .person
                .capacity
                .clone()
                .unwrap_or_else(|| a.person.position.clone());
            view! {
                <tr>
                    <td>{format!("{}–{}", a.slot.start, a.slot.end)}</td>
                    <td lang="en">{a.slot.title.clone()}</td>
                    <td>{role_label(a.role.role)}</td>
                    <td lang="en">{person} <br /> <small>{capacity}</small></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Focusable, so a keyboard can scroll it where it is wider than a phone (WCAG 2.1.1).
        <div class="table-scroll" role="region" aria-label="Roles in the GRCP 8 agenda" tabindex="0">
            <table>
                <caption class="visually-hidden">"Roles in the GRCP 8 agenda"</caption>
                <thead>
                    <tr><th scope="col">"Time"</th><th scope="col">"Agenda slot"</th><th scope="col">"Role"</th><th scope="col">"Person"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="source">"Source: the report, Annex 8 (agenda of GRCP 8, 5 April 2019)"</p>
    }
    .into_any()
}

#[component]
pub fn IscmAtGrcp8(data: Arc<Dataset>, iscm_id: String, attended: bool) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    files
        .grcp8
        .render(data, "Loading the GRCP 8 agenda…", move |agenda| {
            render(&agenda, &iscm_id, attended)
        })
}
