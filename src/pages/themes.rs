use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::cards::ThemeCards;
use crate::components::page_head::SectionHeading;
use crate::components::translation::english_if;

/// `/what-we-do`: every theme as a card.
#[component]
pub fn ThemesPage(content: Arc<Bundle>) -> impl IntoView {
    view! {
        <SectionHeading section=content.themes_page.clone() />
        <p class="lead" lang=english_if(content.home.untranslated)>
            {content.home.themes_intro.clone()}
        </p>
        <ThemeCards content=content.clone() />
    }
}
