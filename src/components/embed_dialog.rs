//! The "Embed" button of every view and its dialog: the iframe code for exactly the current
//! view (route, filters, other query parameters such as the language), a copy button and a
//! live preview. The code is built by [`crate::embed`] from the address at the moment the
//! dialog opens.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDialogElement, HtmlElement, HtmlTextAreaElement};

use crate::embed::code::{embed_code, SANDBOX};
use crate::embed::url::embed_url;
use crate::i18n::shell::ShellText;

const DIALOG_ID: &str = "embed-dialog";
const OPENER_ID: &str = "embed-open";
const CODE_ID: &str = "embed-code";
/// What the preview shows while the dialog is closed: nothing, loading nothing.
const BLANK: &str = "about:blank";

/// An element of the dialog, by id (cheaper in wasm than a typed node reference each).
fn element<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into::<T>().ok()
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let code = RwSignal::new(String::new());
    // The preview loads only while the dialog is open.
    let preview = RwSignal::new(String::from(BLANK));
    let copy_status = RwSignal::new("");

    let open = move |_| {
        // The address with every filter change written (src/later.rs).
        crate::later::flush();
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
        preview.set(src);
        copy_status.set("");
        if let Some(dialog) = element::<HtmlDialogElement>(DIALOG_ID) {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = element::<HtmlDialogElement>(DIALOG_ID) {
            dialog.close();
        }
    };
    // Closing by button, Escape or the form: stop the preview, return focus to the opener.
    let on_close = move |_| {
        preview.set(String::from(BLANK));
        if let Some(opener) = element::<HtmlElement>(OPENER_ID) {
            let _ = opener.focus();
        }
    };
    // Where the clipboard is refused, the code is selected for the visitor to copy.
    let select_code = move || {
        if let Some(textarea) = element::<HtmlTextAreaElement>(CODE_ID) {
            let _ = textarea.focus();
            textarea.select();
        }
        copy_status.set(ShellText::now().copy_manually);
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
                Ok(_) => copy_status.set(ShellText::now().copied),
                Err(_) => select_code(),
            }
        });
    };

    let t = ShellText::now();
    view! {
        <div class="embed-tools">
            <button type="button" class="button button-secondary embed-open" id=OPENER_ID
                aria-haspopup="dialog" on:click=open>
                {t.embed_button}
            </button>
        </div>
        <dialog id=DIALOG_ID class="embed-dialog" aria-labelledby="embed-title" on:close=on_close>
            <div class="embed-dialog-head">
                <h2 id="embed-title">{t.embed_title}</h2>
                <button type="button" class="button button-secondary" on:click=close>{t.close}</button>
            </div>
            <p>{t.embed_help}</p>
            <label for=CODE_ID>{t.embed_code_label}</label>
            <textarea id=CODE_ID class="embed-code" readonly rows="6"
                spellcheck="false" prop:value=move || code.get()></textarea>
            <p class="embed-copy">
                <button type="button" class="button" on:click=copy>{t.copy_code}</button>
                <span role="status" class="embed-copy-status">{move || copy_status.get()}</span>
            </p>
            <h3>{t.preview}</h3>
            <iframe class="embed-preview" src=move || preview.get() sandbox=SANDBOX
                title=t.preview_frame></iframe>
        </dialog>
    }
}
