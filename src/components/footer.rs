use leptos::prelude::*;

use super::lite::LiteToggle;
use super::nav::NavList;
use crate::context::use_links;
use crate::routes::Page;

#[component]
pub fn Footer() -> impl IntoView {
    move || {
        let links = use_links();
        let ui = links.ui();
        view! {
            <footer class="site-footer">
                <nav aria-label=ui.footer_nav>
                    <ul>
                        <NavList />
                        <li>
                            <a href=links.href(Page::Privacy)>{ui.nav_privacy}</a>
                        </li>
                    </ul>
                </nav>
                <p>{ui.footer_note}</p>
                <LiteToggle />
            </footer>
        }
    }
}
