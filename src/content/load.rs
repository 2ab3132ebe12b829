use futures::future::join;
use gloo_net::http::Request;
use inspir_content::{Bundle, content_hash, fill_from_english};
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

use super::{ContentError, SiteConfig};
use crate::i18n::Lang;

/// Relative to the document's `<base href>`, like every fetch here.
pub const CONFIG_FILE: &str = "config.json";

/// A language's content as the site shows it, and the fingerprint of the
/// files it came from (the pre-renderer computes the same one).
#[derive(Clone, Debug)]
pub struct Fetched {
    pub bundle: Bundle,
    pub hash: String,
}

/// The deployment settings, and the text they were read from (for the
/// page's fingerprint). A missing `config.json` means "use the bundled
/// files"; a broken one is an error, because silently ignoring a deployer's
/// setting hides their mistake.
pub async fn load_config() -> Result<(SiteConfig, String), ContentError> {
    match fetch_json::<SiteConfig>(CONFIG_FILE).await {
        Err(ContentError::Status { status: 404, .. }) => Ok((SiteConfig::default(), String::new())),
        other => other,
    }
}

/// Fetches the bundle for `lang`.
///
/// Another language is fetched together with English, which fills whatever
/// the translation lacks (marked, so the page says so). A translation that
/// cannot be loaded at all leaves the page in English rather than blank.
pub async fn load_bundle(config: &SiteConfig, lang: Lang) -> Result<Fetched, ContentError> {
    let (english_url, translation_url) = (config.bundle_url(Lang::En), config.bundle_url(lang));
    let english = fetch_json::<Bundle>(&english_url);
    if lang == Lang::En {
        let (bundle, text) = english.await?;
        let hash = content_hash(&[&text]);
        return Ok(Fetched { bundle, hash });
    }
    let translation = fetch_json::<Bundle>(&translation_url);
    match join(english, translation).await {
        (Ok((english, en_text)), Ok((translation, text))) => Ok(Fetched {
            bundle: fill_from_english(translation, &english).bundle,
            hash: content_hash(&[&en_text, &text]),
        }),
        (Ok((english, en_text)), Err(problem)) => {
            leptos::logging::warn!("{problem}; showing English");
            Ok(Fetched {
                bundle: fill_from_english(Bundle::default(), &english).bundle,
                hash: content_hash(&[&en_text]),
            })
        }
        (Err(_), Ok((bundle, text))) => Ok(Fetched {
            bundle,
            hash: content_hash(&[&text]),
        }),
        (Err(problem), Err(_)) => Err(problem),
    }
}

/// The value at `url` and the text it was read from (for the hash).
async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<(T, String), ContentError> {
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
    let invalid = |reason: String| ContentError::Invalid {
        url: url.to_owned(),
        reason,
    };
    // The browser parses the JSON (JSON.parse), so no JSON parser ships in
    // the wasm; serde then reads the resulting JavaScript value.
    let value = js_sys::JSON::parse(&text).map_err(|e| invalid(js_message(&e)))?;
    let value = serde_wasm_bindgen::from_value(value).map_err(|e| invalid(e.to_string()))?;
    Ok((value, text))
}

/// The message of a JavaScript error, such as JSON.parse's SyntaxError.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "unreadable response".into())
}
