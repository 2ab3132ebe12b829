//! How the app takes over a pre-rendered page. It loads the page's content
//! first. When the page was built from that same content, the app adopts
//! it as it is (`adopt.rs`). Otherwise it renders the page from the live
//! content and swaps it in within one task, so the browser never paints
//! anything in between; scroll position, keyboard focus and anything
//! already typed carry over. The head stays as it was pre-rendered (see
//! `document.rs`).

use std::sync::Arc;

use futures::future::join;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement};

use crate::adopt::mark_live;
use crate::app::App;
use crate::chunks;
use crate::content::{BundleUrls, ContentError, ContentStore, fetch_bundle, fetch_config};
use crate::dom::next_task;
use crate::kept::Kept;
use crate::prerendered::{CONTENT_HASH_ATTR, OFFLINE_PAGE_ATTR, PRELOAD_ATTR, fingerprint};
use crate::routes::{BaseUrl, Route};

/// Loads the content of the page at the current address, then mounts the
/// app in place of the pre-rendered page; but never in place of the offline
/// page, whose links the service worker answers page by page.
pub async fn start(base: BaseUrl) {
    if document()
        .query_selector(&format!("[{OFFLINE_PAGE_ATTR}]"))
        .is_ok_and(|found| found.is_some())
    {
        return;
    }
    let pathname = window().location().pathname().unwrap_or_default();
    let route = Route::parse(base.strip(&pathname));
    let html = document().document_element();
    let built_from = html
        .as_ref()
        .and_then(|html| html.get_attribute(CONTENT_HASH_ATTR));
    let stays_as_built = |error: &ContentError| {
        // The page as built is complete and its links work: better than an
        // error page. Navigation stays page to page.
        leptos::logging::warn!("{error}; the page stays as it was built");
    };
    let Some(body) = document().body() else {
        return;
    };
    // The files the page was built from, fetched with `config.json` at
    // once: if they are unchanged, neither needs reading.
    let preloaded = html
        .and_then(|html| html.get_attribute(PRELOAD_ATTR))
        .and_then(|list| BundleUrls::preloaded(&list, route.lang));
    let (config_file, mut preloaded) = match preloaded.filter(|_| built_from.is_some()) {
        Some(urls) => {
            let (config, fetched) = join(fetch_config(), fetch_bundle(&urls)).await;
            (config, Some((urls, fetched)))
        }
        None => (fetch_config().await, None),
    };
    let same_content = matches!((&config_file, &preloaded, &built_from),
        (Ok(config), Some((_, Ok(fetched))), Some(hash))
            if &fingerprint(&config.text, &fetched.hash) == hash);
    if same_content
        && let (Ok(config), Some((_, Ok(fetched)))) = (config_file.clone(), preloaded.take())
    {
        // Nothing to render, nor yet to read: the router and the parts
        // that act are all that is added, and they add nothing to `<body>`.
        // In a task of its own, so that no one task holds up the browser.
        let store = ContentStore::unread(config, route.lang, fetched);
        next_task().await;
        mount_to(body, move || view! { <App base store adopt=true /> }).forget();
        return;
    }
    let config = match config_file {
        Ok(file) => chunks::content::read_config(file).await,
        Err(error) => Err(error),
    };
    let fetched = match (&config, preloaded) {
        (Err(error), _) => Err(error.clone()),
        (Ok(config), Some((urls, fetched))) if urls == BundleUrls::of(config, route.lang) => {
            fetched
        }
        (Ok(config), _) => fetch_bundle(&BundleUrls::of(config, route.lang)).await,
    };
    if let (Err(error), Some(_)) = (&fetched, &built_from) {
        return stays_as_built(error);
    }
    let config = config.unwrap_or_default();
    if built_from.is_some() {
        leptos::logging::log!(
            "the content or config.json has changed since this page was built; showing it"
        );
    }
    // This page is rendered now, so its content must be read and the
    // pages' code be in first: the swap would otherwise put a placeholder
    // where the built page was.
    let read = async {
        match fetched {
            Ok(fetched) => chunks::content::read(fetched).await,
            Err(error) => Err(error),
        }
    };
    let (first, pages) = join(read, chunks::pages::preload()).await;
    if let (Err(error), Some(_)) = (&first, &built_from) {
        return stays_as_built(error);
    }
    if pages.is_err() {
        leptos::logging::warn!(
            "the code that shows pages could not be fetched; the page stays as it was built"
        );
        return;
    }
    let store = ContentStore::new(config, route.lang, first.map(Arc::new));
    next_task().await;
    replace_page(&body, false, |body| {
        mount_to(body.clone(), move || view! { <App base store /> }).forget();
    })
    .await;
    mark_live();
}

/// Runs `mount`, which appends the app to `root` (the body), in place of
/// what `root` shows now, within one task, so nothing is painted between
/// the two. `same_tree` says the app renders exactly the markup being
/// replaced, so focus can go back to the same element.
pub async fn replace_page(root: &HtmlElement, same_tree: bool, mount: impl FnOnce(&HtmlElement)) {
    let old = page_elements(root);
    let kept = Kept::capture(&old);
    mount(root);
    // leptos_router renders its first page in a microtask, which still runs
    // before the browser paints: wait for it before taking the old page out.
    for _ in 0..MOUNT_MICROTASKS {
        if page_elements(root).len() > old.len() {
            break;
        }
        microtask().await;
    }
    for element in &old {
        element.remove();
    }
    kept.restore(&page_elements(root), same_tree);
}

/// How many microtasks the app may take to render its first page; in
/// practice it takes one.
const MOUNT_MICROTASKS: usize = 8;

/// Resolves in a microtask: before the browser renders, after what the
/// executor queued.
async fn microtask() {
    let _ =
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::UNDEFINED)).await;
}

/// `root`'s elements but its scripts (trunk's live-reload script under
/// `trunk serve`), which are not part of the page.
fn page_elements(root: &HtmlElement) -> Vec<Element> {
    let children = root.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| el.tag_name() != "SCRIPT")
        .collect()
}
