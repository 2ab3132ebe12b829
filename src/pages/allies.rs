use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::cards::AllyCard;
use crate::components::page_head::SectionHeading;

/// `/allies`: the organisations the network works with.
#[component]
pub fn AlliesPage(content: Arc<Bundle>) -> impl IntoView {
    let cards = content
        .allies
        .iter()
        .map(|ally| view! { <AllyCard ally=ally.clone() /> })
        .collect_view();
    view! {
        <SectionHeading section=content.allies_page.clone() />
        <ul class="cards cards--allies" role="list">{cards}</ul>
    }
}
