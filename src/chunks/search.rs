//! The search chunk: Pagefind's API and the reading of its results into
//! hits. The field and the results panel stay in the skeleton, so they
//! take typing at once; the code that searches follows the first focus.

use futures::future::LocalBoxFuture;

use super::chunk;
use crate::i18n::Lang;
use crate::routes::BaseUrl;
use crate::search::{Hit, SearchFailed};

/// What a search resolves to.
pub type Found = LocalBoxFuture<'static, Result<Vec<Hit>, SearchFailed>>;

chunk! {
    search, preload:
    /// Searches the index of `lang` for `query`.
    pub fn find(lang: Lang, base: BaseUrl, query: String) -> Found {
        searching(lang, base, query)
    }
}

#[cfg(feature = "csr")]
fn searching(lang: Lang, base: BaseUrl, query: String) -> Found {
    Box::pin(async move { crate::search::find(lang, &base, &query).await })
}

/// The pre-renderer never searches.
#[cfg(not(feature = "csr"))]
fn searching(_: Lang, _: BaseUrl, _: String) -> Found {
    Box::pin(futures::future::pending())
}
