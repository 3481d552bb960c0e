//! The numbers and geometry behind the charts page (`#/charts`), kept free of the browser so
//! every figure a chart draws is tested natively against counts worked out independently.
//!
//! Each chart has a [`ChartId`]; its numbers come from one module here (categories, founding,
//! members, matrix, figures), its table view and CSV from [`table::ChartTable`], and its
//! drawing from [`scale`] and [`layout`].

pub mod categories;
pub mod chart_id;
pub mod draw_bars;
pub mod draw_matrix;
pub mod draw_timeline;
pub mod figures;
pub mod founding;
pub mod layout;
pub mod matrix;
pub mod members;
pub mod scale;
pub mod svg;
pub mod table;

pub use chart_id::ChartId;

use crate::dataset::iscms::IscmKind;
use crate::dataset::Dataset;
use crate::explore::filter::results;
use crate::explore::query::Query;
use crate::i18n::Lang;

/// ": " as the language writes it before a value (French puts a no-break space before).
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr {
        "\u{a0}: "
    } else {
        ": "
    }
}

/// Which ISCMs (by index in `data.iscms`) the query selects: the charts count these.
/// The search part of the query is read without the report's statements (the charts page
/// does not load them), so it matches names, chairs, secretariats and themes.
pub fn selection(data: &Dataset, query: &Query) -> Vec<bool> {
    let found: Vec<&str> = results(data, query, None)
        .into_iter()
        .map(|iscm| iscm.id.as_str())
        .collect();
    data.iscms
        .iter()
        .map(|iscm| found.contains(&iscm.id.as_str()))
        .collect()
}

/// The colour class of an ISCM type, shared by every chart that shows types.
pub fn kind_class(kind: IscmKind) -> &'static str {
    match kind {
        IscmKind::Rcp => "series-rcp",
        IscmKind::Irf => "series-irf",
        IscmKind::Global => "series-global",
    }
}

/// What a chart shows at one moment: the drawing, its one-line reading and its table (the
/// table view and the CSV). Computed in one go, so a filter change recomputes each chart once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartState {
    pub drawing: draw_bars::Drawing,
    pub reading: String,
    /// The dataset's words (English) that the reading may name, such as theme or ISCM
    /// names, or the whole reading when it is the source's own sentence: the view marks
    /// them `lang="en"` inside a French or Spanish reading.
    pub reading_data: Vec<String>,
    pub table: table::ChartTable,
}
