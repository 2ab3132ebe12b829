//! The newsletter chunk: the live form, which checks an entry, sends it to
//! the service and says how it went. An adopted page keeps its
//! pre-rendered form until the reader starts on it (`crate::dormant`);
//! pages the app renders build it at once, as the pages chunk shares it.

use leptos::prelude::*;

use super::chunk;
use crate::components::newsletter_form::NewsletterForm;

chunk! {
    newsletter, preload:
    /// The newsletter form `id` (one of `NEWSLETTER_FORM_IDS`), alive.
    pub fn form(id: &'static str, privacy: String, untranslated: bool) -> AnyView {
        view! { <NewsletterForm id privacy untranslated /> }.into_any()
    }
}
