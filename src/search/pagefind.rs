//! Pagefind's JavaScript API, loaded on the first search only: its script,
//! worker, wasm and index are fetched then, so no page's first load pays
//! for search.

use futures::future::{Either, select};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::hits::{Hit, hits_of};
use super::{MAX_PAGES, SearchFailed, TIME_LIMIT_MS};
use crate::i18n::Lang;
use crate::json::JsonValue;
use crate::routes::BaseUrl;

// wasm-bindgen has no dynamic `import()`, so this small module does the
// loading. One index a language, loaded once: searches started while it
// loads wait for the same promise, a time limit on one search does not
// throw the loading away, and a failed load is forgotten so the next search
// tries again. Pagefind takes the index's language from `<html lang>`.
// The result data of the best pages is fetched side by side.
#[wasm_bindgen(inline_js = r#"
const indexes = new Map();
function indexOf(lang, folder, base) {
  let index = indexes.get(lang);
  if (!index) {
    index = import(`${folder}pagefind.js`).then(async (pagefind) => {
      const made = pagefind.createInstance({ basePath: folder, baseUrl: base });
      await made.init();
      return made;
    });
    index.catch(() => indexes.delete(lang));
    indexes.set(lang, index);
  }
  return index;
}
export async function searchIndex(lang, folder, base, term, pages) {
  const index = await indexOf(lang, folder, base);
  const found = await index.search(term);
  return Promise.all(found.results.slice(0, pages).map((result) => result.data()));
}
"#)]
extern "C" {
    /// The result data (`url`, `excerpt`, `meta`, `sub_results`) of the
    /// best `pages` pages for `term`.
    #[wasm_bindgen(catch, js_name = searchIndex)]
    async fn search_index(
        lang: &str,
        folder: &str,
        base: &str,
        term: &str,
        pages: usize,
    ) -> Result<JsValue, JsValue>;
}

/// Searches the index of `lang` for `query`: the hits of the best
/// [`MAX_PAGES`] pages, within [`TIME_LIMIT_MS`].
pub async fn find(lang: Lang, base: &BaseUrl, query: &str) -> Result<Vec<Hit>, SearchFailed> {
    let folder = base.file("pagefind/");
    let work = Box::pin(search_index(
        lang.code(),
        &folder,
        base.as_str(),
        query,
        MAX_PAGES,
    ));
    let found = match select(work, Box::pin(sleep(TIME_LIMIT_MS))).await {
        Either::Left((found, _)) => found.map_err(|_| SearchFailed)?,
        Either::Right(_) => return Err(SearchFailed),
    };
    Ok(found
        .items()
        .iter()
        .flat_map(|data| hits_of(data, base))
        .collect())
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
