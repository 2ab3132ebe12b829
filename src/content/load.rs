use futures::future::join;
use gloo_net::http::Request;
use inspir_content::{Bundle, fill_from_english};
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{ContentError, SiteConfig};
use crate::i18n::Lang;

/// Relative to the document's `<base href>`, like every fetch here.
const CONFIG_URL: &str = "config.json";

/// Fetches the configuration, then the bundle for `lang`.
///
/// A missing `config.json` means "use the bundled files"; a broken one is an
/// error, because silently ignoring a deployer's setting hides their mistake.
///
/// Another language is fetched together with English, which fills whatever
/// the translation lacks (marked, so the page says so). A translation that
/// cannot be loaded at all leaves the page in English rather than blank.
pub async fn load_bundle(lang: Lang) -> Result<Bundle, ContentError> {
    let config = match fetch_json::<SiteConfig>(CONFIG_URL).await {
        Err(ContentError::Status { status: 404, .. }) => SiteConfig::default(),
        other => other?,
    };
    let (english_url, translation_url) = (config.bundle_url(Lang::En), config.bundle_url(lang));
    let english = fetch_json::<Bundle>(&english_url);
    if lang == Lang::En {
        return english.await;
    }
    let translation = fetch_json::<Bundle>(&translation_url);
    match join(english, translation).await {
        (Ok(english), Ok(translation)) => Ok(fill_from_english(translation, &english).bundle),
        (Ok(english), Err(problem)) => {
            leptos::logging::warn!("{problem}; showing English");
            Ok(fill_from_english(Bundle::default(), &english).bundle)
        }
        (Err(_), Ok(translation)) => Ok(translation),
        (Err(problem), Err(_)) => Err(problem),
    }
}

async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, ContentError> {
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
    let invalid = |reason: String| ContentError::Invalid {
        url: url.to_owned(),
        reason,
    };
    // The browser parses the JSON (Response.json), so no JSON parser ships
    // in the wasm; serde then reads the resulting JavaScript value.
    let json = web_sys::Response::from(response)
        .json()
        .map_err(|e| invalid(js_message(&e)))?;
    let value = JsFuture::from(json)
        .await
        .map_err(|e| invalid(js_message(&e)))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| invalid(e.to_string()))
}

/// The message of a JavaScript error, such as JSON.parse's SyntaxError.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "unreadable response".into())
}
