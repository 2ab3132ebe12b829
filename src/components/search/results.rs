//! Where a search's results go, in the header and on the search page. The
//! code that searches and shows what it found is a chunk of its own
//! (src/chunks/search.rs), fetched at the first text to search (or on
//! focus, ahead of it); until it is in, a stand-in says where things
//! stand, in the same live region markup, so the panel never sits empty.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::findings::said;
use crate::chunks;
use crate::context::use_links;
use crate::routes::Page;
use crate::search::SearchState;

/// Where the chunk that shows results stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Code {
    /// Nothing typed yet: nothing fetched.
    NotYet,
    Fetching,
    /// The findings are shown.
    In,
    /// It could not be fetched; the next text typed tries again.
    Failed,
}

#[component]
pub fn SearchResults(
    /// The text to search, as typed.
    query: Signal<String>,
    id: &'static str,
    /// Whether to offer the lists when search fails; the search page
    /// always shows them, and one such landmark is enough.
    #[prop(optional)]
    browse: bool,
) -> impl IntoView {
    let code = RwSignal::new(Code::NotYet);
    // Which fetch this is: each one mounts the chunk's view anew.
    let attempt = RwSignal::new(0_u32);
    let typed = move || !query.read().trim().is_empty();
    Effect::new(move |_| {
        if typed() && matches!(code.get_untracked(), Code::NotYet | Code::Failed) {
            code.set(Code::Fetching);
            attempt.update(|n| *n += 1);
        }
    });
    let findings = move || {
        (attempt.get() > 0).then(|| {
            Suspend::new(SendWrapper::new(async move {
                let shown = chunks::search::findings(query, browse).await;
                code.set(if shown.is_ok() {
                    Code::In
                } else {
                    Code::Failed
                });
                shown.ok()
            }))
        })
    };
    let stand_in = move || {
        let state = match code.get() {
            Code::In => return None,
            Code::Failed => SearchState::Failed,
            _ if typed() => SearchState::Searching { hits: Vec::new() },
            _ => SearchState::Idle,
        };
        let ui = &use_links().ui().search;
        let lists = (browse && state == SearchState::Failed).then(|| view! { <BrowseLinks /> });
        Some(view! {
            <p class="search-status" role="status" aria-live="polite">{said(ui, &state)}</p>
            {lists}
        })
    };
    view! {
        <div class="search-results" id=id>
            {stand_in}
            {findings}
        </div>
    }
}

/// The lists every page can be reached from: for when search cannot help.
#[component]
pub fn BrowseLinks() -> impl IntoView {
    let links = use_links();
    let ui = links.ui();
    let item = |page: Page, label: &'static str| {
        view! { <li><a href=links.href(page)>{label}</a></li> }
    };
    view! {
        <nav class="browse" aria-label=ui.search.browse>
            <ul>
                {item(Page::Themes, ui.nav_themes)}
                {item(Page::Allies, ui.nav_allies)}
                {item(Page::Reports, ui.nav_reports)}
            </ul>
        </nav>
    }
}
