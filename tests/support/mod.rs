//! What the host tests of rendered pages share: the fixture bundle, the
//! smallest template trunk could write, and a page rendered through the
//! pre-renderer's own function.
#![allow(dead_code)] // Each test file uses its own part.

use std::sync::Arc;

use inspir_content::Bundle;
use inspir_site::content::SiteConfig;
use inspir_site::render::render_document;
use inspir_site::routes::BaseUrl;

pub const FIXTURE: &str =
    include_str!("../../crates/content/tests/fixtures/public/content/valid.json");

/// The smallest page template the renderer accepts, like trunk's output.
pub const TEMPLATE: &str =
    "<!doctype html><html><head><meta charset=\"utf-8\"></head><body></body></html>";

pub fn fixture() -> Arc<Bundle> {
    Arc::new(serde_json::from_str(FIXTURE).expect("fixture parses"))
}

/// A `config.json` for `https://example.org` with this `newsletter` setting,
/// read the way the site reads it.
pub fn config_with(newsletter: serde_json::Value) -> SiteConfig {
    let json = serde_json::json!({"site_url": "https://example.org", "newsletter": newsletter});
    serde_json::from_value(json).expect("config parses")
}

/// A Formspree form: the pages show a working form.
pub fn formspree() -> SiteConfig {
    config_with(serde_json::json!({"provider": "formspree", "url": "https://formspree.io/f/test"}))
}

/// The whole document the pre-renderer writes for `path`, under `base`.
pub fn render_page(base: &str, config: &SiteConfig, path: &str, content: Arc<Bundle>) -> String {
    render_document(
        TEMPLATE,
        &BaseUrl::new(base),
        config,
        path.trim_start_matches('/'),
        content,
    )
    .expect("the page renders")
}

/// Where each form other than search starts (the header of every page has
/// a search form): the newsletter forms.
pub fn newsletter_form_starts(html: &str) -> Vec<usize> {
    html.match_indices("<form")
        .map(|(i, _)| i)
        .filter(|&i| {
            let tag = &html[i..i + html[i..].find('>').unwrap_or_default()];
            !tag.contains(r#"role="search""#)
        })
        .collect()
}
