//! A view whose code is in a wasm chunk (src/lazy_views.rs): shown as soon as its chunk is
//! there, with a loading state meanwhile and a retry if the chunk cannot be fetched.
//!
//! The view itself is built synchronously, in the reactive scope of this component, never
//! inside a spawned future: a future that outlived a route or language change would build
//! its view in a scope already disposed. Only the fetch of the chunk is asynchronous.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;

use crate::i18n::shell::ShellText;

/// The fetch of one chunk (a `load_*` function of src/lazy_views.rs).
pub type ChunkLoad = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

#[derive(Clone, Copy, PartialEq)]
enum Chunk {
    Loading,
    Ready,
    Failed,
}

/// Polls `future` once. A split function's future is ready at once when its chunk is
/// loaded, so a view can be built in the current scope.
pub fn ready_now<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut future = std::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// Shows `render()` once `load()` has fetched its chunk. `render` returns `None` only if
/// the chunk is not there, which `load` has ruled out.
#[component]
pub fn DeferredView(
    load: fn() -> ChunkLoad,
    render: Box<dyn Fn() -> Option<AnyView> + Send + Sync>,
) -> impl IntoView {
    let state = RwSignal::new(Chunk::Loading);
    let fetch = move || {
        // The views' stylesheets come with the first of them, in parallel with its chunk.
        // (A promise: awaited only when the view must wait.)
        let styles = crate::view_styles::load();
        let mut loading = load();
        // Already fetched (a view seen before): ready now, with no loading state.
        let poll = Pin::as_mut(&mut loading).poll(&mut Context::from_waker(Waker::noop()));
        match poll {
            Poll::Ready(Ok(())) if crate::view_styles::settled() => state.set(Chunk::Ready),
            Poll::Ready(Err(_)) => state.set(Chunk::Failed),
            Poll::Ready(Ok(())) => {
                // The chunk is there but the stylesheets are still on their way.
                state.set(Chunk::Loading);
                spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(styles).await;
                    let _ = state.try_set(Chunk::Ready);
                });
            }
            Poll::Pending => {
                state.set(Chunk::Loading);
                spawn_local(async move {
                    let result = loading.await;
                    let _ = wasm_bindgen_futures::JsFuture::from(styles).await;
                    // The visitor may have moved on: then nobody waits for this state.
                    let _ = state.try_set(if result.is_ok() {
                        Chunk::Ready
                    } else {
                        Chunk::Failed
                    });
                });
            }
        }
    };
    fetch();
    move || match state.get() {
        Chunk::Loading => view! {
            <div class="status" role="status" aria-live="polite">
                <p>{ShellText::now().view_loading}</p>
            </div>
        }
        .into_any(),
        Chunk::Ready => render().unwrap_or_else(|| chunk_error(fetch).into_any()),
        Chunk::Failed => chunk_error(fetch).into_any(),
    }
}

/// The view's code could not be fetched: say so, and offer to try again.
fn chunk_error(retry: impl Fn() + Copy + 'static) -> impl IntoView {
    let t = ShellText::now();
    view! {
        <section class="status status-error" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{t.view_failed_title}</h1>
            <p>{t.view_failed_text}</p>
            <button type="button" class="button" on:click=move |_| retry()>
                {t.retry}
            </button>
        </section>
    }
}
