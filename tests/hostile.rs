//! Pages rendered from bundles full of hostile text and links (proptest),
//! through the pre-renderer's own function: no text ever becomes an element
//! or an attribute, and no address but http(s) and the site's own paths
//! ever becomes an `href`, `src` or head URL.
//!
//! Run with `cargo test -p inspir-site --features ssr`.
#![cfg(feature = "ssr")]

mod support;

use std::sync::Arc;

use inspir_content::Bundle;
use proptest::prelude::*;
use scraper::Html;
use serde_json::Value;

use support::FIXTURE;
/// Keys whose strings are addresses or names other items refer to, not text.
const NOT_TEXT: [&str; 8] = [
    "url", "src", "file", "slug", "figure", "id", "language", "format",
];
const LINKS: [&str; 3] = ["url", "src", "file"];
const PAGES: [&str; 6] = [
    "",
    "what-we-do",
    "what-we-do/first-theme",
    "allies",
    "reports",
    "fr/newsletter",
];

fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img src=x onerror=alert(1)>".to_owned()),
        Just("</title><style>*{display:none}</style>".to_owned()),
        Just("' onmouseover='alert(1)".to_owned()),
        Just("<!-- --><![CDATA[ ]]>&amp;&lt;&#x3c;".to_owned()),
        Just("\u{202e}\u{200b}\u{200d}\u{feff}\u{2028}".to_owned()),
        Just("w".repeat(20_000)),
        "[<>\"'&=/a-z ]{0,40}",
        "\\PC{0,60}",
    ]
}

fn hostile_link() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("javascript:alert(1)".to_owned()),
        Just(" JaVaScRiPt:alert(1)".to_owned()),
        Just("data:text/html,<script>alert(1)</script>".to_owned()),
        Just("vbscript:msgbox(1)".to_owned()),
        Just("//evil.example/x.svg".to_owned()),
        Just("https://ok.example/a\"onerror=\"alert(1)".to_owned()),
        Just("images/../../etc/passwd".to_owned()),
        Just("images/dot.svg".to_owned()),
        Just("https://usp2030.org/".to_owned()),
        "[a-z:/\\\\.\"' <>]{0,30}",
    ]
}

/// Every string leaf of the fixture, with the key it sits under.
fn leaves(value: &mut Value, key: &str, out: &mut Vec<(String, *mut String)>) {
    match value {
        Value::String(s) => out.push((key.to_owned(), s as *mut String)),
        Value::Array(items) => items.iter_mut().for_each(|v| leaves(v, key, out)),
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| leaves(v, k, out)),
        _ => {}
    }
}

/// The fixture with its text leaves and link leaves replaced in turn.
fn bundle(texts: &[String], links: &[String]) -> (Bundle, Bundle) {
    let mut value: Value = serde_json::from_str(FIXTURE).unwrap();
    let mut plain = value.clone();
    let mut found = Vec::new();
    leaves(&mut value, "", &mut found);
    let mut plain_found = Vec::new();
    leaves(&mut plain, "", &mut plain_found);
    let (mut t, mut l) = (texts.iter().cycle(), links.iter().cycle());
    for ((key, leaf), (_, plain_leaf)) in found.into_iter().zip(plain_found) {
        // SAFETY: each pointer is to a distinct leaf of a value alive here.
        let (leaf, plain_leaf) = unsafe { (&mut *leaf, &mut *plain_leaf) };
        if LINKS.contains(&key.as_str()) {
            let link = l.next().unwrap().clone();
            *leaf = link.clone();
            *plain_leaf = link;
        } else if !NOT_TEXT.contains(&key.as_str()) {
            let text = t.next().unwrap().clone();
            // The plain twin keeps emptiness, which may rightly change the page.
            *plain_leaf = if text.trim().is_empty() {
                text.clone()
            } else {
                "plain".into()
            };
            *leaf = text;
        }
    }
    (
        serde_json::from_value(value).unwrap(),
        serde_json::from_value(plain).unwrap(),
    )
}

/// With a working newsletter form, so its text (the privacy note) is tested too.
fn render(path: &str, content: Bundle) -> String {
    support::render_page("/", &support::formspree(), path, Arc::new(content))
}

/// The document's shape: each element's name and attribute names, in order.
fn shape(html: &str) -> Vec<String> {
    Html::parse_document(html)
        .tree
        .values()
        .filter_map(|node| node.as_element())
        .map(|el| {
            let mut names: Vec<&str> = el.attrs().map(|(name, _)| name).collect();
            names.sort();
            format!("{}[{}]", el.name(), names.join(" "))
        })
        .collect()
}

/// Every address in the document: href, src, and head URLs.
fn addresses(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut found = Vec::new();
    for node in document.tree.values().filter_map(|n| n.as_element()) {
        for (name, value) in node.attrs() {
            let url_property = node
                .attr("property")
                .is_some_and(|p| p.ends_with(":url") || p.ends_with(":image"));
            let url_name = node.attr("name") == Some("twitter:image");
            let is_url_meta = name == "content" && (url_property || url_name);
            if matches!(name, "href" | "src" | "srcset" | "action" | "formaction") || is_url_meta {
                found.push(value.to_owned());
            }
        }
    }
    found
}

fn is_safe_address(address: &str) -> bool {
    let lower = address.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with('/'))
        && !lower.starts_with("//")
        && !address.contains(['"', '<', '>', ' ', '\\'])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_content_becomes_markup_and_no_link_becomes_unsafe(
        texts in prop::collection::vec(hostile_text(), 1..24),
        links in prop::collection::vec(hostile_link(), 1..6),
    ) {
        let (hostile, plain) = bundle(&texts, &links);
        for path in PAGES {
            let html = render(path, hostile.clone());
            prop_assert_eq!(shape(&html), shape(&render(path, plain.clone())), "{}", path);
            for address in addresses(&html) {
                prop_assert!(is_safe_address(&address), "{} on {}", address, path);
            }
            prop_assert!(!html.contains("<script>alert"), "{}", path);
        }
    }
}
