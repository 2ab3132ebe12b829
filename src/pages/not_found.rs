use leptos::prelude::*;

use crate::components::page_head::PageHeading;
use crate::context::use_links;
use crate::routes::Page;

/// For unknown paths and unknown slugs alike.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let links = use_links();
    let ui = links.ui();
    view! {
        <PageHeading title=ui.not_found_title />
        <p>{ui.not_found_body}</p>
        <p><a class="button" href=links.href(Page::Home)>{ui.back_home}</a></p>
    }
}
