//! The INSP!R website: a Leptos app that renders the network's content
//! bundle. `main.rs` mounts it; the content model is `inspir-content`.

// Leptos views are deeply nested types; the page head alone passes the default.
#![recursion_limit = "256"]

#[cfg(feature = "csr")]
pub mod adopt;
pub mod app;
pub mod chunks;
pub mod components;
pub mod content;
pub mod context;
pub mod document;
pub mod dom;
#[cfg(feature = "csr")]
pub mod dormant;
pub mod focus;
pub mod head;
#[cfg(feature = "csr")]
pub mod header_as_built;
pub mod i18n;
#[cfg(feature = "csr")]
pub mod in_place;
pub mod json;
#[cfg(feature = "csr")]
pub mod kept;
pub mod markup;
pub mod newsletter;
pub mod offline;
pub mod pages;
pub mod prerendered;
#[cfg(feature = "ssr")]
pub mod render;
pub mod routes;
pub mod search;
pub mod shell;
#[cfg(feature = "csr")]
pub mod takeover;
