//! The charts: titles, readings, axes, legends, tables, frames and downloads.

crate::ui_text! {
    /// Strings of the charts.
    pub struct ChartsText {
        page_title: "Charts", "Graphiques", "Gráficos";
    }
}
