//! The frame around every page: it reads the route and shows the page from
//! the content store, a placeholder while another language loads, or a
//! clear error.

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::offline::UpdateNotice;
use crate::components::page_head::MAIN_HEADING_ID;
use crate::components::status::{LoadError, Loading};
use crate::content::Loaded;
use crate::context::{expect_lang, expect_store, provide_route};
use crate::document::HtmlLang;
use crate::focus::{focus_id, focus_target, refocus_id};
use crate::pages::PageView;
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
    // Another language's bundle loads when the visitor switches to it.
    Effect::new(move |_| store.ensure(lang.get()));
    focus_heading_after_navigation(route);

    let retry = Callback::new(move |()| store.load(lang.get_untracked()));
    let page = move || {
        let route = route.get();
        match store.get(route.lang) {
            Loaded::Ready(content) => EitherOf3::A(view! { <PageView route content /> }),
            Loaded::Loading => EitherOf3::B(view! { <Loading /> }),
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
        <Header />
        <main id="main" tabindex="-1">{page}</main>
        <Footer />
        <UpdateNotice />
    })
}

/// After a navigation (not the first load), move focus to the new page's
/// heading, as a screen reader user would expect, or to the section the
/// address names (a search result's ally); the router has already
/// scrolled there. The first page's pre-rendered head tags go too.
fn focus_heading_after_navigation(route: Memo<Route>) {
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            #[cfg(not(feature = "ssr"))]
            crate::document::remove_prerendered_head();
            request_animation_frame(|| {
                let _ = focus_target() || refocus_id(MAIN_HEADING_ID) || focus_id("main");
            });
        }
    });
}
