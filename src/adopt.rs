//! How the app adopts a pre-rendered page built from the content it has
//! just loaded: it does not render the page again. The router owns links
//! and history from the start; the update notice comes alive in place of
//! its pre-rendered twin. Parts whose code is a chunk come alive when it
//! arrives: the newsletter forms, "keep for offline" and the search page
//! (`crate::dormant`), and the header, whose buttons answer meanwhile
//! (`crate::header_as_built`). `<main>` and the footer stay as built until
//! the first client-side navigation, which renders them with the pages
//! chunk, fetched at the first sign of one.
//!
//! A part comes alive by being built again and put where its twin was,
//! not by hydration: a view that differs from the markup by one node would
//! panic in hydration, and a few small parts cost little to build. The
//! README ("How pages are built", "With JavaScript") has the measurements.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::chunks::{self, Unavailable};
use crate::components::newsletter_form::{Status, describe};
use crate::components::offline::UpdateNotice;
use crate::content::{ContentStore, Loaded};
use crate::context::{expect_store, use_links};
use crate::dom::{Pressed, all, next_task};
use crate::dormant::{Load, Wake, until_used};
use crate::header_as_built::HeaderAsBuilt;
use crate::i18n::Lang;
use crate::in_place::{Alive, append, replace};
use crate::prerendered::{
    APP_ATTR, APP_LIVE, WIDGET_ATTR, WIDGET_HREF_ATTR, WIDGET_TITLE_ATTR, Widget,
};
use crate::routes::{BaseUrl, Page, Route};

/// Takes over the pre-rendered page in place: called by the shell, in
/// place of rendering it, when the page was built from the live content.
/// `page` is the shell's view of `<main>`, rendered at the first
/// navigation.
pub fn adopt_page<V: IntoView + 'static>(
    route: Memo<Route>,
    page: impl Fn() -> V + Clone + Send + 'static,
) {
    let Some(owner) = Owner::current() else {
        return;
    };
    let Some(body) = document().body() else {
        return;
    };
    let Some(main) = find(&body, "main") else {
        return;
    };
    let store = expect_store();
    // The frame lives as long as the app; the widgets in `<main>` until
    // the first navigation renders it.
    let frame: Frame = Rc::default();
    let widgets: Rc<RefCell<Vec<Alive>>> = Rc::default();
    let rendered = Rc::new(Cell::new(false));

    // The header and footer as built, until their code is in; the
    // header's buttons answer meanwhile. Once it is in, each is built in a
    // task of its own, so the first navigation need not build them too.
    let header = find(&body, "header.site-header").and_then(HeaderAsBuilt::take);
    let footer = find(&body, "footer.site-footer").map(FooterAsBuilt::new);
    fetch_pages_on_intent(store, route, {
        let (header, footer, owner, frame, rendered) = (
            header.clone(),
            footer.clone(),
            owner.clone(),
            frame.clone(),
            rendered.clone(),
        );
        move |aimed| {
            if let Some(header) = &header {
                header.wake_soon();
            }
            if let Some(footer) = &footer {
                footer.wake(&owner, frame.clone());
            }
            let warm = warm_up(owner.clone(), store, aimed, rendered.clone());
            leptos::task::spawn_local(warm);
        }
    });

    // The first navigation renders `<main>` and the footer, in the shell's
    // owner: an effect's own would drop them at its next run.
    Effect::new({
        let (owner, frame, widgets, rendered, main) = (
            owner.clone(),
            frame.clone(),
            widgets.clone(),
            rendered.clone(),
            main.clone(),
        );
        move |first: Option<()>| {
            route.track();
            if first.is_none() || rendered.replace(true) {
                return;
            }
            widgets.borrow_mut().clear();
            // The content is read now, if the reader's first sign of a
            // navigation has not had it read already.
            store.ensure(route.get_untracked().lang);
            main.set_inner_html("");
            let page = page.clone();
            untrack(|| {
                owner.with(|| {
                    let mut frame = frame.borrow_mut();
                    // The closure itself, so that it follows each later route.
                    frame.push(append(&main, move || page));
                })
            });
            if let Some(footer) = &footer {
                footer.wake(&owner, frame.clone());
            }
        }
    });

    // Every navigation until the header is live, as the first may find
    // its code missing.
    if let Some(header) = header {
        Effect::new(move |first: Option<()>| {
            let route = route.get();
            if first.is_some() {
                header.follow(&route);
            }
        });
    }

    // The rest waits its turn, so that no one task holds up the browser.
    leptos::task::spawn_local(async move {
        next_task().await;
        let lang = route.get_untracked().lang;
        if !rendered.get() {
            for element in all::<Element>(&main, &format!("[{WIDGET_ATTR}]")) {
                let alive = owner.with(|| bring_to_life(&element, store, lang));
                widgets.borrow_mut().extend(alive);
                next_task().await;
                if rendered.get() {
                    break;
                }
            }
        }
        if let Some(notice) = find(&body, ".update-notice") {
            let alive = owner.with(|| replace(&notice, || view! { <UpdateNotice /> }));
            frame.borrow_mut().extend(alive);
        }
        mark_live();
    });
}

/// The parts of the app's frame that the app builds live.
type Frame = Rc<RefCell<Vec<Alive>>>;

/// The footer as built, until the pages chunk is in. It follows the page
/// (the current page is marked in its menu), so the live one replaces it,
/// once.
struct FooterAsBuilt {
    element: RefCell<Option<Element>>,
    pressed: Pressed,
}

impl FooterAsBuilt {
    fn new(element: Element) -> Rc<Self> {
        Rc::new(Self {
            pressed: Pressed::watch(&element),
            element: RefCell::new(Some(element)),
        })
    }

    /// Builds the live footer in `owner` once its code is in, in a task of
    /// its own and never under a press. Until then (or if the code cannot
    /// come) the footer stays as built, its links working.
    fn wake(self: &Rc<Self>, owner: &Owner, frame: Frame) {
        let Some(element) = self.element.take() else {
            return;
        };
        let this = self.clone();
        owner.with(|| {
            leptos::reactive::spawn_local_scoped(async move {
                let Ok(view) = chunks::pages::footer().await else {
                    // The next navigation tries again.
                    *this.element.borrow_mut() = Some(element);
                    return;
                };
                this.pressed.released().await;
                frame.borrow_mut().extend(replace(&element, move || view));
            })
        });
    }
}

/// Fetches the pages chunk and reads the content, which the first
/// navigation needs, at the first sign of one: a pointer over a link, a
/// touch, or focus moving (Tab to a link, or into the search field, whose
/// Enter opens a page). A reader who only reads this page never downloads
/// that code. Once it is in, `then` runs, given the page of the link the
/// reader came to (this page, if none).
fn fetch_pages_on_intent(store: ContentStore, route: Memo<Route>, then: impl Fn(Route) + 'static) {
    // The listeners stay, idle after the first: removing one from inside
    // its own call would free the closure that is running.
    let fetched = Rc::new(Cell::new(false));
    let then = Rc::new(then);
    // Read now: the listeners run outside any owner.
    let base = use_context::<BaseUrl>().unwrap_or_default();
    let fetch = move |aimed: Option<String>| {
        if !fetched.replace(true) {
            let then = then.clone();
            let aimed = aimed
                .filter(|href| !href.starts_with("//"))
                .and_then(|href| base.route_of(&href))
                .unwrap_or_else(|| route.get_untracked());
            leptos::task::spawn_local(async move {
                if chunks::pages::preload().await.is_ok() {
                    then(aimed);
                }
            });
            store.ensure(route.get_untracked().lang);
        }
    };
    let link_of = |target: Option<web_sys::EventTarget>| {
        target
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|link| link.get_attribute("href"))
    };
    let over = fetch.clone();
    let touch = fetch.clone();
    // Dropping a handle leaves its listener on, for the app's life.
    drop((
        window_event_listener(ev::pointerover, move |ev| {
            if let Some(href) = link_of(ev.target()) {
                over(Some(href));
            }
        }),
        window_event_listener(ev::touchstart, move |ev| touch(link_of(ev.target()))),
        window_event_listener(ev::focusin, move |ev| fetch(link_of(ev.target()))),
    ));
}

/// Builds the page `route` names off screen, in `owner` but with its
/// effects paused, and throws it away: V8 compiles a wasm function when it
/// is first called, which was most of a first navigation's time (56 of
/// about 80 ms at 4x CPU slowdown, from a trace). Done at once when the
/// pages' code lands, between the reader's pointing at a link and the
/// click, the navigation finds that code compiled. Nothing is shown,
/// nothing is fetched, and no effect runs.
async fn warm_up(owner: Owner, store: ContentStore, route: Route, rendered: Rc<Cell<bool>>) {
    // The search page's results are code of their own, fetched as built.
    if route.page == Page::Search {
        return;
    }
    let Loaded::Ready(content) = store.read_first(route.lang).await else {
        return;
    };
    next_task().await;
    if rendered.get() {
        return;
    }
    let warm = owner.child();
    warm.pause();
    // A component runs as its view is made: in `warm`, for its contexts.
    let page = warm.with(|| ScopedFuture::new_untracked(chunks::pages::page(route, content)));
    if let Ok(view) = page.await {
        warm.with(|| drop(untrack(|| view.build())));
    }
    warm.cleanup();
}

/// Says on `<html>` that the app owns the page, for tests and for styles
/// that show a control only once it works.
pub fn mark_live() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(APP_ATTR, APP_LIVE);
    }
}

/// A widget's element, built again in its place.
fn bring_to_life(element: &Element, store: ContentStore, lang: Lang) -> Option<Alive> {
    let widget = Widget::parse(&element.get_attribute(WIDGET_ATTR)?)?;
    match widget {
        // Its note on privacy is the content's, read when first used.
        Widget::NewsletterForm(id) => {
            let unavailable = describe(&use_links().ui().form, &Status::NotLoaded);
            let load: Load = Box::new(move || {
                Box::pin(async move {
                    let Loaded::Ready(content) = store.read_first(lang).await else {
                        return Err(Unavailable);
                    };
                    let note = &content.newsletter;
                    chunks::newsletter::form(id, note.privacy.clone(), note.untranslated).await
                })
            });
            until_used(
                element.clone(),
                load,
                unavailable.unwrap_or_default(),
                Wake::OnUse,
            )
        }
        // Its code comes at the first press, or at once for a report
        // already kept, whose button must offer to remove it.
        Widget::KeepForOffline => {
            let href = element.get_attribute(WIDGET_HREF_ATTR)?;
            let title = element.get_attribute(WIDGET_TITLE_ATTR)?;
            let kept = Wake::If(Box::pin(crate::offline::is_kept_at(href.clone())));
            let load: Load =
                Box::new(move || Box::pin(chunks::offline::keep(href.clone(), title.clone())));
            let unavailable = use_links().ui().offline.unavailable.to_owned();
            until_used(element.clone(), load, unavailable, kept)
        }
        // The search page is where a reader comes to search: its code is
        // fetched at once, the field taking typing meanwhile.
        Widget::Search => {
            let load: Load = Box::new(|| Box::pin(chunks::search::area()));
            let unavailable = use_links().ui().search.failed.to_owned();
            until_used(element.clone(), load, unavailable, Wake::Now)
        }
    }
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}
