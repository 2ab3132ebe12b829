//! The offline chunk: "keep for offline" on a report card, which keeps
//! the report on the device or removes it. An adopted page keeps the
//! button as built until it is pressed, or at once when its report is
//! already kept (`adopt.rs`); pages the app renders build it at once, as
//! the pages chunk shares it.

use leptos::prelude::*;

use super::chunk;
use crate::components::offline::KeepForOffline;

chunk! {
    offline, preload:
    /// The control of the report at `href`, named for it by `title`.
    pub fn keep(href: String, title: String) -> AnyView {
        view! { <KeepForOffline href title /> }.into_any()
    }
}
