//! The content bundle: everything a visitor reads, in one JSON file per language.
//!
//! Every field has a default so that a missing field becomes an empty value the
//! validator can name (`themes[3].title is empty`) instead of a parse error that
//! stops at the first problem.

use serde::{Deserialize, Serialize};

/// One language's complete content, e.g. `public/content/en.json`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Bundle {
    /// Language code of this bundle ("en", later "fr", "es").
    pub language: String,
    pub site: Site,
    pub home: Home,
    /// Heading and introduction of `/what-we-do`.
    pub themes_page: Section,
    /// The themes, in the order the network presents them.
    pub themes: Vec<Theme>,
    /// Illustrations referenced by themes through `Theme::figure`.
    pub figures: Vec<Figure>,
    /// Heading and introduction of `/allies`.
    pub allies_page: Section,
    pub allies: Vec<Ally>,
    /// Heading and introduction of `/reports`.
    pub reports_page: Section,
    pub reports: Vec<Report>,
    pub newsletter: Newsletter,
    /// `/privacy`: what the newsletter form sends, to whom, why, and how to
    /// unsubscribe. The form's consent links to it.
    pub privacy: Privacy,
    /// The closing quote shown on the home page.
    pub quote: Quote,
}

/// Facts about the network as a whole. Its name is an interface label
/// (`Ui::site_name`) because the header shows it before content arrives.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Site {
    /// One line describing the network, under the home page's heading.
    pub tagline: String,
    /// Summary used for the page's meta description.
    pub description: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// The home page's own texts; its cards come from the other sections.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Home {
    /// The page's main heading.
    pub title: String,
    /// The network's objective (lead paragraph).
    pub objective: String,
    /// Who the members are and what they do.
    pub members: String,
    /// Sentence introducing the theme cards.
    pub themes_intro: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// A heading with an optional introduction, for a list page.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Section {
    pub title: String,
    /// May be empty.
    pub intro: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// One of the network's themes, shown as a card and on its own page.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Theme {
    /// Path segment of the theme's page: lowercase letters, digits and hyphens.
    pub slug: String,
    pub title: String,
    /// One line for the card.
    pub summary: String,
    /// The full text, one string per paragraph.
    pub body: Vec<String>,
    /// `id` of the figure that illustrates this theme.
    pub figure: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// An illustration with its caption.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Figure {
    /// Name that themes use to refer to this figure.
    pub id: String,
    pub image: Image,
    /// Shown under the picture; says what the picture commemorates.
    pub caption: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// An image file with what a screen reader should say for it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Image {
    /// Site path (`images/…`) or an http(s) URL.
    pub src: String,
    /// Describes what is drawn; never empty.
    pub alt: String,
    /// Intrinsic size in pixels, so the page does not shift while loading.
    pub width: u32,
    pub height: u32,
}

/// An organisation the network works with.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Ally {
    pub slug: String,
    pub name: String,
    pub description: String,
    /// The ally's own site (http or https).
    pub url: String,
    /// The ally's mark.
    pub mark: Image,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// A downloadable publication.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Report {
    pub slug: String,
    pub title: String,
    pub year: u16,
    /// Language code of the document itself, e.g. "en".
    pub language: String,
    /// File format shown to visitors, e.g. "PDF".
    pub format: String,
    /// Site path of the file, e.g. `reports/annual-report-2020.pdf`.
    pub file: String,
    /// Exact size of the file in bytes; the validator checks it.
    pub size_bytes: u64,
    pub summary: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// Texts of the newsletter page and of the "Stay informed" block.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Newsletter {
    /// e.g. "Stay informed".
    pub title: String,
    /// e.g. "Subscribe to our newsletter".
    pub call: String,
    /// Longer explanation on `/newsletter`.
    pub intro: String,
    /// What is done with the address; shown next to the consent box.
    pub privacy: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// The privacy page: a heading, an introduction, and titled sections.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Privacy {
    pub title: String,
    pub intro: String,
    /// e.g. "What the form sends", "Who receives it", "How to unsubscribe".
    pub sections: Vec<TextSection>,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

/// A heading and its paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct TextSection {
    pub heading: String,
    /// One string per paragraph.
    pub body: Vec<String>,
}

/// A quotation and the person who said it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Quote {
    pub text: String,
    pub author: String,
    /// Set by the site, never by editors: English text stands in for a
    /// missing translation here, so the page shows a notice.
    #[serde(skip)]
    pub untranslated: bool,
}

impl Bundle {
    pub fn theme(&self, slug: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.slug == slug)
    }

    /// The themes before and after `slug`, for the previous/next links.
    pub fn neighbours(&self, slug: &str) -> (Option<&Theme>, Option<&Theme>) {
        let Some(i) = self.themes.iter().position(|t| t.slug == slug) else {
            return (None, None);
        };
        (
            i.checked_sub(1).and_then(|p| self.themes.get(p)),
            self.themes.get(i + 1),
        )
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The most recent report, for the home page.
    pub fn latest_report(&self) -> Option<&Report> {
        self.reports.iter().max_by_key(|r| r.year)
    }
}
