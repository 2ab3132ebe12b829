//! Small DOM queries that the browser-side code shares.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// The elements under `root` that match `selector` and are a `T`, in
/// document order (none if the selector is invalid).
pub fn all<T: JsCast>(root: &Element, selector: &str) -> Vec<T> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}
