//! The frame around every page: it reads the route, loads the content for
//! its language, and shows the page, a placeholder, or a clear error.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Html;
use leptos_router::hooks::use_params_map;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::language_switcher::AlternateLinks;
use crate::components::status::{LoadError, Loading};
use crate::content::load_bundle;
use crate::context::{expect_lang, provide_site};
use crate::focus::focus_id;
use crate::pages::PageView;
use crate::routes::{BaseUrl, Route};

/// Name of the catch-all route parameter in `app.rs`.
pub const PATH_PARAM: &str = "path";

#[component]
pub fn Shell() -> impl IntoView {
    let params = use_params_map();
    let route =
        Memo::new(move |_| Route::parse(&params.read().get(PATH_PARAM).unwrap_or_default()));
    provide_site(expect_context::<BaseUrl>(), route);
    let lang = expect_lang();
    let content = LocalResource::new(move || {
        let lang = lang.get();
        async move { load_bundle(lang).await.map(Arc::new) }
    });
    focus_heading_after_navigation(route);

    let retry = Callback::new(move |()| content.refetch());
    view! {
        <Html {..} lang=move || lang.get().code() />
        <AlternateLinks origin=window().location().origin().unwrap_or_default() />
        <Header />
        <main id="main" tabindex="-1">
            <Suspense fallback=Loading>
                <ErrorBoundary fallback=move |errors| {
                    let reasons = errors.get().into_iter().map(|(_, e)| e.to_string()).collect();
                    view! { <LoadError reasons retry /> }
                }>
                    {move || {
                        let page = route.get().page;
                        Suspend::new(async move {
                            content.await.map(|content| view! { <PageView page content /> })
                        })
                    }}
                </ErrorBoundary>
            </Suspense>
        </main>
        <Footer />
    }
}

/// After a navigation (not the first load), move focus to the new page's
/// heading, as a screen reader user would expect; the router has already
/// scrolled to the top.
fn focus_heading_after_navigation(route: Memo<Route>) {
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            request_animation_frame(|| {
                let _ = focus_id("main-heading") || focus_id("main");
            });
        }
    });
}
