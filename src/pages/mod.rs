//! One file a page. Each page takes the loaded bundle as a prop, so the same
//! components render in the browser and, in tests, to HTML on the host.

mod allies;
mod home;
mod newsletter;
mod not_found;
mod privacy;
mod reports;
mod theme;
mod themes;

use std::sync::Arc;

use inspir_content::Bundle;
use leptos::either::EitherOf8;
use leptos::prelude::*;

pub use allies::AlliesPage;
pub use home::HomePage;
pub use newsletter::NewsletterPage;
pub use not_found::NotFoundPage;
pub use privacy::PrivacyPage;
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
        Page::Home => EitherOf8::A(view! { <HomePage content /> }),
        Page::Themes => EitherOf8::B(view! { <ThemesPage content /> }),
        Page::Theme(slug) => match content.theme(&slug).cloned() {
            Some(theme) => EitherOf8::C(view! { <ThemePage theme content /> }),
            None => EitherOf8::G(view! { <NotFoundPage /> }),
        },
        Page::Allies => EitherOf8::D(view! { <AlliesPage content /> }),
        Page::Reports => EitherOf8::E(view! { <ReportsPage content /> }),
        Page::Newsletter => EitherOf8::F(view! { <NewsletterPage content /> }),
        Page::Privacy => EitherOf8::H(view! { <PrivacyPage content /> }),
        Page::NotFound => EitherOf8::G(view! { <NotFoundPage /> }),
    };
    view! {
        {head}
        <div class="page">{body}</div>
        {stay_informed}
    }
}
