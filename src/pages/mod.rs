//! One file per view (route).

pub mod about;
pub mod home;
pub mod iscm;
pub mod not_found;
