//! Moving keyboard focus, for the skip link and after a navigation.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses the element with this id; false if there is none to focus.
pub fn focus_id(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}
