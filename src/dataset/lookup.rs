//! Look-ups the views need, by id, over the core dataset file.

use super::iscms::{IomRole, Iscm, IscmKind, IscmsFile, Organization, Region, Theme, TypeDef};
use super::source::DataNote;
use crate::i18n::explorer::ExplorerText;
use crate::i18n::Lang;

impl IscmsFile {
    /// The ISCM with this id.
    pub fn iscm(&self, id: &str) -> Option<&Iscm> {
        self.iscms.iter().find(|i| i.id == id)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    pub fn iom_role(&self, id: &str) -> Option<&IomRole> {
        self.iom_roles.iter().find(|r| r.id == id)
    }

    pub fn type_def(&self, kind: IscmKind) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.id == kind)
    }

    /// The ISCMs whose Annex 10 column ticks `theme_id` (certain ticks only).
    pub fn iscms_with_theme<'a>(&'a self, theme_id: &'a str) -> impl Iterator<Item = &'a Iscm> {
        self.iscms.iter().filter(move |i| {
            i.theme_ids
                .as_ref()
                .is_some_and(|t| t.iter().any(|x| x == theme_id))
        })
    }

    /// The short label of an ISCM type id ("RCP", "IRF", "Global process").
    pub fn type_label(&self, kind: IscmKind) -> &str {
        self.types
            .iter()
            .find(|type_def| type_def.id == kind)
            .map(|type_def| {
                if type_def.abbr.is_empty() {
                    type_def.name.as_str()
                } else {
                    type_def.abbr.as_str()
                }
            })
            .unwrap_or(kind.id())
    }

    /// [`type_label`](Self::type_label) in an interface language: the abbreviations stay
    /// ("RCP", "IRF"); the name of global processes, which have none, is translated (English
    /// keeps the dataset's own name).
    pub fn type_label_in(&self, kind: IscmKind, lang: Lang) -> &str {
        match (kind, lang) {
            (IscmKind::Global, Lang::Fr | Lang::Es) => ExplorerText::of(lang).type_global,
            _ => self.type_label(kind),
        }
    }

    /// A theme's name as Annex 10 prints it, falling back to its id.
    pub fn theme_name<'a>(&'a self, theme_id: &'a str) -> &'a str {
        self.themes
            .iter()
            .find(|theme| theme.id == theme_id)
            .map(|theme| theme.name.as_str())
            .unwrap_or(theme_id)
    }

    /// Every data note of the core file.
    pub fn all_notes(&self) -> impl Iterator<Item = &DataNote> {
        self.data_notes.iter()
    }

    /// The data notes that concern one ISCM.
    pub fn notes_for_iscm<'a>(&'a self, iscm_id: &'a str) -> impl Iterator<Item = &'a DataNote> {
        self.all_notes()
            .filter(move |note| note.iscm_ids.iter().any(|id| id == iscm_id))
    }
}
