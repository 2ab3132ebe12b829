//! The INSP!R website: a Leptos app that renders the network's content
//! bundle. `main.rs` mounts it; the content model is `inspir-content`.

pub mod app;
pub mod components;
pub mod content;
pub mod context;
pub mod focus;
pub mod i18n;
pub mod pages;
pub mod routes;
pub mod shell;
