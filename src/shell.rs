//! The frame around every page: it reads the route and shows the page from
//! the content store, a placeholder while another language loads, or a
//! clear error.

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::chunks::{self, lazy_view};
use crate::components::offline::UpdateNotice;
use crate::components::page_head::MAIN_HEADING_ID;
use crate::components::status::{LoadError, Loading, PageCodeMissing};
use crate::content::Loaded;
use crate::context::{expect_lang, expect_store, provide_route};
use crate::document::HtmlLang;
use crate::focus::{focus_id, focus_target, refocus_id};
use crate::routes::Route;

/// Name of the catch-all route parameter in `app.rs`.
pub const PATH_PARAM: &str = "path";

#[component]
pub fn Shell() -> impl IntoView {
    let params = use_params_map();
    let route =
        Memo::new(move |_| Route::parse(&params.read().get(PATH_PARAM).unwrap_or_default()));
    provide_route(route);
    let lang = expect_lang();
    let store = expect_store();
    // Another language's bundle loads when the visitor switches to it. An
    // adopted page's own is read only once it is needed (`adopt.rs`).
    let adopted = crate::context::adopting();
    Effect::new(move |first: Option<()>| {
        let lang = lang.get();
        if first.is_some() || !adopted {
            store.ensure(lang);
        }
    });
    let navigated = focus_heading_after_navigation(route);
    // Whether the page waited for its content, which then settles focus
    // when it comes, as the page's code does (`lazy_view`'s `arrived`).
    let waited = StoredValue::new(false);

    let retry = Callback::new(move |()| store.load(lang.get_untracked()));
    let page = move || {
        let route = route.get();
        match store.get(route.lang) {
            Loaded::Ready(content) => {
                let came_later = waited.try_update_value(std::mem::take);
                if came_later == Some(true) && navigated.get_value() {
                    // Unless the page's code is still coming: it settles then.
                    request_animation_frame(|| {
                        if !page_on_its_way() {
                            settle_focus();
                        }
                    });
                }
                EitherOf3::A(lazy_view(
                    chunks::pages::page(route, content),
                    || view! { <Loading /> },
                    move || view! { <PageCodeMissing /> },
                    // Not at start-up: focus stays where the browser put it.
                    move || {
                        if navigated.get_value() {
                            settle_focus();
                        }
                    },
                ))
            }
            Loaded::Loading => {
                waited.set_value(true);
                EitherOf3::B(view! { <Loading /> })
            }
            Loaded::Failed(error) => {
                EitherOf3::C(view! { <LoadError reasons=vec![error.to_string()] retry /> })
            }
        }
    };
    #[cfg(feature = "csr")]
    if crate::context::adopting() {
        crate::adopt::adopt_page(route, page);
        // `<html lang>` is right as built; the component's effect keeps it
        // so when the visitor changes language.
        let _ = view! { <HtmlLang lang /> };
        return Either::Left(());
    }
    Either::<(), _>::Right(view! {
        <HtmlLang lang />
        // The pages' code is in before this renders (`takeover.rs`).
        {lazy_view(chunks::pages::header(false, false), || (), || (), || ())}
        <main id="main" tabindex="-1">{page}</main>
        {lazy_view(chunks::pages::footer(), || (), || (), || ())}
        <UpdateNotice />
    })
}

/// After a navigation (not the first load), move focus to the new page's
/// heading, as a screen reader user would expect, or to the section the
/// address names (a search result's ally); the router has already
/// scrolled there. The first page's pre-rendered head tags go too.
/// Says whether there has been a navigation yet.
fn focus_heading_after_navigation(route: Memo<Route>) -> StoredValue<bool> {
    let navigated = StoredValue::new(false);
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            navigated.set_value(true);
            #[cfg(not(feature = "ssr"))]
            crate::document::remove_prerendered_head();
            request_animation_frame(|| {
                // A page whose code is on its way settles focus on arrival:
                // focusing `<main>` now would scroll to it.
                if !page_on_its_way() {
                    settle_focus();
                }
            });
        }
    });
    navigated
}

fn settle_focus() {
    let _ = focus_target() || refocus_id(MAIN_HEADING_ID) || focus_id("main");
}

fn page_on_its_way() -> bool {
    document()
        .query_selector("main .loading")
        .ok()
        .flatten()
        .is_some()
}
