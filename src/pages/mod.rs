//! One file per view (route).

pub mod about;
pub mod charts;
pub mod compare;
pub mod explorer;
pub mod glossary;
pub mod grcp8;
pub mod iscm;
pub mod not_found;
pub mod search;
pub mod topics;
