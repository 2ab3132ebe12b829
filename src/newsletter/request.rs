//! What each provider is sent: the request the app makes with JavaScript,
//! and the plain HTML form the page posts without it. Pure, so the host
//! tests check every field of both.

use super::{Newsletter, Provider};
use crate::i18n::Lang;
use crate::json::Json;

/// What the reader typed, once checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub email: String,
    /// Empty when the reader gave none.
    pub name: String,
    pub lang: Lang,
}

/// The body of a request, and how it is encoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    Json(String),
    /// `application/x-www-form-urlencoded`.
    Form(String),
}

impl Body {
    pub fn content_type(&self) -> &'static str {
        match self {
            Body::Json(_) => "application/json",
            Body::Form(_) => "application/x-www-form-urlencoded",
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Body::Json(text) | Body::Form(text) => text,
        }
    }
}

/// A subscription request the app sends itself (`fetch`).
#[derive(Clone, Debug, PartialEq)]
pub struct Outgoing {
    pub url: String,
    pub body: Body,
}

/// How a checked entry reaches the provider.
#[derive(Clone, Debug, PartialEq)]
pub enum Delivery {
    /// The app sends it and shows the reply on the page.
    Fetch(Outgoing),
    /// The browser posts the form itself and the provider's page answers
    /// (html-form: Mailchimp and Buttondown ask for exactly that).
    PlainForm,
    /// No service is set up: nothing is sent.
    Nothing,
}

/// Netlify's honeypot, declared on the form with `netlify-honeypot`.
pub const NETLIFY_HONEYPOT: &str = "bot-field";
/// listmonk's plain form rejects a post whose `nonce` is filled.
const LISTMONK_HONEYPOT: &str = "nonce";
/// Formspree drops a submission whose `_gotcha` is filled.
const FORMSPREE_HONEYPOT: &str = "_gotcha";

/// Field names and fixed values of the form as the page renders it, which
/// is also what is posted when JavaScript is off.
#[derive(Clone, Debug, PartialEq)]
pub struct PlainForm {
    /// Where the form posts; `None` posts to the page's own address
    /// (Netlify answers there).
    pub action: Option<String>,
    pub email: String,
    /// `None` when the provider has no name field: the input is not shown.
    pub name: Option<String>,
    /// The provider's own honeypot; `None` keeps ours out of the post.
    pub honeypot: Option<String>,
    /// Providers that store what is posted get the consent as a record.
    pub consent: Option<&'static str>,
    pub hidden: Vec<(String, String)>,
    /// Netlify's form name, which marks the form for its deploy-time scan.
    pub netlify: Option<String>,
}

impl Newsletter {
    /// How `entry` is delivered; `site_root` is the site's base path
    /// (`/` or `/sub/`), where Netlify takes its posts.
    pub fn delivery(&self, entry: &Entry, site_root: &str) -> Delivery {
        let url = self.url.trim();
        match self.provider {
            Provider::Listmonk => Delivery::Fetch(Outgoing {
                url: format!("{}/api/public/subscription", url.trim_end_matches('/')),
                body: Body::Json(
                    Json::Obj(vec![
                        ("email", Json::str(&entry.email)),
                        ("name", Json::str(&entry.name)),
                        (
                            "list_uuids",
                            Json::Arr(self.lists.of(entry.lang).iter().map(Json::str).collect()),
                        ),
                    ])
                    .write(),
                ),
            }),
            Provider::Formspree => Delivery::Fetch(Outgoing {
                url: url.to_owned(),
                body: Body::Json(
                    Json::Obj(vec![
                        ("email", Json::str(&entry.email)),
                        ("name", Json::str(&entry.name)),
                        ("language", Json::str(entry.lang.code())),
                        ("consent", Json::str(CONSENT_GIVEN)),
                    ])
                    .write(),
                ),
            }),
            // Exactly what the static form posts: Netlify drops any field
            // its deploy-time scan did not find in the form.
            Provider::Netlify => Delivery::Fetch(Outgoing {
                url: site_root.to_owned(),
                body: Body::Form(self.netlify_form(entry.lang).encode(entry)),
            }),
            Provider::HtmlForm => Delivery::PlainForm,
            Provider::None => Delivery::Nothing,
        }
    }

    /// The form as rendered for `lang`; `None` when there is no service to
    /// post to, and the page says so instead.
    pub fn plain_form(&self, lang: Lang) -> Option<PlainForm> {
        let url = self.url.trim().to_owned();
        let language = || vec![("language".to_owned(), lang.code().to_owned())];
        let named = |name: &str| Some(name.to_owned());
        Some(match self.provider {
            Provider::Listmonk => PlainForm {
                action: Some(format!("{}/subscription/form", url.trim_end_matches('/'))),
                email: "email".into(),
                name: named("name"),
                honeypot: named(LISTMONK_HONEYPOT),
                consent: None,
                hidden: self
                    .lists
                    .of(lang)
                    .iter()
                    .map(|list| ("l".to_owned(), list.clone()))
                    .collect(),
                netlify: None,
            },
            Provider::Formspree => PlainForm {
                action: Some(url),
                email: "email".into(),
                name: named("name"),
                honeypot: named(FORMSPREE_HONEYPOT),
                consent: Some("consent"),
                hidden: language(),
                netlify: None,
            },
            Provider::Netlify => self.netlify_form(lang),
            Provider::HtmlForm => {
                let fields = &self.fields;
                let given = |name: &str| (!name.trim().is_empty()).then(|| name.trim().to_owned());
                PlainForm {
                    action: Some(url),
                    email: fields.email.trim().to_owned(),
                    name: given(&fields.name),
                    honeypot: given(&fields.honeypot),
                    consent: None,
                    hidden: self
                        .hidden
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect(),
                    netlify: None,
                }
            }
            Provider::None => return None,
        })
    }

    /// The form Netlify finds in the built pages, and the fields it keeps.
    fn netlify_form(&self, lang: Lang) -> PlainForm {
        PlainForm {
            action: None,
            email: "email".into(),
            name: Some("name".into()),
            honeypot: Some(NETLIFY_HONEYPOT.into()),
            consent: Some("consent"),
            hidden: vec![
                ("form-name".to_owned(), self.form_name().to_owned()),
                ("language".to_owned(), lang.code().to_owned()),
            ],
            netlify: Some(self.form_name().to_owned()),
        }
    }
}

impl PlainForm {
    /// The form-encoded body a browser posts from this form for `entry`:
    /// its fields in the order the page renders them.
    pub fn encode(&self, entry: &Entry) -> String {
        let mut pairs: Vec<(&str, &str)> = self
            .hidden
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        pairs.push((&self.email, &entry.email));
        pairs.extend(self.name.as_deref().map(|name| (name, entry.name.as_str())));
        pairs.extend(self.consent.map(|consent| (consent, CONSENT_GIVEN)));
        pairs.extend(self.honeypot.as_deref().map(|honeypot| (honeypot, "")));
        form_encode(&pairs)
    }
}

/// The value a ticked consent box sends, to the providers that keep it.
const CONSENT_GIVEN: &str = "yes";

/// `application/x-www-form-urlencoded`, as a browser encodes a form.
pub fn form_encode(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_component(key, &mut out);
        out.push('=');
        encode_component(value, &mut out);
    }
    out
}

fn encode_component(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[usize::from(byte >> 4)] as char);
                out.push(HEX[usize::from(byte & 0xf)] as char);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::newsletter::{FieldNames, Lists};
    use std::collections::BTreeMap;

    fn entry(lang: Lang) -> Entry {
        Entry {
            email: "ana@example.org".into(),
            name: "Ana María".into(),
            lang,
        }
    }

    fn listmonk() -> Newsletter {
        let by = [("en", "uuid-en"), ("fr", "uuid-fr"), ("es", "uuid-es")]
            .map(|(lang, list)| (lang.to_owned(), vec![list.to_owned()]));
        Newsletter {
            provider: Provider::Listmonk,
            url: "https://lists.example.org/".into(),
            lists: Lists::ByLanguage(BTreeMap::from(by)),
            ..Newsletter::default()
        }
    }

    fn fetched(delivery: Delivery) -> (String, serde_json::Value) {
        let Delivery::Fetch(Outgoing {
            url,
            body: Body::Json(json),
        }) = delivery
        else {
            panic!("not a JSON request: {delivery:?}")
        };
        (url, serde_json::from_str(&json).expect("valid JSON"))
    }

    #[test]
    fn listmonk_gets_its_api_fields_and_the_readers_list() {
        let (url, body) = fetched(listmonk().delivery(&entry(Lang::Fr), "/"));
        assert_eq!(url, "https://lists.example.org/api/public/subscription");
        assert_eq!(
            body,
            serde_json::json!({"email": "ana@example.org", "name": "Ana María", "list_uuids": ["uuid-fr"]})
        );
    }

    #[test]
    fn listmonk_without_javascript_posts_its_plain_form() {
        let form = listmonk().plain_form(Lang::Es).expect("a form");
        assert_eq!(
            form.action.as_deref(),
            Some("https://lists.example.org/subscription/form")
        );
        assert_eq!(
            (form.email.as_str(), form.name.as_deref()),
            ("email", Some("name"))
        );
        assert_eq!(form.honeypot.as_deref(), Some("nonce"));
        assert_eq!(form.hidden, [("l".to_owned(), "uuid-es".to_owned())]);
    }

    #[test]
    fn formspree_gets_json_with_the_language_and_consent() {
        let formspree = Newsletter {
            provider: Provider::Formspree,
            url: "https://formspree.io/f/xyz".into(),
            ..Newsletter::default()
        };
        let (url, body) = fetched(formspree.delivery(&entry(Lang::Es), "/"));
        assert_eq!(url, "https://formspree.io/f/xyz");
        assert_eq!(
            body,
            serde_json::json!({"email": "ana@example.org", "name": "Ana María", "language": "es", "consent": "yes"})
        );
        let form = formspree.plain_form(Lang::Es).expect("a form");
        assert_eq!(form.honeypot.as_deref(), Some("_gotcha"));
        assert_eq!(form.hidden, [("language".to_owned(), "es".to_owned())]);
    }

    #[test]
    fn netlify_gets_a_form_post_at_the_site_root() {
        let netlify = Newsletter {
            provider: Provider::Netlify,
            ..Newsletter::default()
        };
        let Delivery::Fetch(outgoing) = netlify.delivery(&entry(Lang::En), "/sub/") else {
            panic!()
        };
        assert_eq!(outgoing.url, "/sub/");
        assert_eq!(
            outgoing.body.content_type(),
            "application/x-www-form-urlencoded"
        );
        assert_eq!(
            outgoing.body.text(),
            "form-name=newsletter&language=en&email=ana%40example.org&name=Ana+Mar%C3%ADa&consent=yes&bot-field="
        );
        let form = netlify.plain_form(Lang::En).expect("a form");
        assert_eq!(form.netlify.as_deref(), Some("newsletter"));
        assert_eq!(form.honeypot.as_deref(), Some("bot-field"));
        assert_eq!(form.action, None);
        assert!(
            form.hidden
                .contains(&("form-name".to_owned(), "newsletter".to_owned()))
        );
    }

    #[test]
    fn html_form_posts_with_the_providers_field_names() {
        let buttondown = Newsletter {
            provider: Provider::HtmlForm,
            url: "https://buttondown.com/api/emails/embed-subscribe/inspir".into(),
            fields: FieldNames {
                email: "email".into(),
                name: String::new(),
                honeypot: String::new(),
            },
            hidden: BTreeMap::from([("embed".to_owned(), "1".to_owned())]),
            ..Newsletter::default()
        };
        assert_eq!(
            buttondown.delivery(&entry(Lang::En), "/"),
            Delivery::PlainForm
        );
        let form = buttondown.plain_form(Lang::En).expect("a form");
        assert_eq!(form.name, None, "Buttondown's form has no name field");
        assert_eq!(form.honeypot, None);
        assert_eq!(form.hidden, [("embed".to_owned(), "1".to_owned())]);
        let mailchimp = Newsletter {
            fields: FieldNames {
                email: "EMAIL".into(),
                name: "FNAME".into(),
                honeypot: "b_123_456".into(),
            },
            ..buttondown
        };
        let form = mailchimp.plain_form(Lang::En).expect("a form");
        assert_eq!(
            (form.email.as_str(), form.name.as_deref()),
            ("EMAIL", Some("FNAME"))
        );
        assert_eq!(form.honeypot.as_deref(), Some("b_123_456"));
    }

    #[test]
    fn no_provider_sends_nothing_and_shows_no_form() {
        let none = Newsletter::default();
        assert_eq!(none.delivery(&entry(Lang::En), "/"), Delivery::Nothing);
        assert_eq!(none.plain_form(Lang::En), None);
    }

    #[test]
    fn form_encoding_matches_the_browsers() {
        assert_eq!(
            form_encode(&[("a b", "x&y=z/é~")]),
            "a+b=x%26y%3Dz%2F%C3%A9%7E"
        );
    }
}
