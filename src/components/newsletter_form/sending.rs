//! What happens after Subscribe: sending in the browser, showing the
//! outcome with focus on the field at fault, and freeing the button when a
//! plain post leaves the page in place.

use leptos::html;
use leptos::prelude::*;

use super::state::Status;
use crate::newsletter::{Field, Outgoing, Provider};

/// The elements focus can be sent to.
#[derive(Clone, Copy, Default)]
pub struct FieldRefs {
    pub email: NodeRef<html::Input>,
    pub name: NodeRef<html::Input>,
    pub consent: NodeRef<html::Input>,
    pub button: NodeRef<html::Button>,
}

/// Shows `next` and, for a failure, moves focus to the field at fault (or
/// to Subscribe when no field is), once the page shows the message.
pub fn settle(status: RwSignal<Status>, refs: FieldRefs, next: Status) {
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
pub fn start_sending(
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
pub fn release_after_time_limit(status: RwSignal<Status>) {
    let limit = std::time::Duration::from_millis(crate::newsletter::TIME_LIMIT_MS as u64);
    set_timeout(move || release(status), limit);
}

/// Coming back to the page (the back button restores it as it was) lets
/// the reader press again. The listener goes with the form.
#[cfg(feature = "csr")]
pub fn release_on_return(status: RwSignal<Status>) {
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
pub fn start_sending(_: Provider, _: Outgoing, _: RwSignal<Status>, _: FieldRefs) {}
#[cfg(not(feature = "csr"))]
pub fn release_after_time_limit(_: RwSignal<Status>) {}
#[cfg(not(feature = "csr"))]
pub fn release_on_return(_: RwSignal<Status>) {}
