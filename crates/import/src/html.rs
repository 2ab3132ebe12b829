//! WordPress HTML into the content model's plain text: a real HTML parser
//! (html5ever, through scraper) decodes entities and finds the blocks;
//! nothing executable or embedded survives, since only text is kept.

use scraper::{Html, Node};

/// Elements whose text is never content: code, embeds, and Gutenberg's
/// image blocks (their caption describes the picture, not the theme).
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "form",
    "button", "select", "textarea", "figure", "head",
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
    "table",
    "tr",
    "td",
    "th",
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
    "hr",
    "br",
];

/// One string per paragraph (or heading, or list item), whitespace
/// collapsed, empty ones dropped.
pub fn paragraphs(html: &str) -> Vec<String> {
    let fragment = Html::parse_fragment(html);
    let mut out = Paragraphs::default();
    for child in fragment.root_element().children() {
        out.walk(child);
    }
    out.flush();
    out.done
}

/// All the text as one line, e.g. a title or an excerpt.
pub fn text(html: &str) -> String {
    paragraphs(html).join(" ")
}

/// The first http(s) link's address, e.g. an ally's own site.
pub fn first_link(html: &str) -> Option<String> {
    let fragment = Html::parse_fragment(html);
    let links = scraper::Selector::parse("a[href]").expect("a valid selector");
    fragment
        .select(&links)
        .filter_map(|a| a.value().attr("href"))
        .map(str::trim)
        .find(|href| href.starts_with("https://") || href.starts_with("http://"))
        .map(String::from)
}

#[derive(Default)]
struct Paragraphs {
    current: String,
    done: Vec<String>,
}

impl Paragraphs {
    fn walk(&mut self, node: ego_tree::NodeRef<'_, Node>) {
        match node.value() {
            Node::Text(text) => {
                self.current.push_str(text);
            }
            Node::Element(element) => {
                let name = element.name();
                if DROPPED.contains(&name) {
                    return;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    self.flush();
                }
                for child in node.children() {
                    self.walk(child);
                }
                if block {
                    self.flush();
                }
            }
            _ => {}
        }
    }

    fn flush(&mut self) {
        let paragraph = self
            .current
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        self.current.clear();
        if !paragraph.is_empty() {
            self.done.push(paragraph);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_with_entities_decoded() {
        let html = "<p>Decent work &amp; social protection&#8217;s <em>future</em></p>\n\
                    <h2>Why</h2><ul><li>one</li><li><p>two</p></li></ul>\n\
                    <p>line<br>break</p>";
        assert_eq!(
            paragraphs(html),
            [
                "Decent work & social protection’s future",
                "Why",
                "one",
                "two",
                "line",
                "break"
            ]
        );
    }

    #[test]
    fn nothing_executable_or_embedded_is_kept() {
        let html = "<p>Read<script>alert(1)</script> this</p><style>p{}</style>\
                    <iframe src=\"https://evil.example\">x</iframe>\
                    <figure><img src=\"a.jpg\" onerror=\"alert(2)\"><figcaption>Photo</figcaption></figure>\
                    <p><a href=\"javascript:alert(3)\">link</a> &lt;b&gt;</p>";
        assert_eq!(paragraphs(html), ["Read this", "link <b>"]);
    }

    #[test]
    fn loose_text_and_empty_blocks() {
        assert_eq!(paragraphs("  plain\n text  "), ["plain text"]);
        assert_eq!(paragraphs("<p>&nbsp;</p><p> </p>"), Vec::<String>::new());
        assert_eq!(text("<p>A</p><p>B</p>"), "A B");
    }

    #[test]
    fn the_first_web_link_is_found() {
        let html = "<p><a href=\"/about\">us</a> <a href=\"mailto:x@y.z\">mail</a> \
                    <a href=\" https://usp2030.org/ \">USP2030</a></p>";
        assert_eq!(first_link(html).as_deref(), Some("https://usp2030.org/"));
        assert_eq!(first_link("<p>none</p>"), None);
    }
}
