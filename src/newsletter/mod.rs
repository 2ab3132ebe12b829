//! Subscribing a reader to the newsletter through the service the deployer
//! names in `config.json`, with no backend of ours: the setting, the
//! request each provider gets, the reading of its reply, and (in the
//! browser) sending it.

mod reply;
mod request;
#[cfg(feature = "csr")]
mod send;
mod setting;

pub use reply::{Field, FieldError, Outcome, Reply, read_reply};
pub use request::{Body, Delivery, Entry, Outgoing, PlainForm, form_encode};
#[cfg(feature = "csr")]
pub use send::send;
pub use setting::{FieldNames, Lists, Newsletter, NewsletterSetting, Provider, lenient};

/// How long the reader waits for the service before being told.
pub const TIME_LIMIT_MS: i32 = 10_000;
