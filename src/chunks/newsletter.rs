//! The newsletter chunk: the request each provider gets, sending it and
//! reading the reply. The form itself, and the check of what was typed,
//! stay in the skeleton, so a form refuses a bad address even when this
//! chunk cannot be fetched.

use futures::future::LocalBoxFuture;

use super::chunk;
use crate::newsletter::{Delivery, Entry, Newsletter, Outcome};

/// How an entry goes to the service.
pub enum Plan {
    /// The browser posts the form and the provider's page answers.
    PlainForm,
    /// The app sends it: this resolves to how it went.
    Send(LocalBoxFuture<'static, Outcome>),
    /// No service is set up: nothing is sent.
    Nothing,
}

chunk! {
    newsletter, preload:
    /// How `entry` goes to the service the setting names.
    pub fn plan(newsletter: Newsletter, entry: Entry, site_root: String) -> Plan {
        match newsletter.delivery(&entry, &site_root) {
            Delivery::PlainForm => Plan::PlainForm,
            Delivery::Nothing => Plan::Nothing,
            Delivery::Fetch(outgoing) => Plan::Send(sending(newsletter, outgoing)),
        }
    }
}

#[cfg(feature = "csr")]
fn sending(
    newsletter: Newsletter,
    outgoing: crate::newsletter::Outgoing,
) -> LocalBoxFuture<'static, Outcome> {
    Box::pin(async move { crate::newsletter::send(newsletter.provider, &outgoing).await })
}

/// The pre-renderer never submits a form.
#[cfg(not(feature = "csr"))]
fn sending(_: Newsletter, _: crate::newsletter::Outgoing) -> LocalBoxFuture<'static, Outcome> {
    Box::pin(futures::future::pending())
}
