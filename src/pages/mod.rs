//! One file a page. Each page takes the loaded bundle as a prop, so the same
//! components render in the browser and, in tests, to HTML on the host.

mod allies;
mod home;
mod newsletter;
mod not_found;
mod reports;
mod theme;
mod themes;

use std::sync::Arc;

use inspir_content::Bundle;
use leptos::either::EitherOf7;
use leptos::prelude::*;

pub use allies::AlliesPage;
pub use home::HomePage;
pub use newsletter::NewsletterPage;
pub use not_found::NotFoundPage;
pub use reports::ReportsPage;
pub use theme::ThemePage;
pub use themes::ThemesPage;

use crate::components::newsletter_form::StayInformed;
use crate::head::PageHead;
use crate::routes::{Page, Route};

/// The page for `route` with its head tags, followed by the "Stay informed"
/// block (except on the newsletter page, which is that form already).
#[component]
pub fn PageView(route: Route, content: Arc<Bundle>) -> impl IntoView {
    let page = route.page.clone();
    let stay_informed = (page != Page::Newsletter)
        .then(|| view! { <StayInformed newsletter=content.newsletter.clone() /> });
    let head = view! { <PageHead route content=content.clone() /> };
    let body = match page {
        Page::Home => EitherOf7::A(view! { <HomePage content /> }),
        Page::Themes => EitherOf7::B(view! { <ThemesPage content /> }),
        Page::Theme(slug) => match content.theme(&slug).cloned() {
            Some(theme) => EitherOf7::C(view! { <ThemePage theme content /> }),
            None => EitherOf7::G(view! { <NotFoundPage /> }),
        },
        Page::Allies => EitherOf7::D(view! { <AlliesPage content /> }),
        Page::Reports => EitherOf7::E(view! { <ReportsPage content /> }),
        Page::Newsletter => EitherOf7::F(view! { <NewsletterPage content /> }),
        Page::NotFound => EitherOf7::G(view! { <NotFoundPage /> }),
    };
    view! {
        {head}
        <div class="page">{body}</div>
        {stay_informed}
    }
}
