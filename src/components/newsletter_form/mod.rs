use inspir_content::Newsletter;
use leptos::prelude::*;

use super::translation::{NotTranslated, english_if};
use crate::context::use_links;

/// What the form tells the visitor after they press Subscribe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormOutcome {
    EmailInvalid,
    ConsentMissing,
    /// The entry is fine, but no subscription service is connected yet, so
    /// the form says so instead of pretending to succeed.
    Unavailable,
}

/// Checks an entry in the order the fields appear.
pub fn review(email: &str, consent: bool) -> FormOutcome {
    if !is_plausible_email(email) {
        FormOutcome::EmailInvalid
    } else if !consent {
        FormOutcome::ConsentMissing
    } else {
        FormOutcome::Unavailable
    }
}

/// Catches typing slips, not every invalid address: one `@`, something on
/// both sides, a dot in the domain, no spaces.
fn is_plausible_email(email: &str) -> bool {
    let email = email.trim();
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Email, an unticked consent box, and Subscribe.
///
/// `id` keeps field ids unique when the page shows more than one form.
#[component]
pub fn NewsletterForm(id: &'static str, #[prop(into)] privacy: String) -> impl IntoView {
    let ui = use_links().ui();
    let email = RwSignal::new(String::new());
    let consent = RwSignal::new(false);
    let outcome = RwSignal::new(None::<FormOutcome>);
    let email_id = format!("{id}-email");
    let consent_id = format!("{id}-consent");
    let message_id = format!("{id}-message");
    let invalid = move |which| outcome.get() == Some(which);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(Some(review(
            &email.get_untracked(),
            consent.get_untracked(),
        )));
    };
    let message = move || {
        outcome.get().map(|o| match o {
            FormOutcome::EmailInvalid => ui.email_invalid,
            FormOutcome::ConsentMissing => ui.consent_missing,
            FormOutcome::Unavailable => ui.subscribe_unavailable,
        })
    };
    view! {
        <form class="newsletter-form" novalidate on:submit=on_submit>
            // Shown instead of the fields only when JavaScript is off (the
            // <noscript> style in index.html), so nothing is posted nowhere.
            <p class="form-note">{ui.subscribe_needs_javascript}</p>
            <div class="field">
                <label for=email_id.clone()>{ui.email_label}</label>
                <input
                    id=email_id
                    type="email"
                    name="email"
                    autocomplete="email"
                    inputmode="email"
                    required
                    bind:value=email
                    aria-invalid=move || invalid(FormOutcome::EmailInvalid).then_some("true")
                    aria-describedby=message_id.clone()
                />
            </div>
            <div class="field field--check">
                <input
                    id=consent_id.clone()
                    type="checkbox"
                    name="consent"
                    required
                    bind:checked=consent
                    aria-invalid=move || invalid(FormOutcome::ConsentMissing).then_some("true")
                    aria-describedby=message_id.clone()
                />
                <label for=consent_id>{ui.consent_label}</label>
            </div>
            <p class="privacy">{privacy}</p>
            <button type="submit" class="button">{ui.subscribe}</button>
            <p id=message_id class="form-message" role="status" aria-live="polite">
                {message}
            </p>
        </form>
    }
}

/// The compact "Stay informed" block shown at the foot of every page.
#[component]
pub fn StayInformed(newsletter: Newsletter) -> impl IntoView {
    let untranslated = newsletter.untranslated;
    view! {
        <section class="stay-informed" aria-labelledby="stay-informed-title">
            <NotTranslated untranslated />
            <h2 id="stay-informed-title" lang=english_if(untranslated)>{newsletter.title}</h2>
            <p lang=english_if(untranslated)>{newsletter.call}</p>
            <NewsletterForm id="stay-informed" privacy=newsletter.privacy />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_entry_is_told_the_truth() {
        assert_eq!(review("ana@example.org", true), FormOutcome::Unavailable);
    }

    #[test]
    fn the_email_is_checked_first() {
        assert_eq!(review("", true), FormOutcome::EmailInvalid);
        assert_eq!(review("ana", false), FormOutcome::EmailInvalid);
        assert_eq!(review("ana@example", true), FormOutcome::EmailInvalid);
        assert_eq!(review("a b@example.org", true), FormOutcome::EmailInvalid);
        assert_eq!(review("a@b@example.org", true), FormOutcome::EmailInvalid);
    }

    #[test]
    fn consent_is_required() {
        assert_eq!(
            review("ana@example.org", false),
            FormOutcome::ConsentMissing
        );
    }
}
