//! The loading and error states shown while the dataset is not usable.

use leptos::prelude::*;

use crate::i18n::shell::ShellText;
use crate::load_error::LoadError;

#[component]
pub fn LoadingState() -> impl IntoView {
    view! {
        <div class="status" role="status" aria-live="polite">
            <p>{ShellText::now().loading}</p>
        </div>
    }
}

#[component]
pub fn ErrorState(error: LoadError, on_retry: impl Fn() + 'static) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <section class="status status-error" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{error.title(lang)}</h1>
            <p>{error.message(lang)}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {ShellText::now().retry}
            </button>
        </section>
    }
}

/// A failure to load part of a page: the rest of the page stays usable.
#[component]
pub fn InlineError(error: LoadError, on_retry: impl Fn() + 'static) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <div class="status-error inline-error" role="alert">
            <p><strong>{error.title(lang)}</strong></p>
            <p>{error.message(lang)}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {ShellText::now().retry}
            </button>
        </div>
    }
}
