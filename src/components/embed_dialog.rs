//! The "Embed" button of every view and its dialog: the iframe code for exactly the current
//! view (route, filters, other query parameters such as the language), a copy button and a
//! live preview. The code is built by [`crate::embed`] from the address at the moment the
//! dialog opens.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::embed::code::{embed_code, SANDBOX};
use crate::embed::url::embed_url;

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = NodeRef::<leptos::html::Button>::new();
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    let code = RwSignal::new(String::new());
    // The preview loads only while the dialog is open.
    let preview = RwSignal::new(None::<String>);
    let copy_status = RwSignal::new("");

    let open = move |_| {
        let location = window().location();
        let page = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let src = embed_url(
            &page,
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
        );
        code.set(embed_code(&src, &document().title()));
        preview.set(Some(src));
        copy_status.set("");
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    // Closing by button, Escape or the form: stop the preview, return focus to the opener.
    let on_close = move |_| {
        preview.set(None);
        if let Some(opener) = opener.get() {
            let _ = opener.focus();
        }
    };
    // Where the clipboard is refused, the code is selected for the visitor to copy.
    let select_code = move || {
        if let Some(textarea) = textarea.get() {
            let _ = textarea.focus();
            textarea.select();
        }
        copy_status.set("The code is selected: press Ctrl+C (or ⌘C) to copy it.");
    };
    let copy = move |_| {
        let clipboard =
            js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard"))
                .ok()
                .and_then(|value| value.dyn_into::<web_sys::Clipboard>().ok());
        let Some(clipboard) = clipboard else {
            select_code();
            return;
        };
        let written = clipboard.write_text(&code.get_untracked());
        spawn_local(async move {
            match JsFuture::from(written).await {
                Ok(_) => copy_status.set("Copied."),
                Err(_) => select_code(),
            }
        });
    };

    view! {
        <div class="embed-tools">
            <button type="button" class="button button-secondary embed-open" node_ref=opener
                aria-haspopup="dialog" on:click=open>
                "Embed"
            </button>
        </div>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title" on:close=on_close>
            <div class="embed-dialog-head">
                <h2 id="embed-title">"Embed this view"</h2>
                <button type="button" class="button button-secondary" on:click=close>"Close"</button>
            </div>
            <p>
                "Paste this code into a page of your site. The frame shows this view as it is now, "
                "with its filters, and takes the height of its content. Links in it never leave "
                "your page: \"Open in ISCM Explorer\" opens the full view in a new tab."
            </p>
            <label for="embed-code">"Embed code"</label>
            <textarea id="embed-code" node_ref=textarea class="embed-code" readonly rows="6"
                spellcheck="false" prop:value=move || code.get()></textarea>
            <p class="embed-copy">
                <button type="button" class="button" on:click=copy>"Copy code"</button>
                <span role="status" class="embed-copy-status">{move || copy_status.get()}</span>
            </p>
            <h3>"Preview"</h3>
            {move || {
                preview
                    .get()
                    .map(|src| {
                        view! {
                            <iframe class="embed-preview" src=src sandbox=SANDBOX
                                title="Preview of the embedded view"></iframe>
                        }
                    })
            }}
        </dialog>
    }
}
