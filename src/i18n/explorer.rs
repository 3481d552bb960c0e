//! The explorer (cards, filters, sorting), the comparison and the site search.

crate::ui_text! {
    /// Strings of the explorer, the comparison and the site search.
    pub struct ExplorerText {
        search_label: "Search ISCMs", "Rechercher des ISCM", "Buscar ISCM";
    }
}
