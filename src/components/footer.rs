use leptos::prelude::*;

use super::nav::NavList;
use crate::context::use_links;

#[component]
pub fn Footer() -> impl IntoView {
    move || {
        let ui = use_links().ui();
        view! {
            <footer class="site-footer">
                <nav aria-label=ui.footer_nav>
                    <ul>
                        <NavList />
                    </ul>
                </nav>
                <p>{ui.footer_note}</p>
            </footer>
        }
    }
}
