use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::language_switcher::LanguageSwitcher;
use super::nav::NavList;
use super::search::{SiteSearch, focus_search_on_slash};
use crate::context::{expect_route, use_links};
use crate::focus::focus_id;
use crate::routes::Page;

/// Site name, main navigation and search, and on narrow screens buttons
/// that show and hide them. On an adopted page it replaces the header as
/// built (`crate::header_as_built`), whose menu or search may be open.
#[component]
pub fn Header(
    /// The menu is open (narrow screens).
    #[prop(optional)]
    menu_open: bool,
    /// The search field is shown (narrow screens).
    #[prop(optional)]
    search_open: bool,
) -> impl IntoView {
    let route = expect_route();
    let (open, set_open) = signal(menu_open);
    let search_open = RwSignal::new(search_open);
    focus_search_on_slash(search_open);
    // A new page closes the menu, so it never covers what the visitor chose.
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            set_open.set(false);
        }
    });
    let on_keydown = move |ev: ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            set_open.set(false);
        }
    };
    // The address as it is, so the link stays on this page (which `<base>`
    // would otherwise turn `#main` into the home page).
    let location = use_location();
    let skip_href = move || format!("{}#main", location.pathname.get());
    move || {
        let links = use_links();
        let ui = links.ui();
        // The skip link sits inside the banner landmark, so it is never
        // content outside a landmark, even on the not-found page, which is
        // served at every unknown address.
        view! {
            <header class="site-header" on:keydown=on_keydown>
                <a class="skip-link" href=skip_href on:click=focus_main>
                    {ui.skip_to_content}
                </a>
                <div class="site-header__inner">
                    <a class="brand" href=links.href(Page::Home)>
                        {ui.site_name}
                    </a>
                    <LanguageSwitcher />
                    <button
                        type="button"
                        class="menu-button"
                        aria-expanded=move || open.get().to_string()
                        aria-controls="main-nav"
                        on:click=move |_| set_open.update(|o| *o = !*o)
                    >
                        {ui.menu}
                    </button>
                    <nav
                        id="main-nav"
                        class="main-nav"
                        class:open=open
                        aria-label=ui.main_nav
                    >
                        <ul>
                            <NavList />
                        </ul>
                    </nav>
                    <SiteSearch open=search_open />
                </div>
            </header>
        }
    }
}

/// Moves keyboard focus into `<main>` so the next Tab continues from there.
fn focus_main(_: ev::MouseEvent) {
    focus_id("main");
}
