use inspir_site::routes::BaseUrl;
use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    let base = document()
        .base_uri()
        .ok()
        .flatten()
        .map(|url| BaseUrl::from_url(&url))
        .unwrap_or_default();
    inspir_site::i18n::preference::redirect_home_to_start_language(&base);
    // The page is already on screen, pre-rendered; the app takes it over
    // once its content has arrived.
    // Not leptos::task::spawn_local: its executor starts with the app.
    wasm_bindgen_futures::spawn_local(inspir_site::takeover::start(base));
}
