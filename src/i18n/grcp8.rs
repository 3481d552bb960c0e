//! The GRCP 8 meeting: its agenda and session pages.

crate::ui_text! {
    /// Strings of the GRCP 8 pages.
    pub struct Grcp8Text {
        agenda_title: "Agenda", "Ordre du jour", "Programa";
    }
}
