//! Providers and the router. Which page a path shows is decided in
//! `routes.rs`; the router's single catch-all route hands it every path.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::routes::BaseUrl;
use crate::shell::Shell;

#[component]
pub fn App(
    /// Where the site is served; in the browser, from `<base href>`.
    base: BaseUrl,
) -> impl IntoView {
    provide_meta_context();
    let router_base = base.router_base();
    provide_context(base);
    view! {
        <Router base=router_base>
            // The catch-all matches every path, so this fallback never shows.
            <Routes fallback=|| ()>
                <Route path=path!("/*path") view=Shell />
            </Routes>
        </Router>
    }
}
