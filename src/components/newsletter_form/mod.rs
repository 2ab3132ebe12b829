//! The newsletter form: the footer block on every page and `/newsletter`.
//!
//! What it posts, and where, comes from the `newsletter` setting of
//! `config.json` (see `crate::newsletter`). The pre-rendered form is a
//! working plain HTML form wherever the provider takes one, so it
//! subscribes with JavaScript off; the app then checks the entry itself,
//! sends it, and says on the page how it went.

mod state;

use inspir_content::Newsletter as NewsletterText;
use leptos::html;
use leptos::prelude::*;

pub use state::{Status, describe, review};

use super::translation::{NotTranslated, english_if};
use crate::context::{expect_store, use_links};
use crate::i18n::FormUi;
use crate::newsletter::{
    Delivery, Entry, Field, Newsletter, NewsletterSetting, Outcome, Outgoing, PlainForm, Provider,
};
use crate::routes::Page;

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
    match expect_store().newsletter() {
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
    }
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

/// Email, optional name, an unticked consent box, a honeypot and Subscribe.
#[component]
fn SubscribeForm(
    id: &'static str,
    privacy: String,
    untranslated: bool,
    newsletter: Newsletter,
    form: PlainForm,
) -> impl IntoView {
    let links = use_links();
    let (lang, ui) = (links.lang, &links.ui().form);
    let site_root = links.base.as_str().to_owned();
    let (email, name, honeypot) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let consent = RwSignal::new(false);
    let status = RwSignal::new(Status::Idle);
    let refs = FieldRefs::default();
    let ids = |field: &str| format!("{id}-{field}");
    let message_id = ids("message");

    release_on_return(status);

    let provider = newsletter.provider;
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        if status.get_untracked() == Status::Sending {
            ev.prevent_default();
            return;
        }
        if let Some(field) = review(&email.get_untracked(), consent.get_untracked()) {
            ev.prevent_default();
            settle(status, refs, Status::Invalid(field));
            return;
        }
        if !honeypot.get_untracked().is_empty() {
            // Only a robot fills it: it is told what a person would be.
            ev.prevent_default();
            settle(
                status,
                refs,
                Status::Done(Outcome::Subscribed { confirm: false }),
            );
            return;
        }
        let entry = Entry {
            email: email.get_untracked().trim().to_owned(),
            name: name.get_untracked().trim().to_owned(),
            lang,
        };
        match newsletter.delivery(&entry, &site_root) {
            // The browser posts the form and the provider's page answers.
            Delivery::PlainForm => {
                status.set(Status::Sending);
                release_after_time_limit(status);
            }
            Delivery::Fetch(outgoing) => {
                ev.prevent_default();
                status.set(Status::Sending);
                start_sending(provider, outgoing, status, refs);
            }
            Delivery::Nothing => ev.prevent_default(),
        }
    };

    let at_fault = move |field| status.with(|s| s.faults().contains(&field));
    let invalid = move |field| at_fault(field).then_some("true");
    let described = {
        let message_id = message_id.clone();
        move |field| at_fault(field).then(|| message_id.clone())
    };
    let button_described = {
        let message_id = message_id.clone();
        move || {
            status
                .with(|s| s.is_failure() && s.faults().is_empty())
                .then(|| message_id.clone())
        }
    };
    let sending = move || status.with(|s| *s == Status::Sending).then_some("true");
    let message = move || status.with(|s| describe(ui, s));
    let hidden = form
        .hidden
        .iter()
        .map(
            |(name, value)| view! { <input type="hidden" name=name.clone() value=value.clone() /> },
        )
        .collect_view();
    let name_field = form.name.clone().map(|field_name| {
        let described = described.clone();
        view! {
            <div class="field">
                <label for=ids("name")>{ui.name}</label>
                <input
                    id=ids("name")
                    type="text"
                    name=field_name
                    autocomplete="name"
                    bind:value=name
                    node_ref=refs.name
                    aria-invalid=move || invalid(Field::Name)
                    aria-describedby=move || described(Field::Name)
                />
            </div>
        }
    });
    let (email_described, consent_described) = (described.clone(), described);
    let netlify_honeypot = form.netlify.as_ref().and(form.honeypot.clone());
    view! {
        <form
            class="newsletter-form"
            method="post"
            action=form.action
            name=form.netlify.clone()
            data-netlify=form.netlify.as_ref().map(|_| "true")
            netlify-honeypot=netlify_honeypot
            prop:noValidate=true
            on:submit=on_submit
        >
            {hidden}
            <div class="field">
                <label for=ids("email")>{ui.email}</label>
                <input
                    id=ids("email")
                    type="email"
                    name=form.email
                    autocomplete="email"
                    inputmode="email"
                    required
                    bind:value=email
                    node_ref=refs.email
                    aria-invalid=move || invalid(Field::Email)
                    aria-describedby=move || email_described(Field::Email)
                />
            </div>
            {name_field}
            <div class="field field--check">
                <input
                    id=ids("consent")
                    type="checkbox"
                    name=form.consent
                    value="yes"
                    required
                    bind:checked=consent
                    node_ref=refs.consent
                    aria-invalid=move || invalid(Field::Consent)
                    aria-describedby=move || consent_described(Field::Consent)
                />
                <label for=ids("consent")>{ui.consent}</label>
            </div>
            <p class="privacy">
                <span lang=english_if(untranslated)>{privacy}</span>
                " "
                <a href=links.href(Page::Privacy)>{ui.privacy_link}</a>
            </p>
            // Hidden from people and screen readers; robots fill it in.
            <div class="field honeypot" aria-hidden="true">
                <label for=ids("check")>{ui.honeypot}</label>
                <input
                    id=ids("check")
                    type="text"
                    name=form.honeypot
                    tabindex="-1"
                    autocomplete="off"
                    bind:value=honeypot
                />
            </div>
            <button
                type="submit"
                class="button"
                node_ref=refs.button
                aria-disabled=sending
                aria-describedby=button_described
            >
                {ui.subscribe}
            </button>
            <p
                id=message_id
                class="form-message"
                class:form-message--failure=move || status.with(Status::is_failure)
                role="status"
                aria-live="polite"
            >
                {message}
            </p>
        </form>
    }
}

/// The elements focus can be sent to.
#[derive(Clone, Copy, Default)]
struct FieldRefs {
    email: NodeRef<html::Input>,
    name: NodeRef<html::Input>,
    consent: NodeRef<html::Input>,
    button: NodeRef<html::Button>,
}

/// Shows `next` and, for a failure, moves focus to the field at fault (or
/// to Subscribe when no field is), once the page shows the message.
fn settle(status: RwSignal<Status>, refs: FieldRefs, next: Status) {
    let (fault, failure) = (next.faults().first().copied(), next.is_failure());
    if status.try_set(next).is_some() {
        return; // The form has gone (the reader moved on).
    }
    if !failure {
        return;
    }
    request_animation_frame(move || {
        let focused = match fault {
            Some(Field::Email) => refs.email.get_untracked().map(|el| el.focus()),
            Some(Field::Name) => refs.name.get_untracked().map(|el| el.focus()),
            Some(Field::Consent) => refs.consent.get_untracked().map(|el| el.focus()),
            None => refs.button.get_untracked().map(|el| el.focus()),
        };
        if let Some(Err(error)) = focused {
            leptos::logging::warn!("could not move focus: {error:?}");
        }
    });
}

#[cfg(feature = "csr")]
fn start_sending(
    provider: Provider,
    outgoing: Outgoing,
    status: RwSignal<Status>,
    refs: FieldRefs,
) {
    leptos::task::spawn_local(async move {
        let outcome = crate::newsletter::send(provider, &outgoing).await;
        settle(status, refs, Status::Done(outcome));
    });
}

/// A plain post leaves the form busy while the browser goes to the
/// provider's page. If the page is still here after the time limit (the
/// post was blocked, or answered with nothing to show), the reader may
/// press again.
#[cfg(feature = "csr")]
fn release_after_time_limit(status: RwSignal<Status>) {
    let limit = std::time::Duration::from_millis(crate::newsletter::TIME_LIMIT_MS as u64);
    set_timeout(move || release(status), limit);
}

/// Coming back to the page (the back button restores it as it was) lets
/// the reader press again. The listener goes with the form.
#[cfg(feature = "csr")]
fn release_on_return(status: RwSignal<Status>) {
    let listener = window_event_listener(leptos::ev::pageshow, move |_| release(status));
    on_cleanup(move || listener.remove());
}

#[cfg(feature = "csr")]
fn release(status: RwSignal<Status>) {
    if status.try_get_untracked() == Some(Status::Sending) {
        status.try_set(Status::Idle);
    }
}

// Event handlers and listeners never run in the pre-renderer.
#[cfg(not(feature = "csr"))]
fn start_sending(_: Provider, _: Outgoing, _: RwSignal<Status>, _: FieldRefs) {}
#[cfg(not(feature = "csr"))]
fn release_after_time_limit(_: RwSignal<Status>) {}
#[cfg(not(feature = "csr"))]
fn release_on_return(_: RwSignal<Status>) {}

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
