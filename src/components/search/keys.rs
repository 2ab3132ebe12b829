//! Arrow keys between the search field and its results: down from the
//! field to the first result and on, up back to the field. Enter on a
//! result is the link's own.

use leptos::ev::KeyboardEvent;
use web_sys::{Element, HtmlElement};

/// The links of the hits inside a search's results.
const HIT_LINKS: &str = ".search-hit__link";

/// Moves focus for ArrowDown and ArrowUp pressed inside `root` (the field
/// and its results); any other key is left alone.
pub fn move_through_results(ev: &KeyboardEvent, root: &Element, field: &HtmlElement) {
    let step: isize = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let links: Vec<HtmlElement> = crate::dom::all(root, HIT_LINKS);
    if links.is_empty() {
        return;
    }
    let active = leptos::prelude::document().active_element();
    let current = links
        .iter()
        .position(|link| active.as_ref() == Some(link.as_ref()));
    let target = match (current, step) {
        (None, 1) => links.first(),
        (None, _) => return,
        (Some(0), -1) => Some(field),
        (Some(i), _) => links.get(i.saturating_add_signed(step)).or(links.last()),
    };
    if let Some(target) = target {
        // Arrows would otherwise scroll the page or move the caret.
        ev.prevent_default();
        let _ = target.focus();
    }
}
