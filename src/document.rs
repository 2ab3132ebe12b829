//! What a page shows outside `<body>`: its title and language. The
//! pre-renderer writes them with the rest of the head (through
//! leptos_meta, on the host only). In the browser, nobody reads a live
//! page's other head tags, so the app keeps none of that code: it sets the
//! title and language itself, and after the first navigation it removes
//! the pre-rendered tags, which describe the page the visitor came in on.

use leptos::prelude::*;

use crate::i18n::Lang;

/// The document's `<title>`. On the host, leptos_meta's `<Title>`, which
/// writes its text as it is, so it is escaped here.
#[cfg(feature = "ssr")]
#[component]
pub fn DocumentTitle(text: String) -> impl IntoView {
    view! { <leptos_meta::Title text=crate::markup::escape(&text) /> }
}

/// The document's `<title>`, set as the page is built.
#[cfg(not(feature = "ssr"))]
#[component]
pub fn DocumentTitle(text: String) -> impl IntoView {
    document().set_title(&text);
}

/// `<html lang>`, which follows the language shown.
#[cfg(feature = "ssr")]
#[component]
pub fn HtmlLang(lang: Memo<Lang>) -> impl IntoView {
    view! { <leptos_meta::Html {..} lang=move || lang.get().code() /> }
}

/// `<html lang>`, which follows the language shown.
#[cfg(not(feature = "ssr"))]
#[component]
pub fn HtmlLang(lang: Memo<Lang>) -> impl IntoView {
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });
}

/// Removes the head tags the pre-renderer wrote for the first page (they
/// follow the marker comment), once the visitor has left that page: its
/// description, canonical address and link previews are not the new
/// page's, and a browser's "share" would otherwise offer the old address.
#[cfg(not(feature = "ssr"))]
pub fn remove_prerendered_head() {
    use crate::prerendered::HEAD_MARKER;
    use web_sys::Node;

    let Some(head) = document().head() else {
        return;
    };
    let nodes = head.child_nodes();
    let marker = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .find(|node| {
            node.node_type() == Node::COMMENT_NODE
                && node.text_content().as_deref() == Some(HEAD_MARKER)
        });
    let mut next = marker.and_then(|m| m.next_sibling());
    while let Some(node) = next {
        next = node.next_sibling();
        if !stays(&node) {
            let _ = head.remove_child(&node);
        }
    }
}

/// The title stays (the app sets its text), and so do the links that make
/// the site installable, which hold for every page.
#[cfg(not(feature = "ssr"))]
fn stays(node: &web_sys::Node) -> bool {
    use wasm_bindgen::JsCast;

    let rel = node
        .dyn_ref::<web_sys::Element>()
        .and_then(|element| element.get_attribute("rel"));
    node.node_name() == "TITLE" || matches!(rel.as_deref(), Some("manifest" | "apple-touch-icon"))
}
