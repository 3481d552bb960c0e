//! The part an ISCM played in the GRCP 8 agenda (Annex 8), loaded from `grcp8.json`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::grcp8::Grcp8;
use crate::dataset::per_iscm::{grcp8_appearances, role_label};
use crate::dataset::Dataset;
use crate::i18n::pages::PagesText;
use crate::secondary::SecondaryFiles;

fn render(agenda: &Grcp8, iscm_id: &str, attended: bool) -> AnyView {
    let lang = crate::i18n::current();
    let t = PagesText::of(lang);
    let appearances = grcp8_appearances(agenda, iscm_id);
    if appearances.is_empty() {
        let text = if attended {
            t.attended_no_role
        } else {
            t.did_not_attend
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
                    <td>{role_label(a.role.role, lang)}</td>
                    <td lang="en">{person} <br /> <small>{capacity}</small></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Focusable, so a keyboard can scroll it where it is wider than a phone (WCAG 2.1.1).
        <div class="table-scroll" role="region" aria-label=t.roles_caption tabindex="0">
            <table>
                <caption class="visually-hidden">{t.roles_caption}</caption>
                <thead>
                    <tr><th scope="col">{t.col_time}</th><th scope="col">{t.col_slot}</th><th scope="col">{t.col_role}</th><th scope="col">{t.col_person}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="source">{t.source_annex8}</p>
    }
    .into_any()
}

#[component]
pub fn IscmAtGrcp8(data: Arc<Dataset>, iscm_id: String, attended: bool) -> impl IntoView {
    let files = expect_context::<SecondaryFiles>();
    files
        .grcp8
        .render(data, PagesText::now().loading_agenda, move |agenda| {
            render(&agenda, &iscm_id, attended)
        })
}
