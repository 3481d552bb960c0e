//! Embedding ISCM Explorer in other sites' pages (pure logic, tested natively).
//!
//! Embed mode is switched by the page's real query string (`index.html?embed=1#/iscm/igc`),
//! not the fragment, so it survives every navigation inside the app; [`params`] reads it.
//! [`url`] builds the addresses an embed needs, [`code`] the iframe code the embed-code
//! builder shows, and [`height`] the messages a framed app posts to its host page.

pub mod code;
pub mod height;
pub mod params;
pub mod url;
