//! The pages chunk: every page's view, which the app builds only at the
//! first client-side navigation (an adopted page is on screen as built),
//! or at start when the live content differs from the build's. It is
//! fetched when the reader first points at, touches or tabs to a link, so
//! it is in by the click. The header's code is here too: an adopted
//! page's header stays as built until the first navigation, or until the
//! reader comes to its search field (`crate::header_as_built`).

use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use super::chunk;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::pages::PageView;
use crate::routes::Route;

chunk! {
    pages, preload:
    /// The page `route` names, built from `content`.
    pub fn page(route: Route, content: Arc<Bundle>) -> AnyView {
        view! { <PageView route content /> }.into_any()
    }
}

chunk! {
    pages:
    /// The site's footer: built along with the first page the app renders.
    pub fn footer() -> AnyView {
        view! { <Footer /> }.into_any()
    }
}

chunk! {
    pages:
    /// The site's header, live, with its menu and search field open or
    /// not as the header it replaces had them.
    pub fn header(menu_open: bool, search_open: bool) -> AnyView {
        view! { <Header menu_open search_open /> }.into_any()
    }
}
