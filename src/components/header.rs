//! The site header: product name and the main navigation.

use leptos::prelude::*;

use crate::components::language_choice::LanguageChoice;
use crate::components::theme_toggle::ThemeToggle;
use crate::explore::query::Query;
use crate::i18n::shell::ShellText;
use crate::i18n::Lang;
use crate::nav::Nav;
use crate::route::{hash_with_query, Route};

/// One entry of the main navigation.
struct NavItem {
    label: &'static str,
    target: Route,
}

#[component]
pub fn Header(route: RwSignal<Route>) -> impl IntoView {
    let t = ShellText::now();
    let items = [
        NavItem {
            label: t.nav_iscms,
            target: Route::Home,
        },
        NavItem {
            label: t.nav_charts,
            target: Route::Charts,
        },
        NavItem {
            label: t.nav_grcp8,
            target: Route::Grcp8,
        },
        NavItem {
            label: t.nav_topics,
            target: Route::Topics,
        },
        NavItem {
            label: t.nav_glossary,
            target: Route::Glossary,
        },
        NavItem {
            label: t.nav_about,
            target: Route::About,
        },
    ];
    let nav = expect_context::<Nav>();
    let language = expect_context::<RwSignal<Lang>>();
    let links = items
        .into_iter()
        .map(|item| {
            let target = item.target.clone();
            // Both the list and an ISCM's page belong to the "ISCMs" section.
            let current = move || {
                let now = route.get();
                let active = match (&target, &now) {
                    (Route::Home, Route::Iscm(_) | Route::Compare) => true,
                    (Route::Grcp8, Route::Grcp8Session(_)) => true,
                    (Route::Topics, Route::Topic(_)) => true,
                    (Route::Charts, Route::Chart(_)) => true,
                    (a, b) => a == b,
                };
                active.then_some("page")
            };
            // The list and the charts share their filters: their links carry the current ones.
            let href = move || match &item.target {
                Route::Home | Route::Charts => nav.last_list_query.with(|q| {
                    let shared = Query {
                        sort: Default::default(),
                        compare: Vec::new(),
                        ..q.clone()
                    };
                    let own = if item.target == Route::Home {
                        q
                    } else {
                        &shared
                    };
                    hash_with_query(&item.target, &own.to_query_string())
                }),
                other => other.to_hash(),
            };
            view! {
                <li>
                    <a href=href aria-current=current>
                        {item.label}
                    </a>
                </li>
            }
        })
        .collect_view();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        // The search view reads its text from the URL; no server is involved.
        ev.prevent_default();
        let text = input.get().map(|el| el.value()).unwrap_or_default();
        let query = Query {
            search: text,
            ..Query::default()
        };
        nav.go(Route::Search, query, false);
    };
    view! {
        <header class="site-header">
            <div class="wrap">
                <a class="brand" href="#/">
                    <span class="brand-name">"ISCM Explorer"</span>
                    <span class="brand-tagline">
                        {t.tagline}
                    </span>
                </a>
                <nav aria-label=t.nav_label>
                    <ul>{links}</ul>
                </nav>
                <form class="site-search" role="search" on:submit=on_submit>
                    <label for="header-search" class="visually-hidden">{t.search_everything}</label>
                    <input id="header-search" node_ref=input type="search" name="q" maxlength="200"
                        placeholder=t.search_everything autocomplete="off" />
                    <button type="submit" class="button">{t.search_button}</button>
                </form>
                <div class="header-controls">
                    <ThemeToggle />
                    <LanguageChoice language=language />
                </div>
            </div>
        </header>
    }
}
