//! WordPress HTML into the content model's plain text, through a real HTML
//! parser (html5ever, through scraper) that decodes entities. What each
//! shape of WordPress's HTML becomes is in `shapes`.

use crate::shapes;

/// All the text as one line, e.g. a title, an excerpt or an ally's
/// description; pictures, embeds and shortcodes are not text.
pub fn text(html: &str) -> String {
    shapes::read(html).paragraphs.join(" ")
}

/// Whether `excerpt` is the one WordPress makes from `content` when an
/// editor wrote none: the first words with every tag stripped, then
/// " […]". A media item's caption is that when left empty, so a PDF's
/// reads as the link to its file that WordPress puts above its description.
pub fn is_excerpt_of(excerpt: &str, content: &str) -> bool {
    // Word for word as WordPress made it: its excerpt keeps the
    // shortcodes no plugin renders, so both sides keep them here.
    let excerpt = every_word(excerpt);
    let cut = excerpt.trim_end_matches("[…]").trim_end();
    !cut.is_empty() && every_word(content).starts_with(cut)
}

/// All the text, tags stripped, as WordPress strips them for an excerpt.
fn every_word(html: &str) -> String {
    let fragment = scraper::Html::parse_fragment(html);
    let words: String = fragment.root_element().text().collect();
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first http(s) link's address, e.g. an ally's own site.
pub fn first_link(html: &str) -> Option<String> {
    let fragment = scraper::Html::parse_fragment(html);
    let links = scraper::Selector::parse("a[href]").expect("a valid selector");
    fragment
        .select(&links)
        .filter_map(|a| a.value().attr("href"))
        .map(str::trim)
        .find(|href| href.starts_with("https://") || href.starts_with("http://"))
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_with_entities_decoded() {
        assert_eq!(text("<p>A &amp; B&#8217;s</p><p>C</p>"), "A & B’s C");
        assert_eq!(text("  plain\n text  "), "plain text");
    }

    #[test]
    fn an_excerpt_wordpress_made_is_told_from_one_an_editor_wrote() {
        // As WordPress 6.1 sends a PDF's description and its empty caption.
        let description = "<p class=\"attachment\"><a href='https://e.org/r.pdf'>Shapes report</a></p>\n\
                           <p>A summary written in the media library.</p>\n";
        let made = "<p>Shapes report A summary written in the media library.</p>\n";
        assert!(is_excerpt_of(made, description));
        assert!(is_excerpt_of(
            "<p>Shapes report A summary […]</p>",
            description
        ));
        assert!(!is_excerpt_of("<p>The year in review.</p>", description));
        assert!(!is_excerpt_of("", description));
        let coded = "<p class=\"attachment\"><a href='https://e.org/p.pdf'>Probe report</a></p>\n\
                     <p>[su_note]Bring water.[/su_note] The year in review.</p>\n";
        assert!(is_excerpt_of(
            "<p>Probe report [su_note]Bring water.[/su_note] The year in review.</p>",
            coded
        ));
    }

    #[test]
    fn the_first_web_link_is_found() {
        let html = "<p><a href=\"/about\">us</a> <a href=\"mailto:x@y.z\">mail</a> \
                    <a href=\" https://usp2030.org/ \">USP2030</a></p>";
        assert_eq!(first_link(html).as_deref(), Some("https://usp2030.org/"));
        assert_eq!(first_link("<p>none</p>"), None);
    }
}
