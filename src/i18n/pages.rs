//! An ISCM's page, the glossary, the topic pages and the page about the data.

crate::ui_text! {
    /// Strings of the ISCM, glossary, topic and about pages.
    pub struct PagesText {
        glossary_title: "Glossary", "Glossaire", "Glosario";
    }
}
