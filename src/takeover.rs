//! How the app takes over a pre-rendered page. It loads the page's content
//! first, renders the same page, and swaps it in within one task, so the
//! browser never paints anything in between; scroll position, keyboard
//! focus and anything already typed carry over. The head stays as it was
//! pre-rendered (see `document.rs`).
//!
//! This is a clean replacement, not hydration: see the README ("How the app
//! takes over a pre-rendered page") for the measurements behind the choice.

use std::sync::Arc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, FocusOptions, HtmlElement, HtmlInputElement};

use crate::app::App;
use crate::content::{ContentStore, load_bundle, load_config};
use crate::prerendered::{CONTENT_HASH_ATTR, OFFLINE_PAGE_ATTR};
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
    let config = load_config().await;
    let fetched = match &config {
        Ok(config) => load_bundle(config, route.lang).await,
        Err(error) => Err(error.clone()),
    };
    let built_from = document()
        .document_element()
        .and_then(|html| html.get_attribute(CONTENT_HASH_ATTR));
    if let (Err(error), Some(_)) = (&fetched, &built_from) {
        // The page as built is complete and its links work: better than an
        // error page. Navigation stays page to page.
        leptos::logging::warn!("{error}; the page stays as it was built");
        return;
    }
    let same_content =
        matches!((&fetched, &built_from), (Ok(fetched), Some(hash)) if &fetched.hash == hash);
    if !same_content && built_from.is_some() {
        leptos::logging::log!("the content has changed since this page was built; showing it");
    }
    let config = config.unwrap_or_default();
    let origin = match config.origin() {
        Ok(origin) => origin.to_owned(),
        Err(_) => window().location().origin().unwrap_or_default(),
    };
    let first = fetched.map(|fetched| Arc::new(fetched.bundle));
    let store = ContentStore::new(config, route.lang, first);
    let Some(body) = document().body() else {
        return;
    };
    // The content was read in this task; the page is swapped in the next,
    // so that neither holds up the browser for long on a slow phone.
    next_task().await;
    replace_page(&body, same_content, |body| {
        mount_to(body.clone(), move || view! { <App base origin store /> }).forget();
    })
    .await;
}

/// Resolves in a new task, after the browser has had its turn.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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

/// What the visitor may have done to the page before the app arrived.
struct Kept {
    scroll: (f64, f64),
    /// The focused element, as child indices from the page's top elements.
    focus: Option<Vec<u32>>,
    /// Fields the visitor changed: id, value, checked.
    fields: Vec<(String, String, bool)>,
}

impl Kept {
    fn capture(page: &[Element]) -> Kept {
        let window = window();
        let scroll = (
            window.scroll_x().unwrap_or_default(),
            window.scroll_y().unwrap_or_default(),
        );
        let focus = document()
            .active_element()
            .and_then(|active| path_to(&active, page));
        let fields = page
            .iter()
            .flat_map(inputs)
            .filter(|input| {
                input.value() != input.default_value() || input.checked() != input.default_checked()
            })
            .map(|input| (input.id(), input.value(), input.checked()))
            .filter(|(id, ..)| !id.is_empty())
            .collect();
        Kept {
            scroll,
            focus,
            fields,
        }
    }

    fn restore(self, page: &[Element], same_tree: bool) {
        for (id, value, checked) in self.fields {
            let input = document()
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<HtmlInputElement>().ok());
            if let Some(input) = input {
                input.set_value(&value);
                input.set_checked(checked);
                // So the app's bindings learn the values too.
                for kind in ["input", "change"] {
                    if let Ok(event) = web_sys::Event::new(kind) {
                        let _ = input.dispatch_event(&event);
                    }
                }
            }
        }
        if same_tree {
            let target = self.focus.and_then(|path| element_at(page, &path));
            if let Some(target) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                let options = FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = target.focus_with_options(&options);
            }
        }
        let (x, y) = self.scroll;
        let window = window();
        if (
            window.scroll_x().unwrap_or_default(),
            window.scroll_y().unwrap_or_default(),
        ) != (x, y)
        {
            window.scroll_to_with_x_and_y(x, y);
        }
    }
}

fn inputs(root: &Element) -> Vec<HtmlInputElement> {
    let Ok(list) = root.query_selector_all("input[id]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

/// `element`'s position under `page`: the index of its top element, then
/// its index among its parent's elements at each level down.
fn path_to(element: &Element, page: &[Element]) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = element.clone();
    loop {
        if let Some(top) = page.iter().position(|el| *el == current) {
            path.push(top as u32);
            path.reverse();
            return Some(path);
        }
        let parent = current.parent_element()?;
        let siblings = parent.children();
        let index =
            (0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&current))?;
        path.push(index);
        current = parent;
    }
}

fn element_at(page: &[Element], path: &[u32]) -> Option<Element> {
    let (top, rest) = path.split_first()?;
    let mut current = page.get(*top as usize)?.clone();
    for &index in rest {
        current = current.children().item(index)?;
    }
    Some(current)
}
