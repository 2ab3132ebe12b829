//! What a search found, read from Pagefind's result data and turned into
//! the site's own links and plain text, so nothing Pagefind returns is ever
//! put into the page as HTML.

use crate::components::page_head::MAIN_HEADING_ID;
use crate::json::JsonValue;
use crate::routes::{BaseUrl, Page};

/// The kind of thing a hit is, as the results list names it. The pages say
/// theirs to the index in `data-pagefind-meta` (see [`Kind::index_meta`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Theme,
    Ally,
    Report,
    /// Any other page: home, a list page's introduction, privacy.
    Page,
}

impl Kind {
    /// What a page tells the index about itself: its kind, and for the
    /// allies and reports pages, that each headed section is one ally or
    /// report. `None` for pages that are not indexed at all: those the
    /// sitemap leaves out too (`Page::listed`), as the build checks the
    /// index against the sitemap.
    pub fn index_meta(page: &Page) -> Option<&'static str> {
        let meta = match page {
            Page::Theme(_) => "kind:theme",
            Page::Allies => "kind:allies",
            Page::Reports => "kind:reports",
            Page::Home
            | Page::Themes
            | Page::Newsletter
            | Page::Privacy
            | Page::Search
            | Page::NotFound
            | Page::Offline => "kind:page",
        };
        page.listed().then_some(meta)
    }

    /// The kind of a hit on a page whose meta says `meta`: a section with
    /// its own anchor on the allies page is an ally, and so on.
    fn of(meta: &str, anchored: bool) -> Kind {
        match (meta, anchored) {
            ("theme", _) => Kind::Theme,
            ("allies", true) => Kind::Ally,
            ("reports", true) => Kind::Report,
            _ => Kind::Page,
        }
    }
}

/// A stretch of an excerpt: plain text, or the words that matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Match(String),
}

/// One result as the visitor sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub title: String,
    pub kind: Kind,
    pub excerpt: Vec<Piece>,
    /// The site's href, with `#anchor` when the match is in a section.
    pub href: String,
}

/// The hits in one page's result data (`await result.data()`): one for
/// each of its sub-results, which Pagefind makes for the page itself and
/// for each heading with an `id` the match falls under. Anything missing
/// or outside the site is skipped, never shown half-made.
pub fn hits_of<V: JsonValue>(data: &V, base: &BaseUrl) -> Vec<Hit> {
    let meta = data.get("meta");
    let page_title = meta.as_ref().and_then(|m| m.text("title"));
    let kind = meta.and_then(|m| m.text("kind")).unwrap_or_default();
    let subs = data
        .get("sub_results")
        .map(|s| s.items())
        .unwrap_or_default();
    let from = |item: &V, title: Option<String>| {
        let href = site_href(base, &item.text("url")?)?;
        let anchored = href.contains('#');
        let title = curly_apostrophes(&if anchored { item.text("title") } else { title }?);
        Some(Hit {
            title,
            kind: Kind::of(&kind, anchored),
            excerpt: read_excerpt(&item.text("excerpt").unwrap_or_default()),
            href,
        })
    };
    let hits = if subs.is_empty() {
        from(data, page_title).into_iter().collect()
    } else {
        subs.iter()
            .filter_map(|sub| from(sub, page_title.clone()))
            .collect()
    };
    first_of_each_href(hits)
}

/// The first hit for each address: the page's own heading is a section to
/// Pagefind, the same place as the page to a visitor.
fn first_of_each_href(hits: Vec<Hit>) -> Vec<Hit> {
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits {
        if !kept.iter().any(|k| k.href == hit.href) {
            kept.push(hit);
        }
    }
    kept
}

/// Pagefind's excerpt, which is escaped text with `<mark>` around the
/// matched words, as plain pieces. Any other markup stays visible as text.
pub fn read_excerpt(html: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<mark>") {
        let Some(length) = rest[start..].find("</mark>") else {
            break;
        };
        push(&mut pieces, Piece::Text(unescape(&rest[..start])));
        push(
            &mut pieces,
            Piece::Match(unescape(&rest[start + "<mark>".len()..start + length])),
        );
        rest = &rest[start + length + "</mark>".len()..];
    }
    push(&mut pieces, Piece::Text(unescape(rest)));
    with_curly_apostrophes(pieces)
}

/// [`curly_apostrophes`] across the pieces, since an elision such as
/// "l’<mark>emploi</mark>" spans two.
fn with_curly_apostrophes(pieces: Vec<Piece>) -> Vec<Piece> {
    let whole: String = pieces.iter().map(Piece::text).collect();
    let mut curly = curly_apostrophes(&whole)
        .chars()
        .collect::<Vec<_>>()
        .into_iter();
    pieces
        .into_iter()
        .map(|piece| {
            let text: String = curly.by_ref().take(piece.text().chars().count()).collect();
            match piece {
                Piece::Text(_) => Piece::Text(text),
                Piece::Match(_) => Piece::Match(text),
            }
        })
        .collect()
}

impl Piece {
    pub fn text(&self) -> &str {
        match self {
            Piece::Text(text) | Piece::Match(text) => text,
        }
    }
}

fn push(pieces: &mut Vec<Piece>, piece: Piece) {
    if !piece.text().is_empty() {
        pieces.push(piece);
    }
}

/// The entities Pagefind writes when it escapes text.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The index reads "d’activités" as "d'activités", so that Pagefind splits
/// it into two words (scripts/search-index.mjs); what it returns is shown
/// with the typographic apostrophe again, as the page has it.
fn curly_apostrophes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let letter = |i: Option<&char>| i.is_some_and(|c| c.is_alphabetic());
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between_letters = i > 0 && letter(chars.get(i - 1)) && letter(chars.get(i + 1));
            if c == '\'' && between_letters {
                '’'
            } else {
                c
            }
        })
        .collect()
}

/// The site's own href for a result URL (`/sub/fr/allies/#ally-x`): the
/// route it names, written as the app writes it, with its anchor if that is
/// a plain id of a section (the page's own heading is the page). `None` for
/// anything that is not a page of the site.
pub fn site_href(base: &BaseUrl, url: &str) -> Option<String> {
    let (path, anchor) = url.split_once('#').unwrap_or((url, ""));
    let path = path.split('?').next().unwrap_or_default();
    let route = base.route_of(path)?;
    // Only pages the index holds: never the search page or a not-found page.
    Kind::index_meta(&route.page)?;
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let href = base.href(&route);
    if !anchor.is_empty() && anchor != MAIN_HEADING_ID && anchor.chars().all(plain) {
        Some(format!("{href}#{anchor}"))
    } else {
        Some(href)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn excerpts_keep_matches_apart_and_never_become_markup() {
        assert_eq!(
            read_excerpt("Universal <mark>pensions</mark> &amp; <mark>care</mark>."),
            vec![
                Piece::Text("Universal ".into()),
                Piece::Match("pensions".into()),
                Piece::Text(" & ".into()),
                Piece::Match("care".into()),
                Piece::Text(".".into()),
            ]
        );
        assert_eq!(
            read_excerpt("&lt;script&gt;alert(1)&lt;/script&gt; <b>x</b>"),
            vec![Piece::Text("<script>alert(1)</script> <b>x</b>".into())]
        );
        assert_eq!(
            read_excerpt("an <mark>open"),
            vec![Piece::Text("an <mark>open".into())]
        );
        assert_eq!(read_excerpt(""), vec![]);
        assert_eq!(
            read_excerpt("l'<mark>emploi</mark> d&#39;abord, 'cité'"),
            vec![
                Piece::Text("l’".into()),
                Piece::Match("emploi".into()),
                Piece::Text(" d’abord, 'cité'".into()),
            ]
        );
    }

    #[test]
    fn result_urls_become_the_sites_hrefs() {
        let base = BaseUrl::new("/sub/");
        let href = |url| site_href(&base, url);
        assert_eq!(
            href("/sub/fr/what-we-do/pensions/").as_deref(),
            Some("/sub/fr/what-we-do/pensions")
        );
        assert_eq!(
            href("/sub/allies/#ally-ilo").as_deref(),
            Some("/sub/allies#ally-ilo")
        );
        assert_eq!(href("/sub/").as_deref(), Some("/sub/"));
        assert_eq!(
            href("/sub/allies/#x\"onmouseover").as_deref(),
            Some("/sub/allies")
        );
        assert_eq!(href("/elsewhere/allies/"), None);
        assert_eq!(href("/sub/nowhere/"), None);
        assert_eq!(href("/sub/search/"), None);
        assert_eq!(href("https://evil.example/sub/allies/"), None);
    }

    #[test]
    fn each_anchored_section_of_the_allies_page_is_an_ally() {
        let data = json!({
            "url": "/allies/",
            "excerpt": "the <mark>ILO</mark> and",
            "meta": {"title": "Our allies", "kind": "allies"},
            "sub_results": [
                {"title": "Our allies", "url": "/allies/", "excerpt": "with the <mark>ILO</mark>"},
                {"title": "Our allies", "url": "/allies/#main-heading", "excerpt": "the <mark>ILO</mark>"},
                {"title": "ILO", "url": "/allies/#ally-ilo", "excerpt": "The <mark>ILO</mark> sets"},
                {"title": "No URL", "excerpt": "x"}
            ]
        });
        let hits = hits_of(&data, &BaseUrl::default());
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert_eq!(hits[0].kind, Kind::Page);
        assert_eq!(hits[0].title, "Our allies");
        assert_eq!(hits[0].href, "/allies");
        assert_eq!(hits[1].kind, Kind::Ally);
        assert_eq!(hits[1].title, "ILO");
        assert_eq!(hits[1].href, "/allies#ally-ilo");
        assert_eq!(hits[1].excerpt[1], Piece::Match("ILO".into()));
    }

    #[test]
    fn a_theme_is_one_hit_titled_by_the_page() {
        let data = json!({
            "url": "/es/what-we-do/pensions/",
            "excerpt": "las <mark>pensiones</mark>",
            "meta": {"title": "Pensiones", "kind": "theme"}
        });
        let hits = hits_of(&data, &BaseUrl::default());
        assert_eq!(
            hits,
            vec![Hit {
                title: "Pensiones".into(),
                kind: Kind::Theme,
                excerpt: vec![Piece::Text("las ".into()), Piece::Match("pensiones".into())],
                href: "/es/what-we-do/pensions".into(),
            }]
        );
        assert!(hits_of(&json!({"meta": {"title": "x"}}), &BaseUrl::default()).is_empty());
        assert!(hits_of(&json!("nonsense"), &BaseUrl::default()).is_empty());
    }
}
