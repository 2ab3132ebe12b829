//! The mapping file (`wordpress.toml`): where each kind of content lives in
//! one WordPress site. Every site is organised differently, so this is the
//! one place that says it; the importer holds no site's names.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;

use crate::error::Error;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The site's address, e.g. `https://inspir.example.org`.
    pub site: String,
    /// The bundles to write. The first, English, is the language every
    /// other is matched against, and whose slugs every bundle keeps.
    #[serde(default = "default_languages")]
    pub languages: Vec<String>,
    /// How the site holds its languages.
    #[serde(default)]
    pub multilingual: Multilingual,
    pub themes: Themes,
    pub allies: Option<Allies>,
    pub reports: Option<Reports>,
    #[serde(default)]
    pub http: Http,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Multilingual {
    /// Polylang: each item has a `lang` and the ids of its `translations`,
    /// and lists are asked for one language at a time (`lang=fr`).
    #[default]
    Polylang,
    /// No plugin: one parent page (or category) per language, whose items
    /// are matched by their order (`menu_order`, then date).
    Parents,
}

/// A page or category slug: one for all languages, or one per language.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PerLanguage {
    Same(String),
    Each(BTreeMap<String, String>),
}

impl PerLanguage {
    /// The slug for `lang`, if this names one.
    pub fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Self::Same(slug) => Some(slug),
            Self::Each(slugs) => slugs.get(lang).map(String::as_str),
        }
    }
}

/// Themes are the child pages of one page, in `menu_order`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Themes {
    /// Slug of the page whose children are the themes.
    pub parent: PerLanguage,
    /// Where a theme's one-line summary comes from: `excerpt` or `acf:field`.
    #[serde(default = "excerpt")]
    pub summary: Field,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Pages,
    Posts,
}

/// Allies are child pages of one page, or posts in one category.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allies {
    pub from: Source,
    /// With `from = "pages"`: slug of their parent page.
    pub parent: Option<PerLanguage>,
    /// With `from = "posts"`: slug of their category.
    pub category: Option<PerLanguage>,
    /// The ally's own site: `first-link` (the first http(s) link in the
    /// text) or `acf:field`.
    #[serde(default = "first_link")]
    pub url: Field,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportSource {
    /// PDF media items, all of them or those attached to `parent`.
    Media,
    /// Posts in `category`, each with a PDF attached.
    Posts,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reports {
    pub from: ReportSource,
    /// With `from = "media"`: only PDFs attached to this page.
    pub parent: Option<PerLanguage>,
    /// With `from = "posts"`: slug of the reports' category.
    pub category: Option<PerLanguage>,
    /// The report's year: `date` (its publication date) or `acf:field`.
    #[serde(default = "date")]
    pub year: Field,
    /// The document's language: `acf:field`, else the language of the
    /// item (Polylang), else this default.
    pub language: Option<Field>,
    #[serde(default = "english")]
    pub default_language: String,
}

/// Where a value comes from on a WordPress item.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum Field {
    Excerpt,
    Date,
    FirstLink,
    /// A custom field, read from the item's `acf` object.
    Acf(String),
}

impl TryFrom<String> for Field {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        match text.as_str() {
            "excerpt" => Ok(Self::Excerpt),
            "date" => Ok(Self::Date),
            "first-link" => Ok(Self::FirstLink),
            _ => match text.strip_prefix("acf:") {
                Some(name) if !name.trim().is_empty() => Ok(Self::Acf(name.trim().into())),
                _ => Err(format!(
                    "\"{text}\" is not a source: use excerpt, date, first-link or acf:<field>"
                )),
            },
        }
    }
}

/// How patient the importer is with a slow or failing site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Http {
    /// Longest wait for one request, from connecting to the last byte.
    pub timeout_seconds: f64,
    /// Tries after the first, for a timeout, a 429 or a 5xx.
    pub retries: u32,
    /// First wait before a retry, doubled each time (a 429's `Retry-After`
    /// wins when it says more).
    pub backoff_ms: u64,
}

impl Default for Http {
    fn default() -> Self {
        Self {
            timeout_seconds: 30.0,
            retries: 3,
            backoff_ms: 1000,
        }
    }
}

impl Http {
    pub fn timeout(&self) -> Duration {
        Duration::from_secs_f64(self.timeout_seconds)
    }
}

fn default_languages() -> Vec<String> {
    ["en", "fr", "es"].map(String::from).to_vec()
}

fn excerpt() -> Field {
    Field::Excerpt
}

fn first_link() -> Field {
    Field::FirstLink
}

fn date() -> Field {
    Field::Date
}

fn english() -> String {
    "en".into()
}

impl Mapping {
    /// Reads and checks a mapping file; each error names the file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let named = |message: String| Error::new(format!("{}: {message}", path.display()));
        let text = std::fs::read_to_string(path).map_err(|e| named(format!("cannot read: {e}")))?;
        Self::from_toml(&text).map_err(named)
    }

    /// Parses and checks a mapping's text.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        let mapping: Self = toml::from_str(text).map_err(|e| e.to_string())?;
        mapping.check()?;
        Ok(mapping)
    }

    /// The language every other is matched against.
    pub fn source_language(&self) -> &str {
        &self.languages[0]
    }

    fn check(&self) -> Result<(), String> {
        if !(self.site.starts_with("http://") || self.site.starts_with("https://")) {
            return Err(format!("site: \"{}\" is not an http(s) address", self.site));
        }
        if self.languages.first().map(String::as_str) != Some("en") {
            return Err(
                "languages: the first must be \"en\": the site completes every other \
                        language from English, and every bundle keeps the English slugs"
                    .into(),
            );
        }
        self.slugs("themes.parent", Some(&self.themes.parent))?;
        if let Some(allies) = &self.allies {
            match allies.from {
                Source::Pages => self.slugs("allies.parent", allies.parent.as_ref())?,
                Source::Posts => self.slugs("allies.category", allies.category.as_ref())?,
            }
        }
        if let Some(reports) = &self.reports {
            match reports.from {
                ReportSource::Media if reports.parent.is_some() => {
                    self.slugs("reports.parent", reports.parent.as_ref())?
                }
                ReportSource::Media => {}
                ReportSource::Posts => self.slugs("reports.category", reports.category.as_ref())?,
            }
        }
        if self.http.timeout_seconds.is_nan() || self.http.timeout_seconds <= 0.0 {
            return Err("http.timeout_seconds: must be more than 0".into());
        }
        Ok(())
    }

    /// A site without Polylang needs a slug per language: nothing else
    /// says which page holds which language.
    fn slugs(&self, key: &str, slugs: Option<&PerLanguage>) -> Result<(), String> {
        let slugs = slugs.ok_or_else(|| format!("{key}: missing"))?;
        let needed: &[String] = match (self.multilingual, slugs) {
            (Multilingual::Parents, PerLanguage::Same(_)) => {
                return Err(format!(
                    "{key}: without Polylang, give one slug per language, e.g. {{ en = \"…\", fr = \"…\" }}"
                ));
            }
            (_, PerLanguage::Same(_)) => &[],
            (Multilingual::Parents, PerLanguage::Each(_)) => &self.languages,
            (Multilingual::Polylang, PerLanguage::Each(_)) => &self.languages[..1],
        };
        match needed.iter().find(|lang| slugs.get(lang).is_none()) {
            Some(lang) => Err(format!("{key}: no slug for \"{lang}\"")),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Mapping, String> {
        Mapping::from_toml(text)
    }

    #[test]
    fn a_polylang_site_needs_only_the_source_languages_slugs() {
        let mapping = parse(
            r#"
            site = "https://example.org"
            [themes]
            parent = "what-we-do"
            [allies]
            from = "posts"
            category = { en = "allies" }
            url = "acf:website"
            "#,
        )
        .unwrap();
        assert_eq!(mapping.languages, ["en", "fr", "es"]);
        assert_eq!(mapping.themes.summary, Field::Excerpt);
        assert_eq!(mapping.allies.unwrap().url, Field::Acf("website".into()));
    }

    #[test]
    fn without_polylang_every_language_needs_its_parent() {
        let base = "site = \"https://example.org\"\nmultilingual = \"parents\"\n";
        let one = format!("{base}[themes]\nparent = \"what-we-do\"");
        assert!(parse(&one).unwrap_err().contains("one slug per language"));
        let two = format!("{base}[themes]\nparent = {{ en = \"a\", fr = \"b\" }}");
        assert_eq!(
            parse(&two).unwrap_err(),
            "themes.parent: no slug for \"es\""
        );
    }

    #[test]
    fn the_documented_example_is_a_valid_mapping() {
        let example = include_str!("../wordpress.example.toml");
        let mapping = parse(example).unwrap();
        assert_eq!(mapping.http.retries, 3);
        assert_eq!(mapping.reports.unwrap().year, Field::Date);
    }

    #[test]
    fn mistakes_are_named() {
        let misspelt = "site = \"https://example.org\"\n[themes]\nparnet = \"x\"";
        assert!(parse(misspelt).unwrap_err().contains("parnet"));
        let field = "site = \"https://example.org\"\n[themes]\nparent = \"x\"\nsummary = \"acf:\"";
        assert!(parse(field).unwrap_err().contains("is not a source"));
        let site = "site = \"example.org\"\n[themes]\nparent = \"x\"";
        assert!(parse(site).unwrap_err().contains("not an http(s) address"));
        let french_first =
            "site = \"https://e.org\"\nlanguages = [\"fr\", \"en\"]\n[themes]\nparent = \"x\"";
        assert!(
            parse(french_first)
                .unwrap_err()
                .starts_with("languages: the first must be \"en\"")
        );
        let posts =
            "site = \"https://e.org\"\n[themes]\nparent = \"x\"\n[reports]\nfrom = \"posts\"";
        assert_eq!(parse(posts).unwrap_err(), "reports.category: missing");
    }
}
