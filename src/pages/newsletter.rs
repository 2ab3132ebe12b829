use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::newsletter_form::NewsletterForm;
use crate::components::page_head::PageHeading;

/// `/newsletter`: why subscribe, and the form.
#[component]
pub fn NewsletterPage(content: Arc<Bundle>) -> impl IntoView {
    let newsletter = content.newsletter.clone();
    view! {
        <PageHeading title=newsletter.title />
        <p class="lead">{newsletter.call}</p>
        <p>{newsletter.intro}</p>
        <NewsletterForm id="newsletter" privacy=newsletter.privacy />
    }
}
