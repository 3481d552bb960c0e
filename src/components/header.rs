//! The site header: product name and the main navigation.

use leptos::prelude::*;

use crate::route::Route;

/// One entry of the main navigation.
struct NavItem {
    label: &'static str,
    target: Route,
}

#[component]
pub fn Header(route: RwSignal<Route>) -> impl IntoView {
    let items = [
        NavItem {
            label: "ISCMs",
            target: Route::Home,
        },
        NavItem {
            label: "About the data",
            target: Route::About,
        },
    ];
    let links = items
        .into_iter()
        .map(|item| {
            let target = item.target.clone();
            // Both the list and an ISCM's page belong to the "ISCMs" section.
            let current = move || {
                let now = route.get();
                let active = match (&target, &now) {
                    (Route::Home, Route::Iscm(_)) => true,
                    (a, b) => a == b,
                };
                active.then_some("page")
            };
            view! {
                <li>
                    <a href=item.target.to_hash() aria-current=current>
                        {item.label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="wrap">
                <a class="brand" href="#/">
                    <span class="brand-name">"ISCM Explorer"</span>
                    <span class="brand-tagline">
                        "Inter-State consultation mechanisms on migration"
                    </span>
                </a>
                <nav aria-label="Main">
                    <ul>{links}</ul>
                </nav>
            </div>
        </header>
    }
}
