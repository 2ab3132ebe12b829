//! The form itself: its fields, what pressing Subscribe does, and how the
//! field at fault is marked.

use leptos::prelude::*;

use super::sending::{
    FieldRefs, release_after_time_limit, release_on_return, settle, start_sending,
};
use super::state::{Status, describe, review};
use crate::components::translation::english_if;
use crate::context::use_links;
use crate::newsletter::{Delivery, Entry, Field, Newsletter, Outcome, PlainForm};
use crate::routes::Page;

/// Email, optional name, an unticked consent box, a honeypot and Subscribe.
#[component]
pub fn SubscribeForm(
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
