//! ISCM Explorer: a Leptos app over IOM's 2019 assessment of inter-State consultation
//! mechanisms on migration.
//!
//! The pure logic (dataset types and validation, routing, load errors) builds natively and
//! is tested with `cargo test`; the browser parts compile only for `wasm32`.

pub mod charts;
pub mod dataset;
pub mod embed;
pub mod explore;
pub mod i18n;
pub mod load_error;
pub mod lowercase;
pub mod route;
pub mod stable_sort;
pub mod theme;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod frame;
#[cfg(target_arch = "wasm32")]
pub mod later;
#[cfg(target_arch = "wasm32")]
pub mod lazy_file;
#[cfg(target_arch = "wasm32")]
pub mod lazy_views;
#[cfg(target_arch = "wasm32")]
pub mod nav;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod secondary;
#[cfg(target_arch = "wasm32")]
pub mod service_worker;
#[cfg(target_arch = "wasm32")]
pub mod view_styles;
