use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::cards::AllyCard;
use crate::components::page_head::PageHeading;
use crate::components::translation::english_if;

/// `/allies`: the organisations the network works with.
#[component]
pub fn AlliesPage(content: Arc<Bundle>) -> impl IntoView {
    let cards = content
        .allies
        .iter()
        .map(|ally| view! { <AllyCard ally=ally.clone() /> })
        .collect_view();
    view! {
        <PageHeading
            title=content.allies_page.title.clone()
            untranslated=content.allies_page.untranslated
        />
        <p class="lead" lang=english_if(content.allies_page.untranslated)>
            {content.allies_page.intro.clone()}
        </p>
        <ul class="cards cards--allies" role="list">{cards}</ul>
    }
}
