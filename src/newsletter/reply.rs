//! How each provider's reply reads: subscribed (and whether a confirmation
//! mail is on its way), or what went wrong and, where the provider says,
//! which field is at fault.

use serde::Deserialize;

use super::Provider;

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
    /// A 4xx: the provider's own words when it gave any.
    Refused {
        status: u16,
        message: Option<String>,
        field: Option<Field>,
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

/// A provider's JSON reply: listmonk's `{data}` or `{message}`,
/// Formspree's `{next}` or `{error, errors}`. Absent fields stay empty.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct Reply {
    pub data: Option<ListmonkData>,
    pub message: Option<String>,
    pub error: Option<String>,
    pub errors: Vec<FieldError>,
}

/// listmonk's `data`: `{"has_optin": bool}` since v3; older servers and
/// its documentation say `true`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum ListmonkData {
    Optin { has_optin: bool },
    Flag(bool),
}

/// One of Formspree's `errors`; no `field` means the whole form.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct FieldError {
    pub field: Option<String>,
    pub message: String,
    pub code: String,
}

/// Reads a reply. `body` is `None` when it was not a JSON object.
pub fn read_reply(provider: Provider, status: u16, body: Option<Reply>) -> Outcome {
    let ok = (200..300).contains(&status);
    match (provider, ok) {
        (_, false) if status >= 500 => Outcome::ServerTrouble { status },
        (Provider::Listmonk, true) => match body.and_then(|reply| reply.data) {
            Some(ListmonkData::Optin { has_optin }) => Outcome::Subscribed { confirm: has_optin },
            Some(ListmonkData::Flag(true)) => Outcome::Subscribed { confirm: false },
            _ => Outcome::Malformed,
        },
        (Provider::Listmonk, false) => {
            let message = body
                .and_then(|reply| reply.message)
                .filter(|m| !m.trim().is_empty());
            let field = message.as_deref().and_then(listmonk_field);
            Outcome::Refused {
                status,
                message,
                field,
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
            field: None,
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
    let field = reply
        .errors
        .iter()
        .find_map(|error| error.field.as_deref().and_then(formspree_field));
    let messages: Vec<&str> = reply
        .errors
        .iter()
        .map(|error| error.message.trim())
        .filter(|message| !message.is_empty())
        .collect();
    let message = if messages.is_empty() {
        reply.error.filter(|error| !error.trim().is_empty())
    } else {
        Some(messages.join(" "))
    };
    Outcome::Refused {
        status,
        message,
        field,
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

    fn read(provider: Provider, status: u16, body: &str) -> Outcome {
        read_reply(provider, status, serde_json::from_str(body).ok())
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
        assert_eq!(
            read(r#"{"data":true}"#),
            Outcome::Subscribed { confirm: false }
        );
        assert_eq!(read(r#"{"data":false}"#), Outcome::Malformed);
        assert_eq!(read("<html>proxy page</html>"), Outcome::Malformed);
        assert_eq!(read("{}"), Outcome::Malformed);
    }

    #[test]
    fn listmonk_refusals_carry_its_message() {
        assert_eq!(
            read(Provider::Listmonk, 400, r#"{"message":"Invalid email."}"#),
            Outcome::Refused {
                status: 400,
                message: Some("Invalid email.".into()),
                field: Some(Field::Email)
            }
        );
        assert_eq!(
            read(
                Provider::Listmonk,
                400,
                r#"{"message":"No valid lists selected to subscribe."}"#
            ),
            Outcome::Refused {
                status: 400,
                message: Some("No valid lists selected to subscribe.".into()),
                field: None
            }
        );
        assert_eq!(
            read(Provider::Listmonk, 400, r#"{"message":"Invalid name."}"#),
            Outcome::Refused {
                status: 400,
                message: Some("Invalid name.".into()),
                field: Some(Field::Name)
            }
        );
        assert_eq!(
            read(Provider::Listmonk, 415, "not json"),
            Outcome::Refused {
                status: 415,
                message: None,
                field: None
            }
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
            Outcome::Refused {
                status: 422,
                message: Some("should be an email".into()),
                field: Some(Field::Email)
            }
        );
        let form_level = r#"{"error":"Form not found","errors":[{"code":"FORM_NOT_FOUND","message":"Form not found"}]}"#;
        assert_eq!(
            read(Provider::Formspree, 404, form_level),
            Outcome::Refused {
                status: 404,
                message: Some("Form not found".into()),
                field: None
            }
        );
        assert_eq!(
            read(Provider::Formspree, 400, r#"{"error":"Form is inactive"}"#),
            Outcome::Refused {
                status: 400,
                message: Some("Form is inactive".into()),
                field: None
            }
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
            Outcome::Refused {
                status: 404,
                message: None,
                field: None
            }
        );
    }
}
