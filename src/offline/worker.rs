//! The service worker and the cache of kept reports, through a small
//! JavaScript module: web-sys bindings for them would cost the wasm more
//! than these few lines.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

// `inspir-kept` is the cache the worker answers report downloads from
// (crates/prerender/src/service-worker.js, `KEPT`).
#[wasm_bindgen(inline_js = r#"
const KEPT = 'inspir-kept';
const absolute = (href) => new URL(href, document.baseURI).href;
export function updateReady() {
  const workers = navigator.serviceWorker;
  // A page no worker answered is already as new as the site.
  if (!workers?.controller) return new Promise(() => {});
  return workers.ready.then((registration) => new Promise((resolve) => {
    const watch = (next) => next?.addEventListener('statechange', () => next.state === 'installed' && resolve());
    if (registration.waiting) resolve();
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // A tab left open for days looks again when the reader comes back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }));
}
export async function applyUpdate() {
  const registration = await navigator.serviceWorker?.getRegistration();
  if (!registration?.waiting) return location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  registration.waiting.postMessage({ type: 'activate' });
}
export async function isKept(href) {
  return !!(await (await caches.open(KEPT)).match(absolute(href)));
}
export async function keep(href) {
  const response = await fetch(absolute(href), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  await (await caches.open(KEPT)).put(absolute(href), response);
}
export async function forget(href) {
  await (await caches.open(KEPT)).delete(absolute(href));
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = updateReady)]
    async fn update_ready_js() -> JsValue;
    #[wasm_bindgen(js_name = applyUpdate)]
    async fn apply_update_js() -> JsValue;
    #[wasm_bindgen(catch, js_name = isKept)]
    async fn is_kept_js(href: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = keep)]
    async fn keep_js(href: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_name = forget)]
    async fn forget_js(href: &str) -> Result<(), JsValue>;
}

/// Resolves once a newer build is installed and waiting; never, if none is.
pub async fn update_ready() {
    update_ready_js().await;
}

/// Lets the waiting build take over, then reloads the page with it.
pub async fn apply_update() {
    apply_update_js().await;
}

/// Whether the file at `href` is kept on this device.
pub async fn is_kept(href: &str) -> bool {
    is_kept_js(href).await.is_ok_and(|kept| kept.is_truthy())
}

/// [`is_kept`], for a future that outlives its caller.
pub async fn is_kept_at(href: String) -> bool {
    is_kept(&href).await
}

/// Downloads the file at `href` into the device's cache of kept files.
pub async fn keep(href: &str) -> Result<(), String> {
    keep_js(href).await.map_err(describe)
}

/// Removes the file at `href` from the device.
pub async fn forget(href: &str) -> Result<(), String> {
    forget_js(href).await.map_err(describe)
}

fn describe(error: JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => format!("{error:?}"),
    }
}
