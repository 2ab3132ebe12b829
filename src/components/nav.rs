use leptos::prelude::*;

use crate::context::{Links, expect_route, use_links};
use crate::routes::Page;

/// The pages listed in the header and footer, in order.
pub const LISTED: [Page; 5] = [
    Page::Home,
    Page::Themes,
    Page::Allies,
    Page::Reports,
    Page::Newsletter,
];

fn items(links: &Links) -> impl Iterator<Item = (Page, &'static str)> {
    let ui = links.ui();
    LISTED.into_iter().zip([
        ui.nav_home,
        ui.nav_themes,
        ui.nav_allies,
        ui.nav_reports,
        ui.nav_newsletter,
    ])
}

/// `aria-current` for a nav link: "page" on the page itself, "true" on the
/// section a theme page belongs to.
pub fn current(item: &Page, shown: &Page) -> Option<&'static str> {
    match (item, shown) {
        (a, b) if a == b => Some("page"),
        (Page::Themes, Page::Theme(_)) => Some("true"),
        _ => None,
    }
}

/// The list of site links shared by the header and the footer.
#[component]
pub fn NavList() -> impl IntoView {
    let route = expect_route();
    move || {
        let links = use_links();
        let shown = route.read().page.clone();
        items(&links)
            .map(|(page, label)| {
                view! {
                    <li>
                        <a href=links.href(page.clone()) aria-current=current(&page, &shown)>
                            {label}
                        </a>
                    </li>
                }
            })
            .collect_view()
    }
}
