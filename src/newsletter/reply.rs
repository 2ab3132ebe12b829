//! How each provider's reply reads: subscribed (and whether a confirmation
//! mail is on its way), or what went wrong and, where the provider says,
//! which field is at fault.

use super::Provider;
use crate::json::JsonValue;

/// The form's fields, for pointing the reader at the one at fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Email,
    Name,
    Consent,
}

/// How a subscription attempt ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// `confirm`: the provider has mailed a link the reader must open.
    Subscribed { confirm: bool },
    /// A 4xx: the provider's own words when it gave any, and the fields
    /// it found fault with (Formspree may name several).
    Refused {
        status: u16,
        message: Option<String>,
        fields: Vec<Field>,
    },
    /// A 5xx: the service's trouble, worth trying again later.
    ServerTrouble { status: u16 },
    /// A success status with a reply that does not read as one.
    Malformed,
    /// No answer within the time allowed; the request was aborted.
    Timeout,
    /// The browser says it is offline.
    Offline,
    /// The service answers, but not to this site (no CORS permission).
    CorsRefused,
    /// The service could not be reached at all.
    Unreachable,
}

impl Outcome {
    pub fn is_success(&self) -> bool {
        matches!(self, Outcome::Subscribed { .. })
    }
}

/// A provider's JSON reply: listmonk's `{data: {has_optin}}` or
/// `{message}`, Formspree's `{next}` or `{error, errors}`. Absent or
/// mistyped fields stay empty.
///
/// Read through [`JsonValue`] rather than serde: the browser has parsed
/// the reply already, and a few lookups cost the wasm far less than
/// deserialisers for these types.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reply {
    /// listmonk's `data.has_optin` (since v3; its documentation's
    /// `{"data": true}` is out of date, RESEARCH.md §2).
    pub has_optin: Option<bool>,
    pub message: Option<String>,
    pub error: Option<String>,
    pub errors: Vec<FieldError>,
}

/// One of Formspree's `errors`; no `field` means the whole form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldError {
    pub field: Option<String>,
    pub message: String,
}

impl Reply {
    pub fn read<V: JsonValue>(value: &V) -> Reply {
        let text = |value: &V, key| value.get(key).and_then(|v| v.as_text());
        Reply {
            has_optin: value
                .get("data")
                .and_then(|d| d.get("has_optin"))
                .and_then(|v| v.as_flag()),
            message: text(value, "message"),
            error: text(value, "error"),
            errors: value
                .get("errors")
                .map(|errors| errors.items())
                .unwrap_or_default()
                .iter()
                .map(|error| FieldError {
                    field: text(error, "field"),
                    message: text(error, "message").unwrap_or_default(),
                })
                .collect(),
        }
    }
}

/// Reads a reply. `body` is `None` when it was not a JSON object.
pub fn read_reply(provider: Provider, status: u16, body: Option<Reply>) -> Outcome {
    let ok = (200..300).contains(&status);
    match (provider, ok) {
        (_, false) if status >= 500 => Outcome::ServerTrouble { status },
        (Provider::Listmonk, true) => match body.and_then(|reply| reply.has_optin) {
            Some(has_optin) => Outcome::Subscribed { confirm: has_optin },
            None => Outcome::Malformed,
        },
        (Provider::Listmonk, false) => {
            let message = body
                .and_then(|reply| reply.message)
                .filter(|m| !m.trim().is_empty());
            let fields = message
                .as_deref()
                .and_then(listmonk_field)
                .into_iter()
                .collect();
            Outcome::Refused {
                status,
                message,
                fields,
            }
        }
        (Provider::Formspree, true) => match body {
            Some(_) => Outcome::Subscribed { confirm: false },
            None => Outcome::Malformed,
        },
        (Provider::Formspree, false) => formspree_refusal(status, body.unwrap_or_default()),
        // Netlify answers with a page, not JSON: the status says it all.
        (_, true) => Outcome::Subscribed { confirm: false },
        (_, false) => Outcome::Refused {
            status,
            message: None,
            fields: Vec::new(),
        },
    }
}

/// listmonk names no field, but its English messages about the address or
/// the name are known (`cmd/public.go`), so the reader is taken there.
fn listmonk_field(message: &str) -> Option<Field> {
    let message = message.to_lowercase();
    if message.contains("email") || message.contains("e-mail") {
        Some(Field::Email)
    } else if message.contains("name") {
        Some(Field::Name)
    } else {
        None
    }
}

fn formspree_refusal(status: u16, reply: Reply) -> Outcome {
    let mut fields: Vec<Field> = Vec::new();
    for field in reply
        .errors
        .iter()
        .filter_map(|e| e.field.as_deref().and_then(formspree_field))
    {
        if !fields.contains(&field) {
            fields.push(field);
        }
    }
    let messages: Vec<&str> = reply
        .errors
        .iter()
        .map(|error| error.message.trim())
        .filter(|message| !message.is_empty())
        .collect();
    let message = if messages.is_empty() {
        reply.error.filter(|error| !error.trim().is_empty())
    } else {
        Some(messages.join("; "))
    };
    Outcome::Refused {
        status,
        message,
        fields,
    }
}

fn formspree_field(name: &str) -> Option<Field> {
    match name {
        "email" => Some(Field::Email),
        "name" => Some(Field::Name),
        "consent" => Some(Field::Consent),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As the app reads a reply: a JSON object, or no body at all.
    fn read(provider: Provider, status: u16, body: &str) -> Outcome {
        let value = serde_json::from_str::<serde_json::Value>(body).ok();
        let reply = value.filter(|v| v.is_object()).map(|v| Reply::read(&v));
        read_reply(provider, status, reply)
    }

    fn refused(status: u16, message: Option<&str>, fields: &[Field]) -> Outcome {
        Outcome::Refused {
            status,
            message: message.map(str::to_owned),
            fields: fields.to_vec(),
        }
    }

    #[test]
    fn listmonk_success_says_whether_to_confirm() {
        let read = |body| read(Provider::Listmonk, 200, body);
        assert_eq!(
            read(r#"{"data":{"has_optin":true}}"#),
            Outcome::Subscribed { confirm: true }
        );
        assert_eq!(
            read(r#"{"data":{"has_optin":false}}"#),
            Outcome::Subscribed { confirm: false }
        );
        assert_eq!(read(r#"{"data":true}"#), Outcome::Malformed);
        assert_eq!(read(r#"{"data":false}"#), Outcome::Malformed);
        assert_eq!(read(r#"{"data":{"has_optin":"yes"}}"#), Outcome::Malformed);
        assert_eq!(read("<html>proxy page</html>"), Outcome::Malformed);
        assert_eq!(read("{}"), Outcome::Malformed);
    }

    #[test]
    fn listmonk_refusals_carry_its_message() {
        assert_eq!(
            read(Provider::Listmonk, 400, r#"{"message":"Invalid email."}"#),
            refused(400, Some("Invalid email."), &[Field::Email])
        );
        assert_eq!(
            read(
                Provider::Listmonk,
                400,
                r#"{"message":"No valid lists selected to subscribe."}"#
            ),
            refused(400, Some("No valid lists selected to subscribe."), &[])
        );
        assert_eq!(
            read(Provider::Listmonk, 400, r#"{"message":"Invalid name."}"#),
            refused(400, Some("Invalid name."), &[Field::Name])
        );
        assert_eq!(
            read(Provider::Listmonk, 415, "not json"),
            refused(415, None, &[])
        );
        assert_eq!(
            read(
                Provider::Listmonk,
                500,
                r#"{"message":"Error processing request. Please retry."}"#
            ),
            Outcome::ServerTrouble { status: 500 }
        );
    }

    #[test]
    fn formspree_errors_reach_their_field() {
        let body = r#"{"error":"Validation errors","errors":[
            {"code":"TYPE_EMAIL","field":"email","message":"should be an email"}]}"#;
        assert_eq!(
            read(Provider::Formspree, 422, body),
            refused(422, Some("should be an email"), &[Field::Email])
        );
        let form_level = r#"{"error":"Form not found","errors":[{"code":"FORM_NOT_FOUND","message":"Form not found"}]}"#;
        assert_eq!(
            read(Provider::Formspree, 404, form_level),
            refused(404, Some("Form not found"), &[])
        );
        assert_eq!(
            read(Provider::Formspree, 400, r#"{"error":"Form is inactive"}"#),
            refused(400, Some("Form is inactive"), &[])
        );
    }

    #[test]
    fn formspree_marks_every_field_it_names() {
        let body = r#"{"error":"Validation errors","errors":[
            {"code":"TYPE_EMAIL","field":"email","message":"should be an email"},
            {"code":"REQUIRED_FIELD_MISSING","field":"consent","message":"consent is required"},
            {"code":"TYPE_EMAIL","field":"email","message":"is too long"}]}"#;
        assert_eq!(
            read(Provider::Formspree, 422, body),
            refused(
                422,
                Some("should be an email; consent is required; is too long"),
                &[Field::Email, Field::Consent]
            )
        );
    }

    #[test]
    fn formspree_success_is_a_json_2xx() {
        assert_eq!(
            read(
                Provider::Formspree,
                200,
                r#"{"next":"https://formspree.io/thanks","ok":true}"#
            ),
            Outcome::Subscribed { confirm: false }
        );
        assert_eq!(read(Provider::Formspree, 200, "<html>"), Outcome::Malformed);
        assert_eq!(
            read(Provider::Formspree, 503, ""),
            Outcome::ServerTrouble { status: 503 }
        );
    }

    #[test]
    fn netlify_reads_the_status_alone() {
        assert_eq!(
            read(Provider::Netlify, 200, "<html>thanks</html>"),
            Outcome::Subscribed { confirm: false }
        );
        assert_eq!(
            read(Provider::Netlify, 404, "<html>not found</html>"),
            refused(404, None, &[])
        );
    }
}
