//! The parts of WordPress's REST answers (`/wp/v2/pages`, `posts`, `media`,
//! `categories`) the import reads. Every field has a default: a site whose
//! plugins drop a field gives a warning about that item, not a parse error.

use std::collections::BTreeMap;

use serde::Deserialize;

/// `{"rendered": "…"}`, as WordPress sends titles, contents and excerpts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Rendered {
    pub rendered: String,
}

/// A page or a post.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Post {
    pub id: u64,
    pub slug: String,
    /// Publication date, `2020-06-30T10:00:00`.
    pub date: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub title: Rendered,
    pub content: Rendered,
    pub excerpt: Rendered,
    pub parent: u64,
    pub menu_order: i64,
    pub featured_media: u64,
    /// Advanced Custom Fields, when the site exposes them (`[]` when none).
    pub acf: serde_json::Value,
    /// Polylang: the item's language, and its translations' ids by language.
    pub lang: Option<String>,
    pub translations: BTreeMap<String, u64>,
}

/// A media library item: an image or a file such as a PDF.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Media {
    pub id: u64,
    pub slug: String,
    pub date: String,
    pub title: Rendered,
    pub caption: Rendered,
    pub description: Rendered,
    pub alt_text: String,
    pub mime_type: String,
    pub source_url: String,
    pub media_details: MediaDetails,
    /// The page or post it is attached to.
    pub post: Option<u64>,
    pub acf: serde_json::Value,
    pub lang: Option<String>,
    pub translations: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MediaDetails {
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Category {
    pub id: u64,
    pub slug: String,
    pub name: String,
    pub translations: BTreeMap<String, u64>,
}

/// What an item is called in a warning, e.g. `page 42 "Gender equality"`.
pub fn describe(kind: &str, id: u64, title: &str) -> String {
    let title = crate::html::text(title);
    if title.is_empty() {
        format!("{kind} {id}")
    } else {
        format!("{kind} {id} \"{title}\"")
    }
}

/// A custom field as text: ACF sends strings, numbers, or `false` when unset.
pub fn acf_text(acf: &serde_json::Value, field: &str) -> Option<String> {
    match acf.get(field)? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The year of a `2020-06-30T10:00:00` date.
pub fn year_of(date: &str) -> Option<u16> {
    date.get(..4)?.parse().ok()
}

impl Post {
    pub fn describe(&self) -> String {
        let kind = if self.kind.is_empty() {
            "item"
        } else {
            &self.kind
        };
        describe(kind, self.id, &self.title.rendered)
    }
}

impl Media {
    pub fn describe(&self) -> String {
        describe("media", self.id, &self.title.rendered)
    }
}
