use serde::Deserialize;

use crate::i18n::Lang;
use crate::newsletter::{NewsletterSetting, lenient};

/// Deployment settings in `config.json` beside `index.html`. The app reads
/// it at run time, so one build can be pointed at another content source
/// without rebuilding; the pre-renderer reads it at build time.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct SiteConfig {
    /// Where a language's bundle is, with `{lang}` standing for its code.
    /// Relative addresses are resolved against the site's base; an absolute
    /// `https://` address may be another origin (it must allow CORS).
    pub content_url: String,
    /// The site's public origin, e.g. `https://www.example.org`, for the
    /// absolute addresses that search engines and link previews need
    /// (canonical, hreflang, OpenGraph, sitemap). Baked into the pages at
    /// build time; the base path comes from `--public-url`.
    pub site_url: String,
    /// Which service subscribes newsletter readers (see the README). Read
    /// leniently: a broken setting is shown where the form would be and
    /// the rest of the site works. Callers must deserialize from a parsed
    /// value (`serde_json::Value`, a JavaScript object), not a text stream,
    /// so the rest of the file is still read after a broken setting.
    #[serde(deserialize_with = "lenient")]
    pub newsletter: NewsletterSetting,
}

impl Default for SiteConfig {
    fn default() -> Self {
        Self {
            content_url: "content/{lang}.json".into(),
            site_url: String::new(),
            newsletter: NewsletterSetting::default(),
        }
    }
}

impl SiteConfig {
    pub fn bundle_url(&self, lang: Lang) -> String {
        self.content_url.replace("{lang}", lang.code())
    }

    /// `site_url` as an origin without a trailing slash, or why it is not
    /// one. A path is refused: the base path is `--public-url`'s, and two
    /// places to say it would disagree sooner or later.
    pub fn origin(&self) -> Result<&str, String> {
        let url = self.site_url.trim_end_matches('/');
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        match rest {
            None => Err(format!(
                "site_url \"{}\" must start with https:// (or http://)",
                self.site_url
            )),
            Some("") => Err("site_url has no host name".into()),
            Some(host) if host.contains(['/', '?', '#', ' ']) => Err(format!(
                "site_url \"{}\" must be an origin only, such as https://www.example.org; \
                 the base path comes from trunk's --public-url",
                self.site_url
            )),
            Some(_) => Ok(url),
        }
    }
}

/// The origin (`https://host[:port]`) of an absolute `http(s)` address,
/// such as a content API or a newsletter service, for the site's security
/// policy. Only a plain host qualifies: in the policy, `;` or `*` would
/// change its meaning.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().filter(|h| is_host(h))?;
    Some(format!("{scheme}://{host}"))
}

/// A host name or address with an optional port, and nothing else.
fn is_host(host: &str) -> bool {
    let (name, port) = host.rsplit_once(':').unwrap_or((host, "0"));
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !port.is_empty()
        && port.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_points_at_the_bundled_files() {
        assert_eq!(
            SiteConfig::default().bundle_url(Lang::En),
            "content/en.json"
        );
    }

    #[test]
    fn an_api_address_takes_the_language() {
        let config: SiteConfig =
            serde_json::from_str(r#"{"content_url":"https://cms.example.org/site?lang={lang}"}"#)
                .expect("valid config");
        assert_eq!(
            config.bundle_url(Lang::En),
            "https://cms.example.org/site?lang=en"
        );
    }

    #[test]
    fn a_misspelt_setting_is_refused() {
        assert!(serde_json::from_str::<SiteConfig>(r#"{"contenturl":"x"}"#).is_err());
    }

    #[test]
    fn a_broken_newsletter_setting_leaves_the_rest_readable() {
        let value = serde_json::json!({
            "newsletter": {"provider": "listmonk", "url": 3},
            "content_url": "https://cms.example.org/{lang}",
        });
        let config: SiteConfig = serde_json::from_value(value).expect("still a config");
        assert_eq!(config.content_url, "https://cms.example.org/{lang}");
        assert!(
            matches!(config.newsletter, NewsletterSetting::Broken(ref p) if p.contains("newsletter:"))
        );
    }

    #[test]
    fn only_a_plain_host_makes_an_origin() {
        assert_eq!(
            origin_of("https://cms.example.org/site?lang={lang}").as_deref(),
            Some("https://cms.example.org")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:4175").as_deref(),
            Some("http://127.0.0.1:4175")
        );
        for refused in [
            "content/{lang}.json",
            "ftp://example.org/x",
            "https://x.org;worker-src",
            "https://*",
            "https://x.org:80a/f",
            "https://user@x.org/f",
            "https://",
        ] {
            assert_eq!(origin_of(refused), None, "{refused}");
        }
    }

    #[test]
    fn the_site_url_is_an_origin() {
        let with = |url: &str| SiteConfig {
            site_url: url.into(),
            ..SiteConfig::default()
        };
        assert_eq!(
            with("https://example.org/").origin(),
            Ok("https://example.org")
        );
        assert_eq!(
            with("http://127.0.0.1:8080").origin(),
            Ok("http://127.0.0.1:8080")
        );
        assert!(with("").origin().is_err());
        assert!(with("example.org").origin().is_err());
        assert!(with("https://").origin().is_err());
        let error = with("https://example.org/sub/").origin().unwrap_err();
        assert!(error.contains("--public-url"), "{error}");
    }
}
