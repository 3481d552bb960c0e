//! The app's frame: header, navigation, footer, controls, notices, embedding, loading and
//! error states, and the titles of views.

crate::ui_text! {
    /// Strings of the app's frame.
    pub struct ShellText {
        skip_link: "Skip to main content", "Aller au contenu principal", "Ir al contenido principal";
        language_label: "Language", "Langue", "Idioma";
    }
}
