//! The first stages of the build: read trunk's output and check it, so
//! that nothing is rendered from a broken template, config or bundle.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use inspir_content::{Bundle, BundleFile, content_hash, read_bundle};
use inspir_site::content::SiteConfig;
use inspir_site::i18n::Lang;
use inspir_site::newsletter::NewsletterSetting;
use inspir_site::routes::BaseUrl;

use crate::BuildError;

/// Everything the pages are made from, checked.
pub struct Site {
    /// trunk's output folder, where the pages are written.
    pub dist: PathBuf,
    /// trunk's `index.html`: the hashed script and wasm links every page keeps.
    pub template: String,
    pub config: SiteConfig,
    /// `site_url` from `config.json`, e.g. `https://www.example.org`.
    pub origin: String,
    /// From the template's `<base href>`, which trunk writes from `--public-url`.
    pub base: BaseUrl,
    /// In `Lang::ALL` order.
    pub languages: Vec<Language>,
    /// Worth telling the editor, not worth stopping for.
    pub warnings: Vec<String>,
}

/// One language's content, as the app will show it.
pub struct Language {
    pub lang: Lang,
    pub content: Arc<Bundle>,
    /// The fingerprint the app compares with the content and settings it
    /// fetches (`inspir_site::prerendered::fingerprint`).
    pub hash: String,
}

impl Site {
    /// An absolute URL for one of the site's files, e.g. `sitemap.xml`.
    pub fn absolute_file(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.base.file(path))
    }
}

pub fn load(dist: &Path) -> Result<Site, BuildError> {
    let template_path = dist.join("index.html");
    let template = read(&template_path)?;
    check_template(&template_path, &template)?;
    let base = base_href(&template).map(BaseUrl::from_url).ok_or_else(|| {
        BuildError::file(
            &template_path,
            "has no <base href>; keep <base data-trunk-public-url> in index.html",
        )
    })?;
    let config_path = dist.join("config.json");
    // The text too: the pages' fingerprint covers it.
    let config_text = read(&config_path)?;
    let config = parse_config(&config_path, &config_text)?;
    if let NewsletterSetting::Broken(problem) = &config.newsletter {
        return Err(BuildError::file(&config_path, problem));
    }
    let origin = config
        .origin()
        .map_err(|message| BuildError::file(&config_path, message))?
        .to_owned();
    let mut warnings = Vec::new();
    if is_placeholder(&origin) {
        warnings.push(format!(
            "{}: site_url {origin} is a placeholder; set the site's real address before deploying",
            config_path.display()
        ));
    }
    let mut languages = load_languages(dist, &mut warnings)?;
    for language in &mut languages {
        language.hash = inspir_site::prerendered::fingerprint(&config_text, &language.hash);
    }
    Ok(Site {
        dist: dist.to_owned(),
        template,
        config,
        origin,
        base,
        languages,
        warnings,
    })
}

/// `config.json`, read through a parsed value: the site reads a broken
/// `newsletter` leniently (to show it on the page), which only works when
/// the rest of the file does not depend on where the reader stopped.
pub fn read_config(path: &Path) -> Result<SiteConfig, BuildError> {
    parse_config(path, &read(path)?)
}

/// [`read_config`] of text already read from `path`.
fn parse_config(path: &Path, text: &str) -> Result<SiteConfig, BuildError> {
    let invalid = |e: serde_json::Error| BuildError::file(path, e.to_string());
    let value: serde_json::Value = serde_json::from_str(text).map_err(invalid)?;
    serde_json::from_value(value).map_err(invalid)
}

/// Every bundle, English first since translations are completed from it.
/// All files are checked before failing, so an editor sees every problem.
fn load_languages(dist: &Path, warnings: &mut Vec<String>) -> Result<Vec<Language>, BuildError> {
    let bundle_path = |lang: Lang| dist.join("content").join(format!("{}.json", lang.code()));
    let english = read_bundle(&bundle_path(Lang::En), dist, None);
    let mut problems = Vec::new();
    let mut files: Vec<(Lang, BundleFile)> = Vec::new();
    match english {
        Ok(english) => {
            for lang in Lang::ALL.into_iter().skip(1) {
                match read_bundle(&bundle_path(lang), dist, Some(&english.bundle)) {
                    Ok(file) => files.push((lang, file)),
                    Err(file_problems) => problems.push(file_problems),
                }
            }
            files.insert(0, (Lang::En, english));
        }
        Err(file_problems) => problems.push(file_problems),
    }
    if !problems.is_empty() {
        return Err(BuildError::Content(problems));
    }
    let english_json = files[0].1.json.clone();
    Ok(files
        .into_iter()
        .map(|(lang, file)| {
            warnings.extend(
                file.warnings
                    .iter()
                    .map(|w| format!("{}: warning: {w}", file.path.display())),
            );
            let hash = if lang == Lang::En {
                content_hash(&[&file.json])
            } else {
                content_hash(&[&english_json, &file.json])
            };
            Language {
                lang,
                content: Arc::new(file.bundle),
                hash,
            }
        })
        .collect())
}

fn read(path: &Path) -> Result<String, BuildError> {
    std::fs::read_to_string(path).map_err(|source| BuildError::Io {
        path: path.to_owned(),
        source,
    })
}

/// The template must not hold what each page writes for itself, or every
/// page would carry it twice (one of them in the wrong language).
fn check_template(path: &Path, template: &str) -> Result<(), BuildError> {
    let head = template.split("</head>").next().unwrap_or_default();
    let refuse = |what: &str| {
        BuildError::file(
            path,
            format!("has {what}; each page writes its own, so remove it from index.html"),
        )
    };
    if head.contains("<title") {
        return Err(refuse("a <title>"));
    }
    if head.contains("name=\"description\"") {
        return Err(refuse("a meta description"));
    }
    let html_tag = template
        .split("<html")
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .unwrap_or_default();
    if html_tag.contains("lang=") {
        return Err(refuse("a lang on <html>"));
    }
    Ok(())
}

/// The `href` of the template's `<base>`.
fn base_href(template: &str) -> Option<&str> {
    let tag = template.split("<base").nth(1)?.split('>').next()?;
    let value = tag.split("href=\"").nth(1)?;
    value.split('"').next()
}

/// Addresses reserved for examples (RFC 2606) or on this machine only.
fn is_placeholder(origin: &str) -> bool {
    let host = origin.split("://").nth(1).unwrap_or(origin);
    let host = host.split(':').next().unwrap_or(host);
    host == "localhost"
        || host == "127.0.0.1"
        || ["example", "example.org", "example.com", "example.net"]
            .iter()
            .any(|reserved| host == *reserved || host.ends_with(&format!(".{reserved}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_comes_from_the_template() {
        let template = r#"<html><head><base href="/sub/" /></head><body></body></html>"#;
        assert_eq!(base_href(template), Some("/sub/"));
        assert_eq!(base_href("<html><head></head></html>"), None);
    }

    #[test]
    fn a_template_with_page_tags_is_refused() {
        let path = Path::new("index.html");
        let ok = "<html><head><meta charset=\"utf-8\"></head><body></body></html>";
        assert!(check_template(path, ok).is_ok());
        for bad in [
            "<html><head><title>x</title></head><body></body></html>",
            "<html><head><meta name=\"description\" content=\"x\"></head><body></body></html>",
            "<html lang=\"en\"><head></head><body></body></html>",
        ] {
            let error = check_template(path, bad).unwrap_err().to_string();
            assert!(error.starts_with("index.html: has "), "{error}");
        }
    }

    #[test]
    fn example_addresses_are_placeholders() {
        assert!(is_placeholder("https://inspir.example.org"));
        assert!(is_placeholder("http://localhost:8080"));
        assert!(!is_placeholder("https://www.network.ngo"));
    }
}
