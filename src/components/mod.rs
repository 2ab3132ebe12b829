//! Pieces of pages. Each takes its text from props or context, never literals.

pub mod cards;
pub mod figure;
pub mod footer;
pub mod header;
pub mod language_switcher;
pub mod lite;
pub mod nav;
pub mod newsletter_form;
pub mod offline;
pub mod page_head;
pub mod search;
pub mod status;
pub mod translation;
