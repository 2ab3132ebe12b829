//! Whole pages rendered to HTML on the host, for the pre-renderer and the
//! host tests: the same `App` the browser runs, given its content up front,
//! with its head tags collected by leptos_meta.

use std::sync::Arc;

use any_spawner::Executor;
use futures::StreamExt;
use inspir_content::Bundle;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::App;
use crate::content::{ContentStore, SiteConfig};
use crate::context::provide_origin;
use crate::prerendered::HEAD_MARKER;
use crate::routes::{BaseUrl, Route};

/// Why a page could not be rendered.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum RenderError {
    #[error("the page template has no {0}")]
    Template(&'static str),
    #[error("config.json: {0}")]
    SiteUrl(String),
}

/// The HTML document of the page at `path` (relative to the base, e.g.
/// `fr/allies`): `template` (trunk's `index.html`, whose `<html>` has no
/// `lang` and whose head has no title or description) with the page's
/// `lang`, head tags and body. `content` is the bundle of the path's
/// language.
///
/// The body is exactly what the app renders first in the browser, so the
/// app can take the page over without a visible change.
pub fn render_document(
    template: &str,
    base: &BaseUrl,
    config: &SiteConfig,
    path: &str,
    content: Arc<Bundle>,
) -> Result<String, RenderError> {
    let lang = Route::parse(path).lang;
    let origin = config.origin().map_err(RenderError::SiteUrl)?;
    let document = with_body_slot(template)?;
    // leptos_meta waits for one tick of an executor before collecting tags.
    let _ = Executor::init_futures_executor();
    let owner = Owner::new();
    let html = owner.with(|| {
        let (meta, output) = ServerMetaContext::new();
        provide_context(meta);
        provide_context(RequestUrl::new(&base.file(path)));
        provide_origin(origin);
        let store = ContentStore::new(config.clone(), lang, Ok(content));
        let base = base.clone();
        let body = valid_markers(&view! { <App base store /> }.to_html());
        let page = document.replacen(BODY_SLOT, &body, 1);
        futures::executor::block_on(async {
            output
                .inject_meta_context(futures::stream::iter([page]))
                .await
                .collect::<String>()
                .await
        })
    });
    owner.cleanup();
    Ok(html)
}

/// Stands for the app's body while the template is prepared.
const BODY_SLOT: &str = "\u{0}app\u{0}";

/// The template with the head marker at the end of `<head>` and a slot for
/// the app at the start of `<body>`, before anything trunk put there (its
/// live-reload script under `trunk serve`).
fn with_body_slot(template: &str) -> Result<String, RenderError> {
    let head_end = template
        .find("</head>")
        .ok_or(RenderError::Template("</head>"))?;
    let body_start = template[head_end..]
        .find("<body")
        .and_then(|i| {
            let open = head_end + i;
            template[open..].find('>').map(|j| open + j + 1)
        })
        .ok_or(RenderError::Template("<body>"))?;
    if !template[body_start..].contains("</body>") {
        return Err(RenderError::Template("</body>"));
    }
    Ok([
        &template[..head_end],
        "<!--",
        HEAD_MARKER,
        "-->",
        &template[head_end..body_start],
        BODY_SLOT,
        &template[body_start..],
    ]
    .concat())
}

/// `html` with each of Leptos' `<!>` markers (an empty comment, which the
/// HTML parser accepts only as a "bogus comment" error) written as the valid
/// `<!---->`, which parses to the same empty comment node. Only markers
/// between elements change: not text in a quoted attribute value, nor a
/// real comment. (Text content reaches here escaped, so a `<` there always
/// starts markup.)
fn valid_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let end = if let Some(after) = rest.strip_prefix("<!>") {
            out.push_str("<!---->");
            rest = after;
            continue;
        } else if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |i| i + 3)
        } else {
            tag_end(rest)
        };
        out.push_str(&rest[..end]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The length of the tag at the start of `html`, up to its closing `>`
/// outside quotes (or all of `html`, if it never closes).
fn tag_end(html: &str) -> usize {
    let mut quote = None;
    for (i, c) in html.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_gets_a_head_marker_and_a_body_slot() {
        let doc = with_body_slot("<html><head><meta charset=\"utf-8\"></head><body class=\"x\"><script>r</script></body></html>")
            .expect("a template");
        assert_eq!(
            doc,
            format!(
                "<html><head><meta charset=\"utf-8\"><!--{HEAD_MARKER}--></head><body class=\"x\">{BODY_SLOT}<script>r</script></body></html>"
            )
        );
    }

    #[test]
    fn empty_markers_are_written_as_valid_comments_and_nothing_else_changes() {
        assert_eq!(
            valid_markers("<p>a<!>b</p><!><a title=\"x<!>y\" alt='<!>'>c</a><!-- <!> -->"),
            "<p>a<!---->b</p><!----><a title=\"x<!>y\" alt='<!>'>c</a><!-- <!> -->"
        );
        assert_eq!(valid_markers("&lt;!&gt; <br>"), "&lt;!&gt; <br>");
        assert_eq!(valid_markers("<a href=\"x"), "<a href=\"x");
    }

    #[test]
    fn a_template_without_head_or_body_is_refused() {
        assert_eq!(
            with_body_slot("<html><body></body></html>"),
            Err(RenderError::Template("</head>"))
        );
        assert_eq!(
            with_body_slot("<html><head></head></html>"),
            Err(RenderError::Template("<body>"))
        );
    }
}
