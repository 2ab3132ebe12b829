use serde::Deserialize;

use crate::i18n::Lang;

/// Deployment settings read at run time from `config.json` beside
/// `index.html`, so one build can be pointed at another content source
/// without rebuilding.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct SiteConfig {
    /// Where a language's bundle is, with `{lang}` standing for its code.
    /// Relative addresses are resolved against the site's base; an absolute
    /// `https://` address may be another origin (it must allow CORS).
    pub content_url: String,
}

impl Default for SiteConfig {
    fn default() -> Self {
        Self {
            content_url: "content/{lang}.json".into(),
        }
    }
}

impl SiteConfig {
    pub fn bundle_url(&self, lang: Lang) -> String {
        self.content_url.replace("{lang}", lang.code())
    }
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
}
