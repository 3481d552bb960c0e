//! Saving what a chart shows as a file (CSV, SVG, PNG), entirely in the browser: the file is
//! built from the chart's state (never read back from the page), wrapped in a Blob and handed to a temporary `<a download>`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Saves text as a file.
pub fn download_text(file_name: &str, mime: &str, text: &str) {
    if let Some(blob) = text_blob(text, mime) {
        save_blob(&blob, file_name);
    }
}

/// Saves a chart's SVG file text (`SvgNode::to_file`) as an SVG file.
pub fn download_svg(text: &str, file_name: &str) {
    download_text(file_name, "image/svg+xml", text);
}

/// Saves a chart's SVG file text as a PNG at twice its size (`width` × `height`), on white.
pub fn download_png(text: &str, width: u32, height: u32, file_name: &str) {
    let (width, height) = (f64::from(width), f64::from(height));
    let Some(blob) = text_blob(text, "image/svg+xml") else {
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
