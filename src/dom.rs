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

/// Resolves in a new task, after the browser has had its turn.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether a pointer is down in an element. A part built again under a
/// press would lose its click, which comes with the pointer's release.
#[cfg(feature = "csr")]
pub struct Pressed {
    down: std::rc::Rc<std::cell::Cell<bool>>,
    _listeners: [Listener; 3],
}

#[cfg(feature = "csr")]
impl Pressed {
    pub fn watch(element: &web_sys::EventTarget) -> Self {
        let down = std::rc::Rc::new(std::cell::Cell::new(false));
        let (press, release, cancel) = (down.clone(), down.clone(), down.clone());
        let window: &web_sys::EventTarget = &leptos::prelude::window();
        Self {
            down,
            _listeners: [
                Listener::on(element, "pointerdown", move |_| press.set(true)),
                // The click comes in the same task as the release.
                Listener::on(window, "pointerup", move |_| release.set(false)),
                Listener::on(window, "pointercancel", move |_| cancel.set(false)),
            ],
        }
    }

    /// Resolves in a new task once no pointer is down in the element, so
    /// that a press under way has had its click.
    pub async fn released(&self) {
        next_task().await;
        while self.down.get() {
            next_task().await;
        }
    }
}
