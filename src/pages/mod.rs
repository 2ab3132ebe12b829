//! One file a page. Each page takes the loaded bundle as a prop, so the same
//! components render in the browser and, in tests, to HTML on the host.

mod allies;
mod home;
mod newsletter;
mod not_found;
mod offline;
mod privacy;
mod reports;
mod search;
mod theme;
mod themes;

use std::sync::Arc;

use inspir_content::Bundle;
use leptos::either::EitherOf10;
use leptos::prelude::*;

pub use allies::AlliesPage;
pub use home::HomePage;
pub use newsletter::NewsletterPage;
pub use not_found::NotFoundPage;
pub use offline::OfflinePage;
pub use privacy::PrivacyPage;
pub use reports::ReportsPage;
pub use search::{SearchArea, SearchPage};
pub use theme::{ThemePage, lead_picture};
pub use themes::ThemesPage;

use crate::components::newsletter_form::StayInformed;
use crate::head::PageHead;
use crate::routes::{Page, Route};
use crate::search::Kind;

/// Only the pre-renderer renders the offline page: the app never takes it
/// over (`takeover.rs`), so the wasm need not hold it.
#[cfg(feature = "ssr")]
fn offline_page(content: Arc<Bundle>) -> impl IntoView {
    view! { <OfflinePage content /> }
}

#[cfg(not(feature = "ssr"))]
fn offline_page(_: Arc<Bundle>) -> impl IntoView {}

/// The page for `route` with its head tags, followed by the "Stay informed"
/// block (except on the newsletter page, which is that form already, and
/// the offline page, since nothing can be sent offline).
#[component]
pub fn PageView(route: Route, content: Arc<Bundle>) -> impl IntoView {
    let page = route.page.clone();
    let meta = Kind::index_meta(&page);
    let stay_informed = (!matches!(page, Page::Newsletter | Page::Offline))
        .then(|| view! { <StayInformed newsletter=content.newsletter.clone() /> });
    let head = view! { <PageHead route content=content.clone() /> };
    let body = match page {
        Page::Home => EitherOf10::A(view! { <HomePage content /> }),
        Page::Themes => EitherOf10::B(view! { <ThemesPage content /> }),
        Page::Theme(slug) => match content.theme(&slug).cloned() {
            Some(theme) => EitherOf10::C(view! { <ThemePage theme content /> }),
            None => EitherOf10::G(view! { <NotFoundPage /> }),
        },
        Page::Allies => EitherOf10::D(view! { <AlliesPage content /> }),
        Page::Reports => EitherOf10::E(view! { <ReportsPage content /> }),
        Page::Newsletter => EitherOf10::F(view! { <NewsletterPage content /> }),
        Page::Privacy => EitherOf10::H(view! { <PrivacyPage content /> }),
        Page::Search => EitherOf10::I(view! { <SearchPage /> }),
        Page::NotFound => EitherOf10::G(view! { <NotFoundPage /> }),
        Page::Offline => EitherOf10::J(offline_page(content)),
    };
    // What the search index reads (scripts/search-index.mjs): the page's
    // own text, not the header, footer or newsletter block, and never a
    // not-found page (`Kind::index_meta` leaves out the offline page).
    let indexed = meta.filter(|_| !matches!(body, EitherOf10::G(_)));
    view! {
        {head}
        <div
            class="page"
            data-pagefind-body=indexed.map(|_| "")
            data-pagefind-meta=indexed
        >
            {body}
        </div>
        {stay_informed}
    }
}
