//! Building a part of the page in place of its pre-rendered twin, in one
//! go, so the browser never paints between the two and the reader keeps
//! focus, scroll and what they typed (`crate::kept`).

use std::any::Any;

use leptos::prelude::*;
use web_sys::Element;

use crate::kept::Kept;

/// A part the app built, with its owner: dropping it stops its effects.
pub type Alive = Box<dyn Any>;

/// Builds `view` and puts it where `old` is, in one go: the browser never
/// paints between the two. The view renders the same markup, so focus
/// and typed input go back to the same element.
pub fn replace<V: IntoView + 'static>(
    old: &Element,
    view: impl FnOnce() -> V + 'static,
) -> Option<Alive> {
    let parent = old.parent_element()?;
    let kept = Kept::capture(std::slice::from_ref(old));
    let owner = Owner::new();
    let state = owner.with(|| {
        let mut state = untrack(view).into_view().build();
        state.mount(&parent, Some(old));
        state
    });
    let new = old.previous_element_sibling();
    old.remove();
    if let Some(new) = new {
        kept.restore(&[new], true);
    }
    Some(Box::new((owner, state)))
}

/// Builds `view` at the end of `parent`.
pub fn append<V: IntoView + 'static>(
    parent: &Element,
    view: impl FnOnce() -> V + 'static,
) -> Alive {
    let owner = Owner::new();
    let state = owner.with(|| {
        let mut state = view().into_view().build();
        state.mount(parent, None);
        state
    });
    Box::new((owner, state))
}
