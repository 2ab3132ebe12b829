//! The newsletter form: the footer block on every page and `/newsletter`.
//!
//! What it posts, and where, comes from the `newsletter` setting of
//! `config.json` (see `crate::newsletter`). The pre-rendered form is a
//! working plain HTML form wherever the provider takes one, so it
//! subscribes with JavaScript off; the app then checks the entry itself,
//! sends it, and says on the page how it went.

mod sending;
mod state;
mod subscribe;

use inspir_content::Newsletter as NewsletterText;
use leptos::prelude::*;

pub use state::{Status, describe, review};
use subscribe::SubscribeForm;

use super::translation::{NotTranslated, english_if};
use crate::context::{expect_store, use_links};
use crate::i18n::FormUi;
use crate::newsletter::NewsletterSetting;
use crate::prerendered::Widget;

/// The form the setting asks for, or why there is none.
///
/// `id` keeps field ids unique when the page shows more than one form.
#[component]
pub fn NewsletterForm(
    id: &'static str,
    /// The content's note on how the address is used.
    #[prop(into)]
    privacy: String,
    /// The note is English standing in for a missing translation.
    #[prop(optional)]
    untranslated: bool,
) -> impl IntoView {
    let links = use_links();
    let ui = &links.ui().form;
    let form = match expect_store().newsletter() {
        NewsletterSetting::Broken(problem) => view! {
            <div class="form-note" role="status">
                <p>{ui.misconfigured}</p>
                <p><code>{problem}</code></p>
            </div>
        }
        .into_any(),
        NewsletterSetting::Ready(newsletter) => match newsletter.plain_form(links.lang) {
            None => view! { <Closed ui contact=newsletter.contact /> }.into_any(),
            Some(form) => {
                view! { <SubscribeForm id privacy untranslated newsletter form /> }.into_any()
            }
        },
    };
    // Marked for the app, which brings the form to life on a page it adopts.
    view! { <div data-widget=Widget::NewsletterForm(id).name()>{form}</div> }
}

/// No service yet: says so, and where to write meanwhile.
#[component]
fn Closed(ui: &'static FormUi, contact: String) -> impl IntoView {
    let contact = contact.trim().to_owned();
    let href = contact_href(&contact);
    let write_to = (!contact.is_empty()).then(|| match href {
        Some(href) => view! { <p>{ui.contact} " " <a href=href>{contact}</a> "."</p> }.into_any(),
        None => view! { <p>{ui.contact} " " {contact} "."</p> }.into_any(),
    });
    view! {
        <div class="form-note" role="status">
            <p>{ui.closed}</p>
            {write_to}
        </div>
    }
}

/// A link for the `contact` setting: an address gets `mailto:`, a web
/// page its own address; anything else is shown as text only.
fn contact_href(contact: &str) -> Option<String> {
    use inspir_content::{LinkKind, link_kind};
    let is_address = contact.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !contact.contains([' ', '"', '<', '>', '?', '&', '/', ':'])
    });
    if is_address {
        Some(format!("mailto:{contact}"))
    } else {
        (link_kind(contact) == Some(LinkKind::Web)).then(|| contact.to_owned())
    }
}

/// The compact "Stay informed" block shown at the foot of every page.
#[component]
pub fn StayInformed(newsletter: NewsletterText) -> impl IntoView {
    let untranslated = newsletter.untranslated;
    view! {
        <section class="stay-informed" aria-labelledby="stay-informed-title">
            <NotTranslated untranslated />
            <h2 id="stay-informed-title" lang=english_if(untranslated)>{newsletter.title}</h2>
            <p lang=english_if(untranslated)>{newsletter.call}</p>
            <NewsletterForm id="stay-informed" privacy=newsletter.privacy untranslated />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contact_is_linked_only_when_it_is_an_address_or_a_web_page() {
        assert_eq!(
            contact_href("news@inspir.example.org").as_deref(),
            Some("mailto:news@inspir.example.org")
        );
        assert_eq!(
            contact_href("https://inspir.example.org/contact").as_deref(),
            Some("https://inspir.example.org/contact")
        );
        assert_eq!(contact_href("javascript:alert(1)"), None);
        assert_eq!(contact_href("a@b.org?cc=x@evil.org"), None);
        assert_eq!(contact_href("the secretariat"), None);
    }
}
