//! Every route in every language, and each language's not-found and
//! offline pages, rendered by the site's own components into trunk's template.

use inspir_site::content::CONFIG_FILE;
use inspir_site::i18n::Lang;
use inspir_site::pages::lead_picture;
use inspir_site::prerendered::{CONTENT_HASH_ATTR, PICTURE_ATTR, PRELOAD_ATTR};
use inspir_site::render::render_document;
use inspir_site::routes::{Page, Route};

use crate::BuildError;
use crate::output::Output;
use crate::site::{Language, Site};
use inspir_site::markup::escape;

/// Writes the pages; returns the routes written, for the sitemap.
pub fn write(site: &Site, out: &mut Output) -> Result<Vec<Route>, BuildError> {
    let mut written = Vec::new();
    for language in &site.languages {
        let template = template_for(site, language);
        let routes = Route::all_in(language.lang, &language.content);
        let own_files = [Page::NotFound, Page::Offline].map(|p| Route::new(language.lang, p));
        for route in routes.iter().chain(&own_files) {
            let file = route.output_file();
            // The address the page is read from: a not-found or offline page
            // is read from its own file name, which parses back to the same route.
            let path = match route.page {
                Page::NotFound | Page::Offline => file.clone(),
                _ => route.path(),
            };
            let html = render_document(
                &template,
                &site.base,
                &site.config,
                &path,
                language.content.clone(),
            )
            .map_err(|e| BuildError::file(site.dist.join(&file), e.to_string()))?;
            let picture = lead_picture(&route.page, &language.content)
                .and_then(|image| site.base.resolve(&image.src));
            let html = match picture {
                Some(src) => with_html_attr(&html, PICTURE_ATTR, &src),
                None => html,
            };
            out.write(&file, html)?;
        }
        written.extend(routes);
    }
    Ok(written)
}

/// `html` with `name="value"` added last to its `<html>` tag; unchanged
/// if it has none.
fn with_html_attr(html: &str, name: &str, value: &str) -> String {
    let Some(tag_end) = html
        .find("<html")
        .and_then(|start| html[start..].find('>').map(|end| start + end))
    else {
        return html.to_owned();
    };
    format!(
        r#"{} {name}="{}"{}"#,
        &html[..tag_end],
        escape(value),
        &html[tag_end..]
    )
}

/// trunk's template with what depends on the language but not the page:
/// the fingerprint of the content, and what the app fetches first (English
/// always, since it completes translations).
fn template_for(site: &Site, language: &Language) -> String {
    let mut first = vec![CONFIG_FILE.to_owned(), site.config.bundle_url(Lang::En)];
    if language.lang != Lang::En {
        first.push(site.config.bundle_url(language.lang));
    }
    let template = with_html_attr(&site.template, CONTENT_HASH_ATTR, &language.hash);
    with_html_attr(&template, PRELOAD_ATTR, &first.join(" "))
}
