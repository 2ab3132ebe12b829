//! What WordPress 6 writes into an item's HTML, shape by shape, read on
//! purpose (README, "What the import reads"). Text blocks (paragraphs,
//! headings, lists, quotes, and the text inside columns, groups and
//! covers) become paragraphs. Pictures are set apart with their captions,
//! so a caption never becomes body text. What the site cannot show
//! (embeds, tables, buttons, files, video, forms, the site's own widgets,
//! a plugin's shortcodes) is set aside for a warning, never left as stray
//! text. Only text is kept, so nothing executable survives.

use std::fmt;

use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::{CaseSensitivity, Html, Node};

use crate::shortcodes;

/// What one item's HTML holds.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Body {
    /// One per paragraph, heading, list item or quote line; whitespace
    /// collapsed, none empty.
    pub paragraphs: Vec<String>,
    pub pictures: Vec<Picture>,
    pub left_out: Vec<LeftOut>,
}

/// A picture in an item's text: an image block, a `[caption]`, an image
/// in a paragraph, a cover's background, a media-and-text block's media.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Its media library id (WordPress marks the image `wp-image-<id>`).
    pub media: Option<u64>,
    pub src: String,
    pub alt: String,
    /// The caption written with it, if any.
    pub caption: String,
}

impl Picture {
    /// How an editor recognises it: its alt text, caption, else file name.
    pub fn name(&self) -> String {
        [&self.alt, &self.caption]
            .into_iter()
            .find(|t| !t.is_empty())
            .cloned()
            .unwrap_or_else(|| self.src.rsplit('/').next().unwrap_or_default().to_owned())
    }
}

/// Something in an item's text the content model cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut {
    /// A gallery block or `[gallery]`, with its number of pictures.
    Gallery(usize),
    /// An embed block, an iframe, or a bare address WordPress could not
    /// turn into one.
    Embed(String),
    /// A table, named by its caption or first cells.
    Table(String),
    /// A button block: its label and address.
    Button(String, String),
    /// A file block: the file's name.
    File(String),
    /// A video or audio player.
    Player(&'static str),
    /// A form, from a plugin or written by hand.
    Form,
    /// One of WordPress's own blocks that lists the site's things
    /// (latest posts, categories, a search box), e.g. "latest posts".
    Widget(String),
    /// A plugin's shortcode that WordPress left as text, by name.
    Shortcode(String),
}

impl fmt::Display for LeftOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Gallery(1) => f.write_str("a gallery of 1 picture"),
            Self::Gallery(n) => write!(f, "a gallery of {n} pictures"),
            Self::Embed(url) if url.is_empty() => f.write_str("an embed"),
            Self::Embed(url) => write!(f, "an embed of {url}"),
            Self::Table(name) => write!(f, "a table (\"{name}\")"),
            Self::Button(label, url) if url.is_empty() => write!(f, "a button \"{label}\""),
            Self::Button(label, url) => write!(f, "a button \"{label}\" to {url}"),
            Self::File(name) => write!(f, "a file to download (\"{name}\")"),
            Self::Player(kind) => write!(f, "{kind} player"),
            Self::Form => f.write_str("a form"),
            Self::Widget(name) => write!(f, "a \"{name}\" block"),
            Self::Shortcode(name) => write!(f, "the shortcode [{name}]"),
        }
    }
}

/// Reads one item's HTML (`content.rendered`, an excerpt, a description).
pub fn read(html: &str) -> Body {
    let fragment = Html::parse_fragment(html);
    let mut reader = Reader::default();
    reader.children(*fragment.root_element());
    reader.flush();
    reader.body
}

/// Code, never text: silently gone.
const CODE: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "math",
];

/// Elements that end one paragraph and start the next.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "dl",
    "dt",
    "dd",
    "address",
    "details",
    "summary",
    "figure",
    "br",
];

/// WordPress's blocks that list the site's own things: on this site they
/// would link to pages that are not here.
const WIDGETS: &[&str] = &[
    "wp-block-latest-posts",
    "wp-block-latest-comments",
    "wp-block-archives",
    "wp-block-categories",
    "wp-block-page-list",
    "wp-block-navigation",
    "wp-block-search",
    "wp-block-calendar",
    "wp-block-tag-cloud",
    "wp-block-rss",
    "wp-block-social-links",
    "wp-block-loginout",
    "wp-block-query",
];

/// Embeds that WordPress or the provider writes as a quote of the embedded
/// text (another WordPress post, a tweet, a post on Instagram or TikTok):
/// that text is theirs, not the item's.
const EMBEDDED_QUOTES: &[&str] = &[
    "wp-embedded-content",
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
];

/// What an element is, as far as the import is concerned.
enum Shape {
    Code,
    Picture,
    Gallery,
    Embed,
    Table,
    Button,
    File,
    Player(&'static str),
    Form,
    Widget(String),
    /// Its text is the quote's; a `<cite>` in it is the attribution.
    Quote,
    /// A separator or a spacer: the paragraph ends, nothing is said.
    Break,
    Block,
    Inline,
}

fn shape(node: NodeRef<'_, Node>, e: &Element) -> Shape {
    let name = e.name();
    let class = |c: &str| e.has_class(c, CaseSensitivity::CaseSensitive);
    if CODE.contains(&name) {
        return Shape::Code;
    }
    if let Some(widget) = WIDGETS.iter().find(|w| class(w)) {
        return Shape::Widget(widget["wp-block-".len()..].replace('-', " "));
    }
    // The frame of another WordPress post's embed: its quote
    // (`EMBEDDED_QUOTES`) is named in a warning, which is enough.
    if name == "iframe" && class("wp-embedded-content") {
        return Shape::Code;
    }
    if EMBEDDED_QUOTES.iter().any(|c| class(c)) {
        return Shape::Embed;
    }
    match name {
        "img" => return Shape::Picture,
        "iframe" | "object" | "embed" => return Shape::Embed,
        "table" => return Shape::Table,
        "video" => return Shape::Player("a video"),
        "audio" => return Shape::Player("an audio"),
        "form" | "select" | "textarea" | "input" | "button" => return Shape::Form,
        "blockquote" => return Shape::Quote,
        "hr" => return Shape::Break,
        _ => {}
    }
    if class("gallery") || class("wp-block-gallery") {
        Shape::Gallery
    } else if class("wp-block-embed") {
        Shape::Embed
    } else if class("wp-block-table") {
        Shape::Table
    } else if class("wp-block-button") {
        Shape::Button
    } else if class("wp-block-file") {
        Shape::File
    } else if class("wp-block-video") || class("wp-video") {
        Shape::Player("a video")
    } else if class("wp-block-audio") || class("wp-audio-shortcode") {
        Shape::Player("an audio")
    } else if class("wp-block-pullquote") {
        Shape::Quote
    } else if class("wp-block-spacer") {
        Shape::Break
    } else if class("wp-caption")
        || class("wp-block-image")
        || class("wp-block-cover__image-background")
        || class("wp-block-media-text__media")
        || (name == "figure" && has_image(node))
    {
        Shape::Picture
    } else if name == "figcaption" || (name == "p" && class("attachment")) {
        // A caption met apart from what it captions, and WordPress's own
        // link to an attachment's file above its description: not text.
        Shape::Code
    } else if BLOCKS.contains(&name) {
        Shape::Block
    } else {
        Shape::Inline
    }
}

#[derive(Default)]
struct Reader {
    current: String,
    /// The current paragraph holds a link: an address in it is one the
    /// editor linked, not an embed.
    linked: bool,
    /// How many quotes the walk is inside.
    quotes: usize,
    body: Body,
}

impl Reader {
    fn children(&mut self, node: NodeRef<'_, Node>) {
        for child in node.children() {
            self.walk(child);
        }
    }

    fn walk(&mut self, node: NodeRef<'_, Node>) {
        let element = match node.value() {
            Node::Text(text) => return self.current.push_str(text),
            Node::Element(element) => element,
            _ => return,
        };
        let left_out = match shape(node, element) {
            Shape::Code => return,
            Shape::Inline if element.name() == "cite" && self.quotes > 0 => {
                self.flush();
                self.children(node);
                // Written "— A member" or "A member", it reads the same.
                let cited = self
                    .current
                    .trim_start()
                    .trim_start_matches(['—', '–', '-']);
                self.current = format!("— {cited}");
                return self.flush();
            }
            Shape::Inline => {
                self.linked |= element.name() == "a";
                return self.children(node);
            }
            Shape::Block => {
                self.flush();
                self.children(node);
                return self.flush();
            }
            Shape::Quote => {
                self.flush();
                self.quotes += 1;
                self.children(node);
                self.quotes -= 1;
                return self.flush();
            }
            Shape::Break => return self.flush(),
            Shape::Picture => {
                let found = pictures(node);
                if found.is_empty() {
                    // A picture's place holding a video or an embed: that
                    // is named as itself.
                    return self.children(node);
                }
                return self.body.pictures.extend(found);
            }
            Shape::Gallery => LeftOut::Gallery(pictures(node).len()),
            Shape::Embed => LeftOut::Embed(embedded(node)),
            Shape::Table => LeftOut::Table(table_name(node)),
            Shape::Button => {
                let href = links(node).next().unwrap_or_default().to_owned();
                LeftOut::Button(text_of(node), href)
            }
            Shape::File => LeftOut::File(links(node).next().map_or_else(
                || text_of(node),
                |href| href.rsplit('/').next().unwrap_or_default().to_owned(),
            )),
            Shape::Player(kind) => LeftOut::Player(kind),
            Shape::Form => LeftOut::Form,
            Shape::Widget(name) => LeftOut::Widget(name),
        };
        // Whatever is set aside also ends the paragraph it interrupts.
        self.flush();
        self.leave_out(left_out);
    }

    fn leave_out(&mut self, what: LeftOut) {
        if !self.body.left_out.contains(&what) {
            self.body.left_out.push(what);
        }
    }

    fn flush(&mut self) {
        let collapsed = collapse(&self.current);
        self.current.clear();
        let linked = std::mem::take(&mut self.linked);
        let (paragraph, shortcodes) = shortcodes::strip(&collapsed);
        for name in shortcodes {
            self.leave_out(LeftOut::Shortcode(name));
        }
        let paragraph = collapse(&paragraph);
        if is_address(&paragraph) && !linked {
            // An address alone in a paragraph is an embed WordPress could
            // not fetch (a failed oEmbed stays as text): a reader could
            // not follow it.
            self.leave_out(LeftOut::Embed(paragraph));
        } else if !paragraph.is_empty() && paragraph != "—" {
            self.body.paragraphs.push(paragraph);
        }
    }
}

fn has_image(node: NodeRef<'_, Node>) -> bool {
    node.descendants()
        .any(|n| n.value().as_element().is_some_and(|e| e.name() == "img"))
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_address(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://")) && !text.contains(' ')
}

/// Every picture at or under `node`, with the caption written with it.
fn pictures(node: NodeRef<'_, Node>) -> Vec<Picture> {
    let caption = node
        .descendants()
        .filter_map(|n| n.value().as_element().map(|e| (n, e)))
        .find(|(_, e)| {
            e.name() == "figcaption"
                || e.has_class("wp-caption-text", CaseSensitivity::CaseSensitive)
        })
        .map(|(n, _)| text_of(n))
        .unwrap_or_default();
    // A fixed or repeated cover's picture is a background, not an <img>.
    let images: Vec<&Element> = node
        .descendants()
        .filter_map(|n| n.value().as_element())
        .filter(|e| {
            e.name() == "img"
                || e.has_class(
                    "wp-block-cover__image-background",
                    CaseSensitivity::CaseSensitive,
                )
        })
        .collect();
    let one = images.len() == 1;
    images
        .into_iter()
        .map(|img| Picture {
            media: img
                .classes()
                .find_map(|c| c.strip_prefix("wp-image-")?.parse().ok()),
            src: img
                .attr("src")
                .or_else(|| background(img.attr("style")?))
                .unwrap_or_default()
                .trim()
                .to_owned(),
            alt: collapse(img.attr("alt").unwrap_or_default()),
            // A gallery's caption is the gallery's, not each picture's.
            caption: if one { caption.clone() } else { String::new() },
        })
        .collect()
}

/// `url(…)` in a `style` attribute.
fn background(style: &str) -> Option<&str> {
    let start = style.find("url(")? + "url(".len();
    let end = start + style[start..].find(')')?;
    Some(style[start..end].trim_matches(['\'', '"', ' ']))
}

/// The address an embed shows: its frame's, else the address WordPress
/// left in its wrapper when it could not fetch the embed, else the last
/// link of a quoted embed (a tweet's own address comes last).
fn embedded(node: NodeRef<'_, Node>) -> String {
    let elements = || node.descendants().filter_map(|n| n.value().as_element());
    let frame = elements()
        .filter(|e| matches!(e.name(), "iframe" | "embed" | "object"))
        .find_map(|e| e.attr("src").or_else(|| e.attr("data")));
    if let Some(src) = frame {
        return src.trim().to_owned();
    }
    let wrapper = node
        .descendants()
        .find(|n| {
            n.value().as_element().is_some_and(|e| {
                e.has_class("wp-block-embed__wrapper", CaseSensitivity::CaseSensitive)
            })
        })
        .map(text_of)
        .filter(|text| is_address(text));
    wrapper
        .or_else(|| {
            elements()
                .filter_map(|e| e.attr("href"))
                .last()
                .map(|h| h.trim().to_owned())
        })
        .unwrap_or_default()
}

/// A table's caption, else its first cells, so an editor finds it.
fn table_name(node: NodeRef<'_, Node>) -> String {
    let elements = || node.descendants().filter(|n| n.value().is_element());
    if let Some(caption) = elements().find(|n| {
        matches!(
            n.value().as_element().map(Element::name),
            Some("figcaption" | "caption")
        )
    }) {
        return text_of(caption);
    }
    let cells: Vec<String> = elements()
        .filter(|n| matches!(n.value().as_element().map(Element::name), Some("td" | "th")))
        .take(3)
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect();
    cells.join(", ")
}

fn links<'a>(node: NodeRef<'a, Node>) -> impl Iterator<Item = &'a str> {
    node.descendants()
        .filter_map(|n| n.value().as_element())
        .filter_map(|e| e.attr("href"))
        .map(str::trim)
}

/// The text under `node`, a space where a line or block breaks it.
fn text_of(node: NodeRef<'_, Node>) -> String {
    fn gather(node: NodeRef<'_, Node>, out: &mut String) {
        match node.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) if CODE.contains(&e.name()) => {}
            Node::Element(e) => {
                let breaks = BLOCKS.contains(&e.name()) || matches!(e.name(), "td" | "th");
                if breaks {
                    out.push(' ');
                }
                for child in node.children() {
                    gather(child, out);
                }
                if breaks {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
    let mut text = String::new();
    gather(node, &mut text);
    collapse(&text)
}

#[cfg(test)]
mod tests;
