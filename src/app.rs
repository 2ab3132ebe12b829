//! Providers and the router. Which page a path shows is decided in
//! `routes.rs`; the router's single catch-all route hands it every path.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::content::ContentStore;
use crate::context::{provide_adoption, provide_app};
use crate::routes::BaseUrl;
use crate::shell::Shell;

#[component]
pub fn App(
    /// Where the site is served; in the browser, from `<base href>`.
    base: BaseUrl,
    /// Holds the current language's content before the first render, so the
    /// browser's first render is the pre-rendered page.
    store: ContentStore,
    /// The page on screen was built from this content: adopt it as it is
    /// instead of rendering it again.
    #[prop(optional)]
    adopt: bool,
) -> impl IntoView {
    // Head tags are written on the host only: see `document.rs`.
    #[cfg(feature = "ssr")]
    leptos_meta::provide_meta_context();
    let router_base = base.router_base();
    provide_app(base, store);
    provide_adoption(adopt);
    view! {
        <Router base=router_base>
            // The catch-all matches every path, so this fallback never shows.
            // One route needs no nesting: `FlatRoutes` is 10.7 KB of brotli
            // wasm lighter than `Routes`.
            <FlatRoutes fallback=|| ()>
                <Route path=path!("/*path") view=Shell />
            </FlatRoutes>
        </Router>
    }
}
