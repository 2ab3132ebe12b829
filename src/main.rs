use inspir_site::app::App;
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
    // The page ships a <noscript> message and a static fallback in <body>;
    // the app replaces it.
    if let Some(fallback) = document().get_element_by_id("boot") {
        fallback.remove();
    }
    inspir_site::i18n::preference::redirect_home_to_start_language(&base);
    mount_to_body(move || view! { <App base /> });
}
