use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use crate::components::page_head::PageHeading;
use crate::components::search::{
    BrowseLinks, PAGE_FIELD_ID, SearchInput, SearchResults, as_is, move_through_results,
    search_href,
};
use crate::context::use_links;
use crate::prerendered::Widget;
use crate::routes::Page;

/// `/search?q=…`: the query lives in the address, so a search can be shared
/// and the back button returns to it. Without JavaScript the page says
/// that search needs it and offers the lists.
#[component]
pub fn SearchPage() -> impl IntoView {
    let ui = &use_links().ui().search;
    view! {
        <PageHeading title=ui.label />
        <SearchArea />
        <h2>{ui.browse}</h2>
        <BrowseLinks />
    }
}

/// The field and its results: the part of the page that acts, which the
/// app brings to life on a page it adopts.
#[component]
pub fn SearchArea() -> impl IntoView {
    let links = use_links();
    let ui = &links.ui().search;
    let page = links.href(Page::Search);
    // The router's own address: `use_query_map` would read the address
    // the catch-all route had when it first matched (`FlatRoutes` keeps it).
    let address = use_location().query;
    let from_address = move || address.read().get("q").unwrap_or_default();
    let query = RwSignal::new(address.read_untracked().get("q").unwrap_or_default());
    // Back and forward change the address; the field follows it.
    Effect::new(move |_| {
        let wanted = from_address();
        // The address holds the query trimmed; a space being typed stays.
        if wanted != query.get_untracked().trim() {
            query.set(wanted);
        }
    });
    let navigate = use_navigate();
    // The address follows the field, replacing itself so that Back leaves
    // the search rather than stepping through every letter.
    let follow = move |text: &str| {
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..as_is()
        };
        navigate(&search_href(&page, text), options);
    };
    let (root, field) = (
        NodeRef::<leptos::html::Div>::new(),
        NodeRef::<leptos::html::Input>::new(),
    );
    let on_keydown = {
        let follow = follow.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                query.set(String::new());
                follow("");
                return;
            }
            if let (Some(root), Some(field)) = (root.get_untracked(), field.get_untracked()) {
                move_through_results(&ev, &root, &field);
            }
        }
    };
    let on_input = move |text: String| {
        follow(&text);
        query.set(text);
    };
    view! {
        <div
            class="search"
            data-widget=Widget::Search.name()
            node_ref=root
            on:keydown=on_keydown
        >
            <form
                role="search"
                class="search-form"
                action=links.href(Page::Search)
                method="get"
                on:submit=move |ev| ev.prevent_default()
            >
                <label for=PAGE_FIELD_ID>{ui.description}</label>
                <div class="search-form__row">
                    <SearchInput
                        id=PAGE_FIELD_ID
                        results="search-page-results"
                        query
                        node_ref=field
                        on_input
                    />
                    <button type="submit" class="button">{ui.label}</button>
                </div>
            </form>
            <noscript>
                <p class="form-note search-needs-script">{ui.needs_javascript}</p>
            </noscript>
            <SearchResults query=query.into() id="search-page-results" />
        </div>
    }
}
