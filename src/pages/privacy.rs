use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::page_head::PageHeading;
use crate::components::translation::english_if;

/// `/privacy`: what the newsletter form sends, to whom, why, and how to
/// unsubscribe; the form's consent text links here.
#[component]
pub fn PrivacyPage(content: Arc<Bundle>) -> impl IntoView {
    let privacy = content.privacy.clone();
    let untranslated = privacy.untranslated;
    let sections = privacy
        .sections
        .into_iter()
        .map(|section| {
            let paragraphs = section
                .body
                .into_iter()
                .map(|p| view! { <p>{p}</p> })
                .collect_view();
            view! {
                <section>
                    <h2>{section.heading}</h2>
                    {paragraphs}
                </section>
            }
        })
        .collect_view();
    view! {
        <PageHeading title=privacy.title untranslated />
        <div class="prose" lang=english_if(untranslated)>
            <p class="lead">{privacy.intro}</p>
            {sections}
        </div>
    }
}
