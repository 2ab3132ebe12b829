//! A part of an adopted page that stays as pre-rendered until the reader
//! starts on it, because its code is a chunk (src/chunks) that most
//! readers never need: the newsletter form, "keep for offline". The first
//! focus in it fetches the code and builds the live part in its place,
//! focus and typed text kept. A press of its button before then waits for
//! the code and goes through the live part, so a form's entry is checked
//! as usual; code that arrives while a pointer is down waits for the
//! click, which would be lost if its button were replaced under it. If the
//! code cannot be fetched, the part says so, and the next press tries
//! again.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlFormElement};

use crate::chunks::Unavailable;
use crate::dom::Listener;
use crate::in_place::{Alive, replace};

/// Builds the live part, fetching its chunk first if need be.
pub type Load = Box<dyn Fn() -> LocalBoxFuture<'static, Result<AnyView, Unavailable>>>;

/// When a part wakes without being used.
pub enum Wake {
    OnUse,
    /// At once: the page is there to use it (the search page). If its
    /// code cannot be fetched, it says so at once.
    Now,
    /// At once if the check says the part as built is out of date (a
    /// report already kept, whose button must say "Remove").
    If(LocalBoxFuture<'static, bool>),
}

/// Leaves `element` as it is until it is used (or as `wake` says), then
/// builds `load`'s view in its place. `unavailable` is what it says when
/// the code cannot be fetched. Dropping what this returns (a navigation)
/// stops it all.
pub fn until_used(element: Element, load: Load, unavailable: String, when: Wake) -> Option<Alive> {
    let owner = Owner::current()?;
    // The app checks the entry (once its code is in), not the browser: its
    // checks say more, in the page's words. Without JavaScript the browser
    // still does, as the attribute is not in the page.
    if let Ok(Some(form)) = element.query_selector("form") {
        let _ = form.set_attribute("novalidate", "");
    }
    let part = Rc::new(Part {
        element,
        owner,
        load,
        unavailable,
        fetching: Cell::new(false),
        pressed: Cell::new(false),
        pointer_down: Cell::new(false),
        arrived: RefCell::default(),
        alive: RefCell::default(),
        listeners: RefCell::default(),
    });
    let weak = Rc::downgrade(&part);
    let on_focus = {
        let weak = weak.clone();
        move |_: Event| wake(&weak)
    };
    // A press before the code is in waits for it.
    let on_submit = {
        let weak = weak.clone();
        move |ev: Event| {
            ev.prevent_default();
            if let Some(part) = weak.upgrade() {
                part.pressed.set(true);
            }
            wake(&weak);
        }
    };
    let on_pointerdown = {
        let weak = weak.clone();
        move |_: Event| {
            if let Some(part) = weak.upgrade() {
                part.pointer_down.set(true);
            }
            wake(&weak);
        }
    };
    // The code came during the press: a click on the button presses the
    // live one instead; any other click lets it in at once. A button that
    // sends no form, pressed before the code is in, waits for it.
    let on_click = {
        let weak = weak.clone();
        move |ev: Event| {
            let Some(part) = weak.upgrade() else {
                return;
            };
            part.pointer_down.set(false);
            if let Some(view) = part.arrived.take() {
                if on_button(ev.target(), "button") {
                    ev.prevent_default();
                    part.pressed.set(true);
                }
                come_alive(&part, view);
            } else if part.alive.borrow().is_none()
                && on_button(ev.target(), "button:not([type=submit])")
            {
                part.pressed.set(true);
                wake(&weak);
            }
        }
    };
    let listeners = vec![
        Listener::on(&part.element, "focusin", on_focus),
        Listener::on(&part.element, "pointerdown", on_pointerdown),
        Listener::on(&part.element, "click", on_click),
        Listener::on(&part.element, "submit", on_submit),
    ];
    *part.listeners.borrow_mut() = listeners;
    match when {
        Wake::OnUse => {}
        Wake::Now => wake_saying(&weak, true),
        // Unpressed, a part whose code cannot come stays quiet: as built, it
        // still says something true.
        Wake::If(check) => leptos::task::spawn_local(async move {
            if check.await {
                wake(&weak);
            }
        }),
    }
    Some(Box::new(part))
}

struct Part {
    element: Element,
    /// The app's owner, for the contexts the live part reads.
    owner: Owner,
    load: Load,
    unavailable: String,
    fetching: Cell<bool>,
    pressed: Cell<bool>,
    pointer_down: Cell<bool>,
    /// The live part, come while a pointer was down.
    arrived: RefCell<Option<AnyView>>,
    alive: RefCell<Option<Alive>>,
    listeners: RefCell<Vec<Listener>>,
}

fn wake(part: &Weak<Part>) {
    wake_saying(part, false);
}

/// Wakes the part; `now` says a failure even without a press.
fn wake_saying(part: &Weak<Part>, now: bool) {
    let Some(this) = part.upgrade() else {
        return;
    };
    if this.fetching.replace(true)
        || this.alive.borrow().is_some()
        || this.arrived.borrow().is_some()
    {
        return;
    }
    let loading = (this.load)();
    let part = part.clone();
    // Under the app's owner: the chunk's code builds its view as it runs,
    // and reads the app's contexts.
    let owner = this.owner.clone();
    owner.with(|| {
        leptos::reactive::spawn_local_scoped(async move {
            let loaded = loading.await;
            // Gone with a navigation while the code was on its way.
            let Some(this) = part.upgrade() else {
                return;
            };
            this.fetching.set(false);
            match loaded {
                Ok(view) if this.pointer_down.get() => *this.arrived.borrow_mut() = Some(view),
                Ok(view) => come_alive(&this, view),
                Err(Unavailable) => {
                    if this.pressed.replace(false) || now {
                        say(&this.element, &this.unavailable);
                    }
                }
            }
        })
    });
}

/// Builds the live part in place of the pre-rendered one, and presses its
/// button if the reader pressed the twin's.
fn come_alive(part: &Part, view: AnyView) {
    let (before, parent) = (
        part.element.previous_element_sibling(),
        part.element.parent_element(),
    );
    let alive = part.owner.with(|| replace(&part.element, move || view));
    *part.alive.borrow_mut() = alive;
    if part.pressed.get() {
        let live = match before {
            Some(before) => before.next_element_sibling(),
            None => parent.and_then(|p| p.first_element_child()),
        };
        if let Some(live) = live {
            press_again(&live);
        }
    }
    // Last: this may drop the listener that is running (`on_click`), so
    // nothing may follow it there.
    let listeners = part.listeners.take();
    leptos::task::spawn_local(async move { drop(listeners) });
}

/// Whether `target` is in an element `selector` matches (a button).
fn on_button(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
        .is_some()
}

/// Presses the live part's button for the reader, who pressed its twin:
/// a form is sent, through the live checks; another button is clicked.
fn press_again(live: &Element) {
    let form = live.query_selector("form").ok().flatten();
    if let Some(form) = form.and_then(|f| f.dyn_into::<HtmlFormElement>().ok()) {
        let _ = form.request_submit();
    } else if let Some(button) = live
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        button.click();
    }
}

/// Puts `message` in the part's own status line, which screen readers
/// hear, and ties it to the button.
fn say(element: &Element, message: &str) {
    let Ok(Some(status)) = element.query_selector("[role=status]") else {
        return;
    };
    status.set_text_content(Some(message));
    let _ = status.class_list().add_1("form-message--failure");
    if let Ok(Some(button)) = element.query_selector("button[type=submit], button")
        && !status.id().is_empty()
    {
        let _ = button.set_attribute("aria-describedby", &status.id());
    }
}
