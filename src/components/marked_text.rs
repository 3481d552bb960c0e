//! Interface text that names the dataset's own (English) words, with those words marked
//! `lang="en"`, so a screen reader reading French or Spanish pronounces them as English.

use leptos::prelude::*;

use crate::i18n::marked::marked_parts;
use crate::i18n::{current, Lang};

/// `text` with each of `data` in it inside `<span lang="en">`. In English there is nothing
/// to mark, so the text stays one text node.
pub fn marked_text(text: String, data: &[String]) -> AnyView {
    if current() == Lang::En {
        return text.into_any();
    }
    marked_parts(&text, data)
        .into_iter()
        .map(|(part, is_data)| {
            if is_data {
                view! { <span lang="en">{part}</span> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
        .into_any()
}
