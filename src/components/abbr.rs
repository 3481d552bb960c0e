//! A text with every known acronym wrapped in `<abbr title="expansion">`, so that wherever an
//! acronym appears it can be expanded.
//!
//! The expansions come from the glossary of `context.json` (and, when the page passes the
//! core dataset, the ISCMs' short names of Annex 2; see [`AbbrIndex`]). This component never
//! loads `context.json` itself: until some view has loaded it, the text is shown plain, and
//! the expansions appear as soon as it is ready. The text is rendered as text, never as markup.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::context::Context;
use crate::dataset::glossary::{segments, AbbrIndex, Segment};
use crate::dataset::Dataset;
use crate::lazy_file::FileState;
use crate::secondary::SecondaryFiles;

/// The files an index was built from, kept alive so their addresses cannot be reused.
type Built = (Arc<Context>, Option<Arc<Dataset>>, Rc<AbbrIndex>);

thread_local! {
    /// The last index built, with the context file and core dataset it was built from (both
    /// are loaded once per visit), so a page of many passages builds it once.
    static INDEX: RefCell<Option<Built>> = const { RefCell::new(None) };
}

fn index_for(context: &Arc<Context>, data: Option<&Arc<Dataset>>) -> Rc<AbbrIndex> {
    INDEX.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((c, d, index)) = cache.as_ref() {
            let same_data = match (d, data) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            };
            if Arc::ptr_eq(c, context) && same_data {
                return Rc::clone(index);
            }
        }
        let index = Rc::new(match data {
            Some(data) => AbbrIndex::with_iscms(&context.glossary, &data.iscms),
            None => AbbrIndex::new(&context.glossary),
        });
        *cache = Some((Arc::clone(context), data.cloned(), Rc::clone(&index)));
        index
    })
}

thread_local! {
    /// The index of the core file's own acronyms, for views without the glossary.
    static CORE_INDEX: RefCell<Option<(Arc<Dataset>, Rc<AbbrIndex>)>> = const { RefCell::new(None) };
}

fn core_index_for(data: &Arc<Dataset>) -> Rc<AbbrIndex> {
    CORE_INDEX.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((built_from, index)) = cache.as_ref() {
            if Arc::ptr_eq(built_from, data) {
                return Rc::clone(index);
            }
        }
        let index = Rc::new(AbbrIndex::from_core(data));
        *cache = Some((Arc::clone(data), Rc::clone(&index)));
        index
    })
}

/// `text` with its acronyms expanded on demand (`<abbr title>`). Pass `data` (the core
/// dataset) to expand the ISCMs' short names that the glossary lacks, such as `EU-CELAC MD`,
/// and, until the glossary is loaded, the acronyms the core file knows (IOM, ICMPD, RCP…).
#[component]
pub fn WithAbbr(
    #[prop(into)] text: String,
    #[prop(optional)] data: Option<Arc<Dataset>>,
) -> impl IntoView {
    let files = use_context::<SecondaryFiles>();
    move || {
        let ready = files.and_then(|files| match files.context.state() {
            FileState::Ready(context) => Some(context),
            _ => None,
        });
        let index = match (ready, data.as_ref()) {
            (Some(context), data) => index_for(&context, data),
            // Without the glossary, the core file's own acronyms still expand.
            (None, Some(data)) => core_index_for(data),
            (None, None) => return text.clone().into_any(),
        };
        segments(&text, &index)
            .into_iter()
            .map(|segment| match segment {
                Segment::Text(plain) => plain.to_string().into_any(),
                Segment::Abbr {
                    text, expansion, ..
                } => {
                    view! { <abbr title=expansion.to_string()>{text.to_string()}</abbr> }.into_any()
                }
            })
            .collect_view()
            .into_any()
    }
}
