use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::newsletter_form::NewsletterForm;
use crate::components::page_head::PageHeading;
use crate::components::translation::english_if;

/// `/newsletter`: why subscribe, and the form.
#[component]
pub fn NewsletterPage(content: Arc<Bundle>) -> impl IntoView {
    let newsletter = content.newsletter.clone();
    let untranslated = newsletter.untranslated;
    view! {
        <PageHeading title=newsletter.title untranslated />
        <div lang=english_if(untranslated)>
            <p class="lead">{newsletter.call}</p>
            <p>{newsletter.intro}</p>
        </div>
        <NewsletterForm id="newsletter" privacy=newsletter.privacy untranslated />
    }
}
