//! One file per view (route).

pub mod about;
pub mod compare;
pub mod explorer;
pub mod iscm;
pub mod not_found;
