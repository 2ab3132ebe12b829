//! Which language a visitor starts in. Only a visit to the home page at `/`
//! is ever redirected: to the language they chose before, or on their first
//! visit to the one their browser prefers. A deep link is never redirected.

use leptos::prelude::*;

use super::Lang;
use crate::routes::{BaseUrl, Page, Route};

const STORAGE_KEY: &str = "inspir-lang";

/// The language to open `/` in.
pub fn start_language(remembered: Option<&str>, preferred: &[String]) -> Lang {
    remembered
        .and_then(Lang::from_code)
        .or_else(|| preferred.iter().find_map(|code| Lang::from_code(code)))
        .unwrap_or_default()
}

/// Keeps the visitor's choice for their next visit; a browser that refuses
/// storage (private mode) simply does not remember.
pub fn remember(lang: Lang) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

fn remembered() -> Option<String> {
    window().local_storage().ok()??.get_item(STORAGE_KEY).ok()?
}

fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|code| code.as_string())
        .collect()
}

/// Before the app starts: on `/` only, switch the address to the start
/// language's home page without a reload or a history entry.
pub fn redirect_home_to_start_language(base: &BaseUrl) {
    let path = window().location().pathname().unwrap_or_default();
    if path != base.as_str() && format!("{path}/") != base.as_str() {
        return;
    }
    let remembered = remembered();
    let lang = start_language(remembered.as_deref(), &browser_languages());
    if remembered.is_none() {
        remember(lang);
    }
    if lang != Lang::En {
        let href = base.href(&Route::new(lang, Page::Home));
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn a_remembered_choice_wins() {
        assert_eq!(start_language(Some("es"), &langs(&["fr-FR"])), Lang::Es);
        assert_eq!(start_language(Some("en"), &langs(&["fr-FR"])), Lang::En);
    }

    #[test]
    fn otherwise_the_first_language_the_browser_prefers_that_we_have() {
        assert_eq!(
            start_language(None, &langs(&["de-DE", "fr-BE", "en"])),
            Lang::Fr
        );
        assert_eq!(start_language(None, &langs(&["es-419"])), Lang::Es);
    }

    #[test]
    fn english_when_nothing_matches() {
        assert_eq!(start_language(None, &langs(&["de", "nl"])), Lang::En);
        assert_eq!(start_language(Some("xx"), &[]), Lang::En);
    }
}
