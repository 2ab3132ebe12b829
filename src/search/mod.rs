//! Search across the site's pages, with no server: Pagefind indexes the
//! pre-rendered HTML at build time (`scripts/search-index.mjs`), and the
//! app asks that index through Pagefind's JavaScript API, then shows the
//! hits with its own components.

pub mod hits;
#[cfg(feature = "csr")]
mod pagefind;

pub use hits::{Hit, Kind, Piece};
#[cfg(feature = "csr")]
pub use pagefind::find;

/// Pages whose hits are shown for one query: their result data is fetched
/// one fragment each, so more would cost a slow connection for results
/// few people scroll to.
pub const MAX_PAGES: usize = 10;

/// How long loading the index and searching it may take before the visitor
/// is told it failed.
pub const TIME_LIMIT_MS: i32 = 10_000;

/// The index could not be loaded or searched (offline, missing files, a
/// broken index): the page says so and offers the lists instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchFailed;

/// Where a search stands, as the results panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SearchState {
    /// Nothing typed yet.
    Idle,
    /// A search is running; the hits of the one before stay shown, so the
    /// list does not flicker at every pause in typing.
    Searching {
        hits: Vec<Hit>,
    },
    /// The hits for `query` (none is a state of its own to the visitor).
    Found {
        query: String,
        hits: Vec<Hit>,
    },
    Failed,
}

impl SearchState {
    /// The hits the results list shows now.
    pub fn hits(&self) -> &[Hit] {
        match self {
            SearchState::Found { hits, .. } | SearchState::Searching { hits } => hits,
            SearchState::Idle | SearchState::Failed => &[],
        }
    }
}
