//! The page's real query string (`location.search`, before the `#`): whether it asks for
//! embed mode, and the other parameters (a future `?lang=`), which embed and full-view
//! addresses carry over unchanged.
//!
//! The string comes from whoever wrote the link, so reading it is total: an over-long
//! string, odd escapes or unknown values are ignored, never fatal.

use crate::route::percent_decode;

/// The parameter that switches embed mode on.
pub const EMBED_KEY: &str = "embed";

/// The longest query string we read; a real one is a few dozen characters. A longer one is
/// ignored as a whole (no embed mode, nothing carried over).
pub const MAX_SEARCH_LEN: usize = 2048;

/// Whether `search` (with or without its leading `?`) asks for embed mode: `?embed`,
/// `?embed=1`, `?embed=true` or `?embed=yes`. Any other value (`embed=0`, `embed=<script>`)
/// leaves it off.
pub fn is_embed(search: &str) -> bool {
    pairs(search).any(|pair| {
        let (key, value) = split_pair(pair);
        key == EMBED_KEY && matches!(value.as_str(), "" | "1" | "true" | "yes")
    })
}

/// The parameters of `search` other than `embed`, as written (still escaped), joined by `&`,
/// with no leading `?`. Empty pairs (`a&&b`) are dropped.
pub fn other_params(search: &str) -> String {
    pairs(search)
        .filter(|pair| split_pair(pair).0 != EMBED_KEY)
        .collect::<Vec<_>>()
        .join("&")
}

/// The query string of the embedded view: `?embed=1`, then the other parameters.
pub fn embed_search(search: &str) -> String {
    let others = other_params(search);
    if others.is_empty() {
        format!("?{EMBED_KEY}=1")
    } else {
        format!("?{EMBED_KEY}=1&{others}")
    }
}

/// The query string of the full (not embedded) view: the other parameters, or nothing.
pub fn standalone_search(search: &str) -> String {
    let others = other_params(search);
    if others.is_empty() {
        String::new()
    } else {
        format!("?{others}")
    }
}

/// The non-empty `key=value` pairs of `search`, or none if it is too long to be real.
fn pairs(search: &str) -> impl Iterator<Item = &str> {
    let search = search.strip_prefix('?').unwrap_or(search);
    let search = if search.len() > MAX_SEARCH_LEN {
        ""
    } else {
        search
    };
    search.split('&').filter(|pair| !pair.is_empty())
}

/// A pair's key and value, unescaped (`+` is a space, as in forms), for comparison only.
fn split_pair(pair: &str) -> (String, String) {
    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
    let decode = |text: &str| percent_decode(&text.replace('+', " "));
    (decode(key), decode(value).trim().to_ascii_lowercase())
}
