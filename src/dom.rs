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

/// An event listener, removed when dropped: a part that stops listening
/// (it came alive, or a navigation took it away) takes its closures along.
#[cfg(feature = "csr")]
pub struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    callback: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

#[cfg(feature = "csr")]
impl Listener {
    pub fn on(
        target: &web_sys::EventTarget,
        kind: &'static str,
        handler: impl FnMut(web_sys::Event) + 'static,
    ) -> Self {
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        let _ = target.add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref());
        Listener {
            target: target.clone(),
            kind,
            callback,
        }
    }
}

#[cfg(feature = "csr")]
impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.callback.as_ref().unchecked_ref());
    }
}
