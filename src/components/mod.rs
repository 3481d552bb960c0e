//! Pieces of the page shared by several views.

pub mod abbr;
pub mod active_filters;
pub mod app_notices;
pub mod card_list;
pub mod chart_frame;
pub mod data_note;
pub mod deferred_view;
pub mod download;
pub mod embed_bar;
pub mod embed_dialog;
pub mod file_notes;
pub mod filters;
pub mod footer;
pub mod header;
pub mod highlight;
pub mod iscm_card;
pub mod iscm_grcp8;
pub mod iscm_statements;
pub mod language_choice;
pub mod marked_text;
pub mod option_nodes;
pub mod source_line;
pub mod status;
pub mod svg_view;
pub mod theme_toggle;
