//! Moving keyboard focus, for the skip link and after a navigation.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses the element with this id; false if there is none to focus.
pub fn focus_id(id: &str) -> bool {
    element_by_id(id).is_some_and(|el| el.focus().is_ok())
}

/// Focuses the element with this id afresh, even if it has focus already:
/// back and forward update the heading in place, where it keeps the focus
/// it had, and only a new focus event makes a screen reader read the new
/// heading. False if there is none to focus.
pub fn refocus_id(id: &str) -> bool {
    let Some(el) = element_by_id(id) else {
        return false;
    };
    if document().active_element().as_ref() == Some(el.unchecked_ref()) {
        let _ = el.blur();
    }
    el.focus().is_ok()
}

fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into().ok())
}

/// Focuses the section the address points to (`allies#ally-usp2030`), which
/// the router has scrolled to, so focus and view agree; false if the
/// address names none. A heading takes focus only with `tabindex="-1"`.
pub fn focus_target() -> bool {
    let hash = document().location().and_then(|l| l.hash().ok());
    let id = hash
        .as_deref()
        .and_then(|h| h.strip_prefix('#'))
        .unwrap_or_default();
    let Some(target) = (!id.is_empty())
        .then(|| document().get_element_by_id(id))
        .flatten()
    else {
        return false;
    };
    if !target.has_attribute("tabindex") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    target
        .dyn_into::<web_sys::HtmlElement>()
        .is_ok_and(|el| el.focus().is_ok())
}
