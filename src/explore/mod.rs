//! The explorer's pure logic: its state in the URL ([`query`]), which ISCMs a state selects
//! and how many each filter option would give ([`filter`]), accent-insensitive search with
//! highlighting ([`search`]) and the side-by-side comparison ([`compare`]).
//!
//! No browser code here: it builds natively and is tested with `cargo test`.

pub mod compare;
pub mod filter;
pub mod list_change;
pub mod query;
pub mod search;

pub use compare::{compare_rows, theme_matrix, CompareRow};
pub use filter::{bounds, facet_options, matches, results, FacetOption};
pub use query::{FacetKind, Filter, Query, Sort, SortKey, ThemeMode};
pub use search::{fold, haystack, highlight, search_matches, terms};
