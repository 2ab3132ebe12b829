use inspir_content::{Bundle, Image};

use crate::i18n::Lang;
use crate::routes::{Page, Route};

/// What a page says about itself in its head.
#[derive(Clone, Debug, PartialEq)]
pub struct PageInfo {
    /// The page's title, the same as its `<h1>` (a host test checks it).
    pub title: String,
    pub description: String,
    /// `og:type`: an article for a theme, a website for the rest.
    pub kind: &'static str,
    /// Its link-preview image.
    pub card: Card,
    /// False for pages search engines should not list: a not-found page,
    /// which has no address of its own to declare, and search results.
    pub indexable: bool,
}

/// A link-preview image: what the pre-renderer draws, and so what its alt
/// text says. Pages without one of their own share the site's.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// Site path of the PNG; see [`og_image_path`].
    pub path: String,
    pub heading: String,
    pub subheading: String,
    /// The illustration beside the words, if the page has one.
    pub drawing: Option<Image>,
}

impl Card {
    /// The card's words, then its drawing: what someone who cannot see it needs.
    pub fn alt(&self) -> String {
        match &self.drawing {
            Some(drawing) => format!("{} · {}. {}", self.heading, self.subheading, drawing.alt),
            None => format!("{} · {}.", self.heading, self.subheading),
        }
    }
}

/// Site path of the OpenGraph image of a theme (`Some(slug)`) or of the
/// site, in `lang`. The pre-renderer draws each of them at this path.
pub fn og_image_path(lang: Lang, theme: Option<&str>) -> String {
    format!("images/og/{}/{}.png", lang.code(), theme.unwrap_or("site"))
}

/// Site path of the web app manifest in `lang`, which makes the site
/// installable to a phone's home screen in that language.
pub fn manifest_path(lang: Lang) -> String {
    match lang.prefix() {
        None => "manifest.webmanifest".into(),
        Some(prefix) => format!("{prefix}/manifest.webmanifest"),
    }
}

/// The home-screen icon iOS takes (it reads no manifest): opaque, 180 px.
pub const APPLE_TOUCH_ICON: &str = "images/icons/apple-touch-icon.png";

/// Site path of the Atom feed of reports in `lang`.
pub fn feed_path(lang: Lang) -> String {
    match lang.prefix() {
        None => "feed.xml".into(),
        Some(prefix) => format!("{prefix}/feed.xml"),
    }
}

/// The head facts of `route`'s page, from its content.
pub fn describe(route: &Route, content: &Bundle) -> PageInfo {
    let page = |title: &str, description: &str| PageInfo {
        title: title.to_owned(),
        description: description.to_owned(),
        kind: "website",
        card: site_card(route.lang, content),
        indexable: true,
    };
    let intro_or = |intro: &str, fallback: &str| {
        if intro.trim().is_empty() {
            fallback.to_owned()
        } else {
            intro.to_owned()
        }
    };
    match &route.page {
        Page::Home => page(&content.home.title, &content.site.description),
        Page::Themes => {
            let titles: Vec<&str> = content.themes.iter().map(|t| t.title.as_str()).collect();
            let listed = format!(
                "{} {}.",
                content.home.themes_intro.trim(),
                titles.join(", ")
            );
            page(
                &content.themes_page.title,
                &intro_or(&content.themes_page.intro, &listed),
            )
        }
        Page::Theme(slug) => match content.theme(slug) {
            Some(theme) => PageInfo {
                title: theme.title.clone(),
                description: theme.summary.clone(),
                kind: "article",
                card: Card {
                    path: og_image_path(route.lang, Some(slug)),
                    heading: theme.title.clone(),
                    subheading: route.lang.ui().site_name.into(),
                    drawing: content.figure(&theme.figure).map(|f| f.image.clone()),
                },
                indexable: true,
            },
            None => not_found(route, content),
        },
        Page::Allies => page(
            &content.allies_page.title,
            &intro_or(&content.allies_page.intro, &content.site.description),
        ),
        Page::Reports => page(
            &content.reports_page.title,
            &intro_or(&content.reports_page.intro, &content.site.description),
        ),
        Page::Newsletter => page(&content.newsletter.title, &content.newsletter.intro),
        Page::Privacy => page(&content.privacy.title, &content.privacy.intro),
        Page::Search => PageInfo {
            indexable: false,
            ..page(
                route.lang.ui().search.label,
                route.lang.ui().search.description,
            )
        },
        Page::NotFound => not_found(route, content),
        Page::Offline => PageInfo {
            title: route.lang.ui().offline.title.into(),
            description: route.lang.ui().offline.body.into(),
            ..not_found(route, content)
        },
    }
}

/// The site's own card: its name and tagline beside its first illustration.
fn site_card(lang: Lang, content: &Bundle) -> Card {
    Card {
        path: og_image_path(lang, None),
        heading: lang.ui().site_name.into(),
        subheading: content.site.tagline.clone(),
        drawing: content.figures.first().map(|f| f.image.clone()),
    }
}

fn not_found(route: &Route, content: &Bundle) -> PageInfo {
    let ui = route.lang.ui();
    PageInfo {
        title: ui.not_found_title.into(),
        description: ui.not_found_body.into(),
        kind: "website",
        card: site_card(route.lang, content),
        indexable: false,
    }
}

/// Site path of the square logo the pre-renderer draws from the favicon.
pub const LOGO_PATH: &str = "images/og/logo.png";

/// The media type of a report's format as editors write it ("PDF").
pub fn media_type(format: &str) -> String {
    match format.to_ascii_lowercase().as_str() {
        "pdf" => "application/pdf".into(),
        "epub" => "application/epub+zip".into(),
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document".into(),
        _ => "application/octet-stream".into(),
    }
}
