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

/// The deployment settings, and the text they were read from (for the
/// page's fingerprint). A missing `config.json` means "use the bundled
/// files"; a broken one is an error, because silently ignoring a deployer's
/// setting hides their mistake.
pub async fn load_config() -> Result<(SiteConfig, String), ContentError> {
    match fetch_text(CONFIG_FILE).await {
        Ok(file) => Ok((parse(&file)?, file.text)),
        Err(ContentError::Status { status: 404, .. }) => Ok((SiteConfig::default(), String::new())),
        Err(error) => Err(error),
    }
}

/// Fetches the bundle files for `lang`: another language's together with
/// English. Fails only when none of them can be fetched.
pub async fn fetch_bundle(config: &SiteConfig, lang: Lang) -> Result<Fetched, ContentError> {
    let (english_url, translation_url) = (config.bundle_url(Lang::En), config.bundle_url(lang));
    let (english, translation) = if lang == Lang::En {
        (fetch_text(&english_url).await, None)
    } else {
        let (english, translation) =
            join(fetch_text(&english_url), fetch_text(&translation_url)).await;
        (english, Some(translation))
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
        let english = self.english.and_then(|file| parse::<Bundle>(&file));
        let Some(translation) = self.translation else {
            return english;
        };
        match (english, translation.and_then(|file| parse::<Bundle>(&file))) {
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
fn parse<T: DeserializeOwned>(file: &File) -> Result<T, ContentError> {
    let invalid = |reason: String| ContentError::Invalid {
        url: file.url.clone(),
        reason,
    };
    let value = js_sys::JSON::parse(&file.text).map_err(|e| invalid(js_message(&e)))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| invalid(e.to_string()))
}

/// The message of a JavaScript error, such as JSON.parse's SyntaxError.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "unreadable response".into())
}
