//! The form's states and what it says in each: pure, so every message is
//! checked on the host.

use crate::i18n::FormUi;
use crate::newsletter::{Field, Outcome};

/// Where the form is.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Idle,
    /// A request is on its way; another press sends nothing.
    Sending,
    /// The entry was not sent: this field needs attention.
    Invalid(Field),
    /// The code that checks and sends the entry could not be fetched: the
    /// form as built says so (`crate::dormant`) until it can be.
    NotLoaded,
    Done(Outcome),
}

impl Status {
    /// The fields the reader should look at, in the form's order of
    /// mention: each is marked and described by the message, and the first
    /// gets focus.
    pub fn faults(&self) -> &[Field] {
        match self {
            Status::Invalid(field) => std::slice::from_ref(field),
            Status::Done(Outcome::Refused { fields, .. }) => fields,
            _ => &[],
        }
    }

    /// A failure the reader can act on (as opposed to idle, busy or done).
    pub fn is_failure(&self) -> bool {
        match self {
            Status::Invalid(_) | Status::NotLoaded => true,
            Status::Done(outcome) => !outcome.is_success(),
            Status::Idle | Status::Sending => false,
        }
    }
}

/// Checks an entry in the order the fields appear; `None` when it can go.
pub fn review(email: &str, consent: bool) -> Option<Field> {
    if !is_plausible_email(email) {
        Some(Field::Email)
    } else if !consent {
        Some(Field::Consent)
    } else {
        None
    }
}

/// Catches typing slips, not every invalid address: one `@`, something on
/// both sides, a dot in the domain, no spaces. The service checks the rest.
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

/// What the form says now; `None` while idle. Every failure ends by saying
/// that what was typed is still there.
pub fn describe(ui: &FormUi, status: &Status) -> Option<String> {
    let failure = |what: String| Some(format!("{what} {}", ui.kept));
    match status {
        Status::Idle => None,
        Status::Sending => Some(ui.sending.to_owned()),
        Status::Invalid(Field::Consent) => Some(ui.consent_missing.to_owned()),
        Status::Invalid(_) => Some(ui.email_invalid.to_owned()),
        Status::NotLoaded => failure(ui.not_loaded.to_owned()),
        Status::Done(outcome) => match outcome {
            Outcome::Subscribed { confirm: true } => Some(ui.confirm_inbox.to_owned()),
            Outcome::Subscribed { confirm: false } => Some(ui.subscribed.to_owned()),
            Outcome::Refused {
                status, message, ..
            } => failure(match message {
                Some(said) => format!("{}. {} “{said}”", ui.refused, ui.provider_said),
                None => format!("{} ({} {status}).", ui.refused, ui.error_code),
            }),
            Outcome::ServerTrouble { status } => failure(format!(
                "{} ({} {status}).",
                ui.server_trouble, ui.error_code
            )),
            Outcome::Malformed => failure(ui.malformed.to_owned()),
            Outcome::Timeout => failure(ui.timeout.to_owned()),
            Outcome::Offline => failure(ui.offline.to_owned()),
            Outcome::CorsRefused => failure(ui.cors_refused.to_owned()),
            Outcome::Unreachable => failure(ui.unreachable.to_owned()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_email_is_checked_first() {
        assert_eq!(review("ana@example.org", true), None);
        assert_eq!(review("", true), Some(Field::Email));
        assert_eq!(review("ana", false), Some(Field::Email));
        assert_eq!(review("ana@example", true), Some(Field::Email));
        assert_eq!(review("a b@example.org", true), Some(Field::Email));
        assert_eq!(review("a@b@example.org", true), Some(Field::Email));
        assert_eq!(review("ana@example.org", false), Some(Field::Consent));
    }

    #[test]
    fn success_asks_to_confirm_only_when_a_mail_was_sent() {
        let ui = &Lang::En.ui().form;
        let said = |confirm| describe(ui, &Status::Done(Outcome::Subscribed { confirm })).unwrap();
        assert!(said(true).contains("confirm your address"));
        assert!(said(false).contains("you are subscribed"));
    }

    #[test]
    fn every_failure_says_what_happened_and_that_nothing_is_lost() {
        let failures = [
            Outcome::Refused {
                status: 400,
                message: Some("Invalid email.".into()),
                fields: vec![Field::Email],
            },
            Outcome::Refused {
                status: 404,
                message: None,
                fields: vec![],
            },
            Outcome::ServerTrouble { status: 500 },
            Outcome::Malformed,
            Outcome::Timeout,
            Outcome::Offline,
            Outcome::CorsRefused,
            Outcome::Unreachable,
        ];
        for lang in Lang::ALL {
            let ui = &lang.ui().form;
            for outcome in &failures {
                let status = Status::Done(outcome.clone());
                assert!(status.is_failure());
                let said = describe(ui, &status).unwrap();
                assert!(said.ends_with(ui.kept), "{lang:?} {outcome:?}: {said}");
                assert!(!said.contains(ui.subscribed), "{said}");
            }
            let not_loaded = describe(ui, &Status::NotLoaded).unwrap();
            assert!(Status::NotLoaded.is_failure());
            assert!(not_loaded.starts_with(ui.not_loaded) && not_loaded.ends_with(ui.kept));
        }
        let ui = &Lang::En.ui().form;
        let refused = describe(
            ui,
            &Status::Done(Outcome::Refused {
                status: 400,
                message: Some("Invalid email.".into()),
                fields: vec![Field::Email],
            }),
        );
        assert!(
            refused
                .unwrap()
                .contains("sign-up. It said: “Invalid email.”")
        );
        let unnamed = Status::Done(Outcome::Refused {
            status: 404,
            message: None,
            fields: vec![],
        });
        assert!(
            describe(ui, &unnamed)
                .unwrap()
                .contains("sign-up (error 404). ")
        );
        let trouble = describe(ui, &Status::Done(Outcome::ServerTrouble { status: 503 }));
        assert!(trouble.unwrap().contains("(error 503)"));
    }

    #[test]
    fn the_fields_at_fault_are_named() {
        assert_eq!(Status::Invalid(Field::Consent).faults(), [Field::Consent]);
        let refused = Outcome::Refused {
            status: 422,
            message: None,
            fields: vec![Field::Email, Field::Name],
        };
        assert_eq!(Status::Done(refused).faults(), [Field::Email, Field::Name]);
        assert!(Status::Done(Outcome::Timeout).faults().is_empty());
        assert!(!Status::Sending.is_failure());
    }
}
