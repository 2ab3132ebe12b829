//! The header of an adopted page, left as built until the reader first
//! comes to its search field or follows a link to another page: its code
//! is in the pages chunk, which most readers of one page never fetch.
//! Until then a tap must still answer at once, so a few plain listeners do
//! what the live header does with the page as it is: the Menu and Search
//! buttons show and hide what they control, Escape closes them, `/` goes
//! to search, and the skip link moves focus into `<main>`. The search
//! field takes typing meanwhile, and the live header keeps what was typed
//! (`crate::kept`). If the code cannot come, the header stays as built:
//! its links work, and its search form opens the search page.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

use crate::chunks;
use crate::components::nav::{LISTED, current};
use crate::components::search::{BUTTON_ID, FIELD_ID, PAGE_FIELD_ID, is_search_shortcut};
use crate::dom::{Listener, Pressed, all};
use crate::focus::focus_id;
use crate::i18n::{Lang, preference};
use crate::in_place::{Alive, replace};
use crate::routes::{BaseUrl, Route};

const MENU: &str = "main-nav";
const SEARCH: &str = "site-search";
const OPEN: &str = "open";

/// The header as built, and the live one once its code is in.
pub struct HeaderAsBuilt {
    element: Element,
    owner: Owner,
    base: BaseUrl,
    waking: Cell<bool>,
    /// A navigation has come: the live header starts with its menu and
    /// search closed.
    navigated: Cell<bool>,
    pressed: Pressed,
    listeners: RefCell<Vec<Listener>>,
    alive: RefCell<Option<Alive>>,
}

impl HeaderAsBuilt {
    /// Answers the header's buttons and keys at once, and builds the live
    /// header when the reader comes to its search field. Dropping what
    /// this returns (the app's end) stops it all.
    pub fn take(element: Element) -> Option<Rc<Self>> {
        let header = Rc::new(Self {
            pressed: Pressed::watch(&element),
            element,
            owner: Owner::current()?,
            base: use_context::<BaseUrl>()?,
            waking: Cell::new(false),
            navigated: Cell::new(false),
            listeners: RefCell::default(),
            alive: RefCell::default(),
        });
        let weak = Rc::downgrade(&header);
        let on_focus = {
            let weak = weak.clone();
            move |ev: Event| {
                if inside(ev.target(), &format!("#{SEARCH}")) {
                    chunks::warm(chunks::search::preload());
                    wake(&weak, false);
                }
            }
        };
        let window: &web_sys::EventTarget = &window();
        *header.listeners.borrow_mut() = vec![
            Listener::on(&header.element, "click", on_click),
            Listener::on(&header.element, "keydown", on_escape),
            Listener::on(&header.element, "focusin", on_focus),
            Listener::on(window, "keydown", on_slash),
        ];
        Some(header)
    }

    /// Builds the live header once its code is in (fetched at the first
    /// sign of a navigation), in a task of its own and never under a
    /// pointer that is down, so the first navigation finds it built.
    pub fn wake_soon(self: &Rc<Self>) {
        wake(&Rc::downgrade(self), false);
    }

    /// At a navigation: builds the live header, its menu and search
    /// closed. Until it is in (or if its code cannot come), the header as
    /// built marks the new page in the menu and links the languages to it.
    pub fn follow(self: &Rc<Self>, route: &Route) {
        if self.alive.borrow().is_some() {
            return;
        }
        for (link, page) in all::<Element>(&self.element, "#main-nav a")
            .iter()
            .zip(LISTED)
        {
            mark(link, current(&page, &route.page));
        }
        for link in all::<Element>(&self.element, "nav.languages a[hreflang]") {
            let Some(lang) = link
                .get_attribute("hreflang")
                .and_then(|c| Lang::from_code(&c))
            else {
                continue;
            };
            let href = self.base.href(&Route::new(lang, route.page.clone()));
            let _ = link.set_attribute("href", &href);
            mark(&link, (lang == route.lang).then_some("true"));
        }
        wake(&Rc::downgrade(self), true);
    }
}

fn mark(link: &Element, current: Option<&str>) {
    let _ = match current {
        Some(value) => link.set_attribute("aria-current", value),
        None => link.remove_attribute("aria-current"),
    };
}

fn wake(weak: &Weak<HeaderAsBuilt>, navigated: bool) {
    let Some(header) = weak.upgrade() else {
        return;
    };
    if navigated {
        header.navigated.set(true);
    }
    if header.waking.replace(true) {
        return;
    }
    let weak = weak.clone();
    header.owner.with(|| {
        leptos::reactive::spawn_local_scoped(async move {
            let fetched = chunks::pages::preload().await;
            let Some(header) = weak.upgrade() else {
                return;
            };
            if fetched.is_ok() {
                header.pressed.released().await;
            }
            // What the reader opened meanwhile stays open, read only now,
            // unless a navigation has closed it.
            let (menu_open, search_open) = if header.navigated.get() {
                (false, false)
            } else {
                (is_open(MENU), is_open(SEARCH))
            };
            let view = match fetched {
                Ok(()) => chunks::pages::header(menu_open, search_open).await,
                Err(_) => Err(chunks::Unavailable),
            };
            let Ok(view) = view else {
                // As built it works; the next focus in search tries again.
                header.waking.set(false);
                return;
            };
            header.listeners.borrow_mut().clear();
            let alive = header.owner.with(|| replace(&header.element, move || view));
            *header.alive.borrow_mut() = alive;
        })
    });
}

/// The Menu and Search buttons, and the skip link.
fn on_click(ev: Event) {
    let target = ev.target();
    if inside(target.clone(), ".menu-button") {
        toggle(".menu-button", MENU);
    } else if inside(target.clone(), ".search-button") {
        if toggle(".search-button", SEARCH) {
            focus_id(FIELD_ID);
        }
    } else if inside(target.clone(), ".skip-link") {
        focus_id("main");
    } else if let Some(lang) = target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("nav.languages a[hreflang]").ok().flatten())
        .and_then(|a| Lang::from_code(&a.get_attribute("hreflang")?))
    {
        // The choice is remembered for the next visit to `/`.
        preference::remember(lang);
    }
}

/// Escape closes the search field, then the menu, as the live header does.
fn on_escape(ev: Event) {
    let Some(key) = ev.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if key.key() != "Escape" {
        return;
    }
    if is_open(SEARCH) && inside(ev.target(), &format!("#{SEARCH}")) {
        ev.prevent_default();
        toggle(".search-button", SEARCH);
        focus_id(BUTTON_ID);
    } else if is_open(MENU) {
        toggle(".menu-button", MENU);
    }
}

/// `/` focuses the search page's field there, the header's elsewhere
/// (shown first on narrow screens), which wakes the header.
fn on_slash(ev: Event) {
    let Some(key) = ev.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if !is_search_shortcut(key) {
        return;
    }
    ev.prevent_default();
    if !focus_id(PAGE_FIELD_ID) {
        if !is_open(SEARCH) {
            toggle(".search-button", SEARCH);
        }
        focus_id(FIELD_ID);
    }
}

/// Flips `button`'s `aria-expanded` and the `open` class of what it
/// controls; says whether it is open now.
fn toggle(button: &str, controls: &str) -> bool {
    let document = document();
    let open = !is_open(controls);
    if let Ok(Some(button)) = document.query_selector(&format!("header.site-header {button}")) {
        let _ = button.set_attribute("aria-expanded", &open.to_string());
    }
    if let Some(target) = document.get_element_by_id(controls) {
        let _ = target.class_list().toggle_with_force(OPEN, open);
    }
    open
}

fn is_open(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .is_some_and(|e| e.class_list().contains(OPEN))
}

fn inside(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest(selector).ok().flatten())
        .is_some()
}
