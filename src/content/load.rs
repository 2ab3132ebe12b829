use futures::future::join;
use gloo_net::http::Request;
use inspir_content::{Bundle, content_hash, fill_from_english};
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

use super::{ContentError, SiteConfig};
use crate::i18n::Lang;

/// Relative to the document's `<base href>`, like every fetch here.
pub const CONFIG_FILE: &str = "config.json";

/// A language's bundle files as they came, not yet read. Their fingerprint
/// (the pre-renderer computes the same one) is enough to tell whether the
/// page on screen was built from them, so a page the app adopts never
/// needs the code that reads them: it is a chunk (`chunks::content`),
/// which [`Fetched::read`] runs in.
#[derive(Clone, Debug)]
pub struct Fetched {
    pub hash: String,
    /// English, which fills whatever a translation lacks.
    english: Result<File, ContentError>,
    /// The language's own file; none for English.
    translation: Option<Result<File, ContentError>>,
}

#[derive(Clone, Debug)]
struct File {
    url: String,
    text: String,
}

/// `config.json` as fetched, not yet read: a page the app adopts was
/// built from this very text, so only its fingerprint is needed at start,
/// and the code that reads it is the content chunk's
/// (`chunks::content::read_config`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConfigFile {
    /// Empty when there is no `config.json`.
    pub text: String,
}

/// Where a language's bundle files are: English, which completes a
/// translation, and the language's own file (none for English).
#[derive(Clone, Debug, PartialEq)]
pub struct BundleUrls {
    english: String,
    translation: Option<String>,
}

impl BundleUrls {
    /// Where `config` says `lang`'s files are.
    pub fn of(config: &SiteConfig, lang: Lang) -> Self {
        Self {
            english: config.bundle_url(Lang::En),
            translation: (lang != Lang::En).then(|| config.bundle_url(lang)),
        }
    }

    /// The files a page was built from, as its `<html data-preload>` lists
    /// them (`prerendered::PRELOAD_ATTR`): `config.json`, English, then
    /// the page's language unless it is English.
    pub fn preloaded(list: &str, lang: Lang) -> Option<Self> {
        let mut files = list.split_whitespace();
        if files.next() != Some(CONFIG_FILE) {
            return None;
        }
        let english = files.next()?.to_owned();
        let translation = if lang == Lang::En {
            None
        } else {
            Some(files.next()?.to_owned())
        };
        files.next().is_none().then_some(Self {
            english,
            translation,
        })
    }
}

/// The deployment settings as fetched. A missing `config.json` means "use
/// the bundled files"; a broken one is an error (when it is read), because
/// silently ignoring a deployer's setting hides their mistake.
pub async fn fetch_config() -> Result<ConfigFile, ContentError> {
    match fetch_text(CONFIG_FILE).await {
        Ok(file) => Ok(ConfigFile { text: file.text }),
        Err(ContentError::Status { status: 404, .. }) => Ok(ConfigFile::default()),
        Err(error) => Err(error),
    }
}

impl ConfigFile {
    /// The settings this text holds; the defaults for no file.
    pub fn read(&self) -> Result<SiteConfig, ContentError> {
        if self.text.is_empty() {
            return Ok(SiteConfig::default());
        }
        parse(CONFIG_FILE, &self.text)
    }
}

/// Fetches a language's bundle files at `urls`. Fails only when none of
/// them can be fetched.
pub async fn fetch_bundle(urls: &BundleUrls) -> Result<Fetched, ContentError> {
    let (english, translation) = match &urls.translation {
        None => (fetch_text(&urls.english).await, None),
        Some(translation) => {
            let (english, translation) =
                join(fetch_text(&urls.english), fetch_text(translation)).await;
            (english, Some(translation))
        }
    };
    if let (Err(problem), None | Some(Err(_))) = (&english, &translation) {
        return Err(problem.clone());
    }
    let texts: Vec<&str> = [Some(&english), translation.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|file| file.as_ref().ok().map(|f| f.text.as_str()))
        .collect();
    let hash = content_hash(&texts);
    Ok(Fetched {
        hash,
        english,
        translation,
    })
}

impl Fetched {
    /// The bundle as the site shows it. A translation that cannot be read
    /// leaves the page in English rather than blank; what it lacks is
    /// filled from English (marked, so the page says so).
    pub fn read(self) -> Result<Bundle, ContentError> {
        let english = self
            .english
            .and_then(|file| parse::<Bundle>(&file.url, &file.text));
        let Some(translation) = self.translation else {
            return english;
        };
        match (
            english,
            translation.and_then(|file| parse::<Bundle>(&file.url, &file.text)),
        ) {
            (Ok(english), Ok(translation)) => Ok(fill_from_english(translation, &english).bundle),
            (Ok(english), Err(problem)) => {
                leptos::logging::warn!("{problem}; showing English");
                Ok(fill_from_english(Bundle::default(), &english).bundle)
            }
            (Err(_), Ok(translation)) => Ok(translation),
            (Err(problem), Err(_)) => Err(problem),
        }
    }
}

/// The text at `url`.
async fn fetch_text(url: &str) -> Result<File, ContentError> {
    let network = |e: gloo_net::Error| ContentError::Network {
        url: url.to_owned(),
        reason: e.to_string(),
    };
    let response = Request::get(url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(ContentError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(network)?;
    Ok(File {
        url: url.to_owned(),
        text,
    })
}

/// The value `file` holds. The browser parses the JSON (JSON.parse), so no
/// JSON parser ships in the wasm; serde then reads the resulting
/// JavaScript value.
fn parse<T: DeserializeOwned>(url: &str, text: &str) -> Result<T, ContentError> {
    let invalid = |reason: String| ContentError::Invalid {
        url: url.to_owned(),
        reason,
    };
    let value = js_sys::JSON::parse(text).map_err(|e| invalid(js_message(&e)))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| invalid(e.to_string()))
}

/// The message of a JavaScript error, such as JSON.parse's SyntaxError.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "unreadable response".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_s_list_of_files_gives_its_bundles_or_nothing() {
        let config = SiteConfig::default();
        let english = "config.json content/en.json";
        let french = "config.json content/en.json content/fr.json";
        assert_eq!(
            BundleUrls::preloaded(english, Lang::En),
            Some(BundleUrls::of(&config, Lang::En))
        );
        assert_eq!(
            BundleUrls::preloaded(french, Lang::Fr),
            Some(BundleUrls::of(&config, Lang::Fr))
        );
        // A list that does not fit the page is read as no list: the app
        // then reads config.json to find the files.
        for (list, lang) in [
            (english, Lang::Fr),
            (french, Lang::En),
            ("content/en.json", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(BundleUrls::preloaded(list, lang), None, "{list}");
        }
    }
}
