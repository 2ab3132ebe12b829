//! The search field in the header of every page: results open beneath it
//! as you type; Enter takes the query to the search page; Escape closes.
//! On narrow screens a button shows and hides it, like the menu.

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use super::{SearchInput, SearchResults, as_is, move_through_results, search_href};
use crate::context::{expect_route, use_links};
use crate::focus::{focus_id, focus_target};
use crate::routes::Page;

/// The header's field, and the narrow-screen button that shows it.
pub const FIELD_ID: &str = "site-search-q";
pub const BUTTON_ID: &str = "site-search-button";
/// The search page's own field, which `/` focuses there.
pub const PAGE_FIELD_ID: &str = "search-page-q";

/// The field and its results panel, behind a button (`open`) on narrow
/// screens. Hidden on the search page, which has its own.
#[component]
pub fn SiteSearch(open: RwSignal<bool>) -> impl IntoView {
    let links = use_links();
    let ui = &links.ui().search;
    let page = links.href(Page::Search);
    let route = expect_route();
    let query = RwSignal::new(String::new());
    let panel = RwSignal::new(false);
    let (root, field) = (
        NodeRef::<leptos::html::Div>::new(),
        NodeRef::<leptos::html::Input>::new(),
    );
    let close = move || {
        query.set(String::new());
        panel.set(false);
        open.set(false);
    };
    // A new page clears the search and closes it.
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            close();
        }
    });
    let navigate = use_navigate();
    let on_submit = {
        let page = page.clone();
        move |ev: ev::SubmitEvent| {
            ev.prevent_default();
            navigate(&search_href(&page, &query.get_untracked()), as_is());
        }
    };
    // Escape closes the results, then the field the narrow-screen button
    // opened; ArrowDown opens the results again.
    let on_keydown = move |ev: ev::KeyboardEvent| {
        let key = ev.key();
        // Handled here, Escape must not also empty the field (as a search
        // field does by default).
        if key == "Escape" && panel.get_untracked() {
            ev.prevent_default();
            panel.set(false);
            focus_id(FIELD_ID);
        } else if key == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            focus_id(BUTTON_ID);
        } else if key == "ArrowDown" && !panel.get_untracked() {
            panel.set(true);
        } else if let (Some(root), Some(field)) = (root.get_untracked(), field.get_untracked()) {
            move_through_results(&ev, &root, &field);
        }
    };
    // A result on this very page (an ally's section) is no new route: the
    // search closes all the same, once the link has been followed.
    let on_result_click = move |ev: ev::MouseEvent| {
        let on_link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.closest("a").ok().flatten().is_some());
        if on_link {
            request_animation_frame(move || {
                close();
                focus_target();
            });
        }
    };
    // Focus leaving for elsewhere on the page closes the results.
    let on_focusout = move |ev: ev::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(root.get_untracked())
            .is_some_and(|(node, root)| root.contains(Some(&node)));
        if !inside {
            panel.set(false);
        }
    };
    let shown = move || panel.get() && !query.read().trim().is_empty();
    let on_search_page = Memo::new(move |_| route.get().page == Page::Search);
    view! {
        <SearchButton open hidden=on_search_page />
        <div
            class="site-search"
            class:open=open
            hidden=on_search_page
            id="site-search"
            node_ref=root
            on:keydown=on_keydown
            on:focusout=on_focusout
        >
            <form role="search" action=page method="get" on:submit=on_submit>
                <label for=FIELD_ID class="visually-hidden">{ui.label}</label>
                <SearchInput
                    id=FIELD_ID
                    results="site-search-results"
                    query
                    node_ref=field
                    on_input=move |text| {
                        query.set(text);
                        panel.set(true);
                    }
                />
                <button type="submit" class="search-submit">{ui.label}</button>
            </form>
            // Pressing on the panel keeps focus in the field, so the click
            // lands even where a link takes no focus (Safari).
            <div
                class="search-panel"
                hidden=move || !shown()
                on:mousedown=|ev| ev.prevent_default()
                on:click=on_result_click
            >
                <SearchResults query=query.into() id="site-search-results" browse=true />
            </div>
        </div>
    }
}

/// The narrow-screen button that shows the field, and focuses it.
#[component]
fn SearchButton(open: RwSignal<bool>, hidden: Memo<bool>) -> impl IntoView {
    let label = use_links().ui().search.label;
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            request_animation_frame(|| {
                focus_id(FIELD_ID);
            });
        }
    };
    view! {
        <button
            type="button"
            id=BUTTON_ID
            class="search-button"
            aria-expanded=move || open.get().to_string()
            aria-controls="site-search"
            hidden=hidden
            on:click=toggle
        >
            {label}
        </button>
    }
}

/// `/` anywhere but in a field focuses search: the search page's field
/// there, the header's (shown first on narrow screens) elsewhere. Lives as
/// long as the app, like the header that calls it. Nothing on the host,
/// where there is no window to listen to.
pub fn focus_search_on_slash(open: RwSignal<bool>) {
    if !cfg!(feature = "csr") {
        return;
    }
    let handle = window_event_listener(ev::keydown, move |ev| {
        if !is_search_shortcut(&ev) {
            return;
        }
        ev.prevent_default();
        if !focus_id(PAGE_FIELD_ID) {
            open.set(true);
            request_animation_frame(|| {
                focus_id(FIELD_ID);
            });
        }
    });
    on_cleanup(move || handle.remove());
}

/// Whether a key press is search's shortcut: `/` anywhere but in a field.
pub fn is_search_shortcut(ev: &ev::KeyboardEvent) -> bool {
    ev.key() == "/" && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() && !typing_in(ev)
}

/// Whether the key went to something that takes text.
fn typing_in(ev: &ev::KeyboardEvent) -> bool {
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element
            .dyn_into::<web_sys::HtmlElement>()
            .is_ok_and(|e| e.is_content_editable())
}
