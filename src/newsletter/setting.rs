//! The `newsletter` setting of `config.json`: which service subscribes
//! readers, and where it is. A deployer changes it without rebuilding.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};

use inspir_content::{LinkKind, link_kind};

use crate::content::origin_of;
use crate::i18n::Lang;

/// The services a reader can be subscribed through.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Provider {
    /// listmonk's public API; its plain form endpoint without JavaScript.
    Listmonk,
    /// Formspree, or any endpoint that answers the same way.
    Formspree,
    /// Netlify Forms, on the site's own origin.
    Netlify,
    /// A provider's plain HTML form (Mailchimp, Buttondown, listmonk's
    /// `/subscription/form`): the provider's own page answers.
    HtmlForm,
    /// No service: the page says subscriptions are not open yet.
    #[default]
    None,
}

/// The `newsletter` object of `config.json`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Newsletter {
    pub provider: Provider,
    /// The service's address: listmonk's root, the Formspree endpoint, or
    /// the html-form's `action`. Not used by `netlify` and `none`.
    pub url: String,
    /// listmonk's list UUIDs: one array for every language, or an object
    /// by language code, so each reader joins their language's list.
    pub lists: Lists,
    /// html-form: the names the provider's form gives its fields.
    pub fields: FieldNames,
    /// html-form: hidden fields the provider's form needs, e.g.
    /// `{"embed": "1"}` for Buttondown.
    pub hidden: BTreeMap<String, String>,
    /// An address readers can write to, shown while `provider` is `none`.
    pub contact: String,
    /// netlify: the form's name in Netlify's dashboard.
    pub form_name: String,
}

/// Field names of a provider's plain HTML form.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct FieldNames {
    pub email: String,
    /// Empty when the provider's form has no name field.
    pub name: String,
    /// The provider's honeypot field, if it has one.
    pub honeypot: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        Self {
            email: "email".into(),
            name: "name".into(),
            honeypot: String::new(),
        }
    }
}

/// listmonk lists: the same for every language, or one set a language.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Lists {
    #[default]
    None,
    All(Vec<String>),
    ByLanguage(BTreeMap<String, Vec<String>>),
}

impl Lists {
    /// The lists a reader of `lang` joins.
    pub fn of(&self, lang: Lang) -> &[String] {
        match self {
            Lists::None => &[],
            Lists::All(lists) => lists,
            Lists::ByLanguage(by) => by.get(lang.code()).map_or(&[], Vec::as_slice),
        }
    }
}

impl<'de> Deserialize<'de> for Lists {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListsVisitor;
        impl<'de> Visitor<'de> for ListsVisitor {
            type Value = Lists;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array of list UUIDs, or an object of arrays by language code")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Lists, A::Error> {
                let mut lists = Vec::new();
                while let Some(list) = seq.next_element::<String>()? {
                    lists.push(list);
                }
                Ok(Lists::All(lists))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Lists, A::Error> {
                let mut by = BTreeMap::new();
                while let Some((lang, lists)) = map.next_entry::<String, Vec<String>>()? {
                    by.insert(lang, lists);
                }
                Ok(Lists::ByLanguage(by))
            }
        }
        deserializer.deserialize_any(ListsVisitor)
    }
}

/// The setting as read: a newsletter, or why it cannot be used. A broken
/// setting is shown where the form would be, for the deployer to fix; it
/// never stops the rest of the site.
#[derive(Clone, Debug, PartialEq)]
pub enum NewsletterSetting {
    Ready(Newsletter),
    Broken(String),
}

impl Default for NewsletterSetting {
    fn default() -> Self {
        NewsletterSetting::Ready(Newsletter::default())
    }
}

/// Reads `newsletter` without failing the rest of `config.json`.
pub fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NewsletterSetting, D::Error> {
    Ok(match Option::<Newsletter>::deserialize(deserializer) {
        Ok(None) => NewsletterSetting::default(),
        Ok(Some(newsletter)) => match newsletter.check() {
            Ok(()) => NewsletterSetting::Ready(newsletter),
            Err(problem) => NewsletterSetting::Broken(problem),
        },
        Err(error) => NewsletterSetting::Broken(format!("newsletter: {error}")),
    })
}

impl Newsletter {
    /// What a provider needs that the setting lacks, naming the field.
    pub fn check(&self) -> Result<(), String> {
        let needs_url = matches!(
            self.provider,
            Provider::Listmonk | Provider::Formspree | Provider::HtmlForm
        );
        if needs_url && self.origin().is_none() {
            return Err(format!(
                "newsletter.url: \"{}\" is not an http(s) address, which this provider needs",
                self.url
            ));
        }
        if self.provider == Provider::Listmonk {
            for lang in Lang::ALL {
                if self.lists.of(lang).is_empty() {
                    return Err(format!(
                        "newsletter.lists: no listmonk list for \"{}\"",
                        lang.code()
                    ));
                }
            }
        }
        if self.provider == Provider::HtmlForm && self.fields.email.trim().is_empty() {
            return Err(
                "newsletter.fields.email: the form needs the name of its email field".into(),
            );
        }
        Ok(())
    }

    /// The service's origin (`https://lists.example.org`), for the
    /// site's security policy; `None` when there is no outside service.
    pub fn origin(&self) -> Option<String> {
        let url = self.url.trim();
        origin_of(url).filter(|_| link_kind(url) == Some(LinkKind::Web))
    }

    /// The Netlify form's name, `newsletter` unless the setting says.
    pub fn form_name(&self) -> &str {
        if self.form_name.trim().is_empty() {
            "newsletter"
        } else {
            &self.form_name
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Holder {
        #[serde(default, deserialize_with = "lenient")]
        newsletter: NewsletterSetting,
    }

    fn read(json: &str) -> NewsletterSetting {
        serde_json::from_value::<Holder>(serde_json::from_str(json).unwrap())
            .unwrap()
            .newsletter
    }

    #[test]
    fn no_setting_means_none() {
        assert_eq!(read("{}"), NewsletterSetting::default());
        assert_eq!(
            read(r#"{"newsletter": null}"#),
            NewsletterSetting::default()
        );
    }

    #[test]
    fn listmonk_lists_by_language_or_for_all() {
        let by = read(
            r#"{"newsletter": {"provider": "listmonk", "url": "https://lists.example.org",
                "lists": {"en": ["a"], "fr": ["b"], "es": ["c", "d"]}}}"#,
        );
        let NewsletterSetting::Ready(newsletter) = by else {
            panic!("{by:?}")
        };
        assert_eq!(newsletter.lists.of(Lang::Es), ["c", "d"]);
        assert_eq!(
            newsletter.origin().as_deref(),
            Some("https://lists.example.org")
        );
        let all = read(
            r#"{"newsletter": {"provider": "listmonk", "url": "https://l.example", "lists": ["x"]}}"#,
        );
        let NewsletterSetting::Ready(newsletter) = all else {
            panic!()
        };
        assert_eq!(newsletter.lists.of(Lang::Fr), ["x"]);
    }

    #[test]
    fn a_broken_setting_names_its_problem() {
        let broken = |json: &str| match read(json) {
            NewsletterSetting::Broken(problem) => problem,
            ready => panic!("{ready:?}"),
        };
        assert!(
            broken(r#"{"newsletter": {"provider": "mailgun"}}"#)
                .contains("unknown variant `mailgun`")
        );
        assert!(
            broken(r#"{"newsletter": {"provider": "listmonk", "url": "lists"}}"#)
                .starts_with("newsletter.url:")
        );
        assert_eq!(
            broken(
                r#"{"newsletter": {"provider": "listmonk", "url": "https://l.example", "lists": {"en": ["a"]}}}"#
            ),
            "newsletter.lists: no listmonk list for \"fr\""
        );
        assert!(
            broken(r#"{"newsletter": {"provider": "none", "colour": 1}}"#)
                .contains("unknown field `colour`")
        );
        assert!(
            broken(r#"{"newsletter": {"provider": "formspree", "url": "javascript:alert(1)"}}"#)
                .starts_with("newsletter.url:")
        );
    }
}
