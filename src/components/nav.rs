use leptos::prelude::*;

use crate::context::{Links, expect_route, use_links};
use crate::routes::Page;

/// The pages listed in the header and footer, in order.
fn items(links: &Links) -> [(Page, &'static str); 5] {
    let ui = links.ui();
    [
        (Page::Home, ui.nav_home),
        (Page::Themes, ui.nav_themes),
        (Page::Allies, ui.nav_allies),
        (Page::Reports, ui.nav_reports),
        (Page::Newsletter, ui.nav_newsletter),
    ]
}

/// `aria-current` for a nav link: "page" on the page itself, "true" on the
/// section a theme page belongs to.
fn current(item: &Page, shown: &Page) -> Option<&'static str> {
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
            .into_iter()
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
