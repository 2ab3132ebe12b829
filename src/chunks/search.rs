//! The search chunk: the debounced search, Pagefind's API, the reading of
//! its results into hits, and the view of what was found. The fields stay
//! in the skeleton, so they take typing at once; this follows the first
//! focus, and is in by the end of the pause after typing.

use leptos::prelude::*;

use super::chunk;
use crate::components::search::{Findings, use_search};
use crate::pages::SearchArea;

chunk! {
    search, preload:
    /// What a search for `query` finds, as it follows the text typed.
    pub fn findings(query: Signal<String>, browse: bool) -> AnyView {
        let state = use_search(query);
        view! { <Findings state browse /> }.into_any()
    }
}

chunk! {
    search:
    /// The search page's field and results, alive.
    pub fn area() -> AnyView {
        view! { <SearchArea /> }.into_any()
    }
}
