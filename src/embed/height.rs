//! The messages a framed app posts to its host page with the height of its content, on load
//! and on every size change. Two shapes, both plain objects (the height is not secret, so
//! they go to any origin):
//!
//! - `{"type": "iscm-explorer:height", "height": 812, "href": "<the frame's address>"}`,
//!   this app's own, documented in the README;
//! - `{"datawrapper-height": {"iscm-explorer-iscm-igc": 812}}`, the shape of Datawrapper's
//!   embeds, so a host page that already runs Datawrapper's resize script needs nothing new.

/// The `type` of this app's own height message.
pub const MESSAGE_TYPE: &str = "iscm-explorer:height";

/// The key of Datawrapper's height message.
pub const DATAWRAPPER_KEY: &str = "datawrapper-height";

/// The tallest height reported; anything above is a measuring error.
pub const MAX_HEIGHT_PX: u32 = 1_000_000;

/// A measured height in whole CSS pixels, rounded up so nothing is cut off. Negative, NaN
/// and absurd measurements are clamped.
pub fn whole_pixels(height: f64) -> u32 {
    if height.is_nan() || height <= 0.0 {
        0
    } else if height >= f64::from(MAX_HEIGHT_PX) {
        MAX_HEIGHT_PX
    } else {
        height.ceil() as u32
    }
}

/// This app's own message, as JSON. (Written by hand: serde_json's serializer would add
/// kilobytes of number formatting to the wasm for three fields.)
pub fn height_message(height: u32, href: &str) -> String {
    format!(
        "{{\"type\":{},\"height\":{height},\"href\":{}}}",
        json_string(MESSAGE_TYPE),
        json_string(href)
    )
}

/// Datawrapper's message, as JSON, for the view `hash`.
pub fn datawrapper_message(height: u32, hash: &str) -> String {
    format!(
        "{{{}:{{{}:{height}}}}}",
        json_string(DATAWRAPPER_KEY),
        json_string(&frame_id(hash))
    )
}

/// `text` as a JSON string literal, quotes included.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An id for the view in `hash` (`#/iscm/igc?x=1` gives `iscm-explorer-iscm-igc`): the
/// fragment's path in lowercase ASCII letters, digits and single hyphens, at most 64 long.
pub fn frame_id(hash: &str) -> String {
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    let path = fragment.split('?').next().unwrap_or("");
    let mut id = String::from("iscm-explorer");
    for c in path.chars() {
        if id.len() >= 64 {
            break;
        }
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}
