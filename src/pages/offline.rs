use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::page_head::PageHeading;
use crate::components::translation::english_if;
use crate::context::use_links;
use crate::routes::Page;

/// What the service worker shows, offline, in place of a page that was
/// never saved on this device: every page of this language, which the worker
/// keeps together (see `crates/prerender/src/offline.rs`), so each link
/// here opens. Search and the newsletter need the network, so they are left out.
#[component]
pub fn OfflinePage(content: Arc<Bundle>) -> impl IntoView {
    let links = use_links();
    let ui = links.ui();
    let themes = content
        .themes
        .iter()
        .map(|theme| {
            let href = links.href(Page::Theme(theme.slug.clone()));
            view! { <li lang=english_if(theme.untranslated)><a href=href>{theme.title.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <PageHeading title=ui.offline.title />
        <p>{ui.offline.body}</p>
        <p>{ui.offline.readable}</p>
        // `prerendered::OFFLINE_PAGE_ATTR`: the app leaves this page alone.
        <ul class="offline-pages" data-offline-page="">
            <li><a href=links.href(Page::Home)>{ui.nav_home}</a></li>
            <li>
                <a href=links.href(Page::Themes)>{ui.nav_themes}</a>
                <ul>{themes}</ul>
            </li>
            <li><a href=links.href(Page::Allies)>{ui.nav_allies}</a></li>
            <li>
                <a href=links.href(Page::Reports)>{ui.nav_reports}</a>
                ", " {ui.offline.kept_reports}
            </li>
            <li><a href=links.href(Page::Privacy)>{ui.nav_privacy}</a></li>
        </ul>
    }
}
