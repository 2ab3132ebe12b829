//! What a visitor may have done to a part of the page before the app
//! rendered it again: scroll, focus and typed input, captured before the
//! old part goes and given back to the new one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, HtmlInputElement};

use crate::dom::all;

/// What the visitor may have done to the page before the app arrived.
pub struct Kept {
    scroll: (f64, f64),
    /// The focused element, as child indices from the page's top elements.
    focus: Option<Vec<u32>>,
    /// Fields the visitor changed: id, value, checked.
    fields: Vec<(String, String, bool)>,
}

impl Kept {
    pub fn capture(page: &[Element]) -> Kept {
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

    pub fn restore(self, page: &[Element], same_tree: bool) {
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
    all(root, "input[id]")
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
