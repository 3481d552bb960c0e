//! What the secondary files say about one ISCM: its statements grouped by topic, and its
//! part in the GRCP 8 agenda.

use super::grcp8::{Grcp8, Person, Role, RoleKind, Slot};
use super::statements::{Statement, StatementsFile, Topic};
use crate::i18n::pages::PagesText;
use crate::i18n::Lang;

/// The statements about `iscm_id`, grouped by topic in [`Topic::ALL`] order (source order
/// within a topic); topics with no statement are left out.
pub fn statements_by_topic<'a>(
    file: &'a StatementsFile,
    iscm_id: &str,
) -> Vec<(Topic, Vec<&'a Statement>)> {
    Topic::ALL
        .into_iter()
        .map(|topic| {
            let statements: Vec<&Statement> = file
                .statements
                .iter()
                .filter(|s| s.topic == topic && s.iscm_ids.iter().any(|id| id == iscm_id))
                .collect();
            (topic, statements)
        })
        .filter(|(_, statements)| !statements.is_empty())
        .collect()
}

/// Someone who took part in a GRCP 8 agenda slot on behalf of an ISCM.
#[derive(Debug, Clone, Copy)]
pub struct Appearance<'a> {
    pub slot: &'a Slot,
    pub role: &'a Role,
    pub person: &'a Person,
}

/// Every agenda role played on behalf of `iscm_id`, in agenda order.
pub fn grcp8_appearances<'a>(agenda: &'a Grcp8, iscm_id: &str) -> Vec<Appearance<'a>> {
    agenda
        .slots
        .iter()
        .flat_map(|slot| slot.roles.iter().map(move |role| (slot, role)))
        .filter_map(|(slot, role)| {
            let person = agenda.people.iter().find(|p| p.id == role.person_id)?;
            person
                .iscm_ids
                .iter()
                .any(|id| id == iscm_id)
                .then_some(Appearance { slot, role, person })
        })
        .collect()
}

/// A role's name for people, in the interface language `lang`.
pub fn role_label(role: RoleKind, lang: Lang) -> &'static str {
    let t = PagesText::of(lang);
    match role {
        RoleKind::Speaker => t.role_speaker,
        RoleKind::Moderator => t.role_moderator,
        RoleKind::CoFacilitator => t.role_co_facilitator,
        RoleKind::Rapporteur => t.role_rapporteur,
    }
}
