//! Pagefind's JavaScript API, loaded on the first search only: its script,
//! worker, wasm and index are fetched then, so no page's first load pays
//! for search.

use std::cell::RefCell;

use futures::future::{Either, select};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::hits::{Hit, hits_of};
use super::{MAX_PAGES, SearchFailed, TIME_LIMIT_MS};
use crate::i18n::Lang;
use crate::json::JsonValue;
use crate::routes::BaseUrl;

// wasm-bindgen has no dynamic `import()`; this one-line module gives it one.
#[wasm_bindgen(inline_js = "export function load(path) { return import(path); }")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn load(path: &str) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// The `pagefind.js` module.
    type Module;
    /// An index in one language: the one `<html lang>` names when it is made.
    #[derive(Clone)]
    type Instance;

    #[wasm_bindgen(method, js_name = createInstance)]
    fn create_instance(this: &Module, options: &JsValue) -> Instance;

    #[wasm_bindgen(method, catch)]
    async fn init(this: &Instance) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    async fn search(this: &Instance, term: &str) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// One index a language, made on the first search in it.
    static INSTANCES: RefCell<Vec<(Lang, Instance)>> = const { RefCell::new(Vec::new()) };
}

/// Searches the index of `lang` for `query`: the hits of the best
/// [`MAX_PAGES`] pages, within [`TIME_LIMIT_MS`].
pub async fn find(lang: Lang, base: &BaseUrl, query: &str) -> Result<Vec<Hit>, SearchFailed> {
    let work = Box::pin(search_in(lang, base, query));
    match select(work, Box::pin(sleep(TIME_LIMIT_MS))).await {
        Either::Left((found, _)) => found,
        Either::Right(_) => Err(SearchFailed),
    }
}

async fn search_in(lang: Lang, base: &BaseUrl, query: &str) -> Result<Vec<Hit>, SearchFailed> {
    let instance = instance(lang, base).await?;
    let found = instance.search(query).await.map_err(|_| SearchFailed)?;
    let results = found.get("results").map(|r| r.items()).unwrap_or_default();
    let mut hits = Vec::new();
    for result in results.into_iter().take(MAX_PAGES) {
        let data = js_sys::Reflect::get(&result, &"data".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&result).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
            .ok_or(SearchFailed)?;
        let data = JsFuture::from(data).await.map_err(|_| SearchFailed)?;
        hits.extend(hits_of(&data, base));
    }
    Ok(hits)
}

/// The index of `lang`, loading Pagefind first if this is the first search.
async fn instance(lang: Lang, base: &BaseUrl) -> Result<Instance, SearchFailed> {
    let known =
        INSTANCES.with_borrow(|all| all.iter().find(|(l, _)| *l == lang).map(|(_, i)| i.clone()));
    if let Some(instance) = known {
        return Ok(instance);
    }
    let folder = base.file("pagefind/");
    let module: Module = load(&format!("{folder}pagefind.js"))
        .await
        .map_err(|_| SearchFailed)?
        .unchecked_into();
    let options = js_sys::Object::new();
    for (key, value) in [("basePath", folder.as_str()), ("baseUrl", base.as_str())] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).map_err(|_| SearchFailed)?;
    }
    let instance = module.create_instance(&options);
    instance.init().await.map_err(|_| SearchFailed)?;
    INSTANCES.with_borrow_mut(|all| all.push((lang, instance.clone())));
    Ok(instance)
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
