//! What a search shows once its code is in (the search chunk): a status
//! line that screen readers hear, then the hits, a way on when there are
//! none, or the lists when search failed.

use leptos::either::Either;
use leptos::prelude::*;

use super::BrowseLinks;
use crate::context::use_links;
use crate::i18n::SearchUi;
use crate::routes::Page;
use crate::search::{Hit, Kind, Piece, SearchState};

/// The inside of [`super::SearchResults`], which fetches it.
#[component]
pub fn Findings(
    state: ReadSignal<SearchState>,
    /// Whether to offer the lists when search fails.
    browse: bool,
) -> impl IntoView {
    let links = use_links();
    let ui = &links.ui().search;
    let themes = links.href(Page::Themes);
    // Read in place: the state holds the hits, which need no copy here.
    let status = move || state.with(|state| said(ui, state));
    // Three independent parts rather than one match over the states: each
    // rebuilds on its own, and the wasm carries far less view code.
    let hits = move || state.with(|s| s.hits().to_vec());
    let searching = move || state.with(|s| matches!(s, SearchState::Searching { .. }));
    let none_found =
        move || state.with(|s| matches!(s, SearchState::Found { hits, .. } if hits.is_empty()));
    let failed = move || state.with(|s| *s == SearchState::Failed);
    view! {
        <p class="search-status" role="status" aria-live="polite">{status}</p>
        <ul
            class="search-hits"
            role="list"
            aria-label=ui.results_label
            aria-busy=move || searching().then_some("true")
            hidden=move || state.with(|s| s.hits().is_empty())
        >
            {move || hits().into_iter().map(|hit| view! { <HitItem hit /> }).collect_view()}
        </ul>
        {move || none_found().then(|| view! {
            <p class="search-next">
                {ui.try_browsing} " " <a href=themes.clone()>{links.ui().nav_themes}</a>
            </p>
        })}
        {move || (browse && failed()).then(|| view! { <BrowseLinks /> })}
    }
}

/// What the status line says of `state`, here and in the stand-in that
/// [`super::SearchResults`] shows until this code is in.
pub fn said(ui: &SearchUi, state: &SearchState) -> String {
    match state {
        // Nothing to say before the app runs: the page says why.
        SearchState::Idle if cfg!(feature = "csr") => ui.hint.to_owned(),
        SearchState::Idle => String::new(),
        SearchState::Searching { .. } => ui.searching.to_owned(),
        SearchState::Found { query, hits } => ui.count(hits.len(), query),
        SearchState::Failed => ui.failed.to_owned(),
    }
}

/// A hit: what kind of thing it is, its title as the link, and the words
/// around the match with the matched ones marked.
#[component]
fn HitItem(hit: Hit) -> impl IntoView {
    let kinds = use_links().ui().search.kinds;
    let kind = match hit.kind {
        Kind::Theme => kinds[0],
        Kind::Ally => kinds[1],
        Kind::Report => kinds[2],
        Kind::Page => kinds[3],
    };
    let excerpt = hit
        .excerpt
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => Either::Left(text),
            Piece::Match(text) => Either::Right(view! { <mark>{text}</mark> }),
        })
        .collect_view();
    view! {
        <li class="search-hit">
            <span class="search-hit__kind">{kind}</span>
            <a class="search-hit__link" href=hit.href>{hit.title}</a>
            <p class="search-hit__excerpt">{excerpt}</p>
        </li>
    }
}
