//! Saving what a chart shows as a file (CSV, SVG, PNG), entirely in the browser: the file is
//! built from the page, wrapped in a Blob and handed to a temporary `<a download>`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// The palette and type of the charts, for a downloaded SVG (which leaves the page's
/// stylesheet behind). Light colours: a file is most often printed or pasted into documents.
const SVG_STYLE: &str = "<style>text{font:14px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1b1b1b}.axis-label,.tick text{font-size:12px;fill:#505050}.grid{stroke:#d0d0d0}.axis{stroke:#505050}.ghost{fill:#e4e4e4}.bar,.series-rcp{fill:#0072b2}.series-irf{fill:#e69f00}.series-global{fill:#009e73}.total-line{fill:none;stroke:#1b1b1b;stroke-dasharray:4 3}.cell-ticked{fill:#0072b2}.cell-empty{fill:#f2f2f2}.cell-unclear{fill:#fff;stroke:#d55e00}.unclear-mark{fill:#d55e00;font-weight:700}.milestone{fill:#505050}.change{fill:#d55e00}.highlight{fill:#fff3c4}.focus-ring{display:none}</style>";

/// Saves text as a file.
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    if let Some(blob) = text_blob(text, mime) {
        save_blob(&blob, file_name);
    }
}

/// The SVG element with this id as a standalone file's text, with the chart styles inlined.
pub fn svg_text(svg_id: &str) -> Option<String> {
    let svg = document().get_element_by_id(svg_id)?;
    let markup = svg.outer_html();
    // Insert the styles right after the opening tag.
    let end_of_tag = markup.find('>')?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}{SVG_STYLE}{}",
        &markup[..=end_of_tag],
        &markup[end_of_tag + 1..]
    ))
}

/// Saves the SVG element with this id as an SVG file.
pub fn download_svg(svg_id: &str, file_name: &str) {
    if let Some(text) = svg_text(svg_id) {
        download_text(file_name, "image/svg+xml", &text);
    }
}

/// Saves the SVG element with this id as a PNG at twice its size, on white.
pub fn download_png(svg_id: &str, file_name: &str) {
    let Some(text) = svg_text(svg_id) else { return };
    let Some(svg) = document().get_element_by_id(svg_id) else {
        return;
    };
    let (width, height) = (
        f64::from(svg.client_width()),
        f64::from(svg.client_height()),
    );
    let Some(blob) = text_blob(&text, "image/svg+xml") else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let file_name = file_name.to_string();
    let source_url = url.clone();
    let drawn = image.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&source_url);
        let Some(canvas) = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
        else {
            return;
        };
        let scale = 2.0;
        canvas.set_width((width * scale) as u32);
        canvas.set_height((height * scale) as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        context.set_fill_style_str("#ffffff");
        context.fill_rect(0.0, 0.0, width * scale, height * scale);
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &drawn,
            0.0,
            0.0,
            width * scale,
            height * scale,
        );
        let on_blob = Closure::once_into_js(move |blob: JsValue| {
            if let Ok(blob) = blob.dyn_into::<Blob>() {
                save_blob(&blob, &file_name);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&url);
}

fn text_blob(text: &str, mime: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn save_blob(blob: &Blob, file_name: &str) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // The click has started the download; the URL is not needed after this turn.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
}

fn document() -> web_sys::Document {
    leptos::prelude::document()
}

fn window() -> web_sys::Window {
    leptos::prelude::window()
}
