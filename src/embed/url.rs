//! The two addresses of a view in embed mode: the one an iframe loads (`?embed=1`) and the
//! full view it links to (`Open in ISCM Explorer`). Both keep the page's path, its other
//! query parameters and the fragment (route, filters) exactly, so they show the same view.

use super::params::{embed_search, standalone_search};

/// The longest fragment carried into an embed address; a real one is far shorter.
pub const MAX_HASH_LEN: usize = 4096;

/// The address an iframe loads to show this view embedded. `page` is the page's address
/// without query or fragment (`origin + pathname`), `search` and `hash` are
/// `location.search` and `location.hash`.
pub fn embed_url(page: &str, search: &str, hash: &str) -> String {
    format!("{page}{}{}", embed_search(search), fragment(hash))
}

/// The address of the same view outside embed mode.
pub fn full_view_url(page: &str, search: &str, hash: &str) -> String {
    format!("{page}{}{}", standalone_search(search), fragment(hash))
}

/// The fragment with its `#`, or nothing for an empty or over-long one (the home view).
fn fragment(hash: &str) -> String {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if hash.is_empty() || hash.len() > MAX_HASH_LEN {
        String::new()
    } else {
        format!("#{hash}")
    }
}
