//! Every page of the site, as one enum that both reads paths and writes hrefs.
//!
//! The router has a single catch-all route and hands its path here, so the
//! list of pages exists once and `parse(href(x)) == x` is a tested promise.
//! A language other than English is a path prefix (`/fr/…`), so a page keeps
//! the same path in every language.

use std::sync::Arc;

use inspir_content::{LinkKind, link_kind};

use crate::i18n::Lang;

/// Path segment of the themes list; theme pages sit beneath it.
const THEMES: &str = "what-we-do";
const ALLIES: &str = "allies";
const REPORTS: &str = "reports";
const NEWSLETTER: &str = "newsletter";

/// A page, independent of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Themes,
    /// One theme, by slug. An unknown slug renders the not-found page.
    Theme(String),
    Allies,
    Reports,
    Newsletter,
    NotFound,
}

/// A page in a language: what a path means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub page: Page,
}

impl Route {
    pub fn new(lang: Lang, page: Page) -> Self {
        Self { lang, page }
    }

    /// Reads a path relative to the site's base, e.g. `what-we-do/advocacy`.
    pub fn parse(path: &str) -> Route {
        let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
        let lang = segments
            .peek()
            .and_then(|first| Lang::from_prefix(first))
            .inspect(|_| {
                segments.next();
            })
            .unwrap_or_default();
        let rest: Vec<&str> = segments.collect();
        let page = match rest.as_slice() {
            [] => Page::Home,
            [THEMES] => Page::Themes,
            [THEMES, slug] => Page::Theme((*slug).to_owned()),
            [ALLIES] => Page::Allies,
            [REPORTS] => Page::Reports,
            [NEWSLETTER] => Page::Newsletter,
            _ => Page::NotFound,
        };
        Route { lang, page }
    }

    /// The path relative to the site's base, without a leading slash.
    /// `NotFound` has no path of its own and points home.
    pub fn path(&self) -> String {
        let page = match &self.page {
            Page::Home | Page::NotFound => String::new(),
            Page::Themes => THEMES.to_owned(),
            Page::Theme(slug) => format!("{THEMES}/{slug}"),
            Page::Allies => ALLIES.to_owned(),
            Page::Reports => REPORTS.to_owned(),
            Page::Newsletter => NEWSLETTER.to_owned(),
        };
        match (self.lang.prefix(), page.is_empty()) {
            (None, _) => page,
            (Some(prefix), true) => format!("{prefix}/"),
            (Some(prefix), false) => format!("{prefix}/{page}"),
        }
    }
}

/// The path the site is served under, always with slashes at both ends:
/// `/` or `/sub/`. It comes from the `<base href>` that trunk writes from
/// `--public-url`, so one build can be moved between hosts by rebuilding only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl(Arc<str>);

impl Default for BaseUrl {
    fn default() -> Self {
        Self::new("/")
    }
}

impl BaseUrl {
    pub fn new(path: &str) -> Self {
        let inner = path.trim_matches('/');
        if inner.is_empty() {
            Self("/".into())
        } else {
            Self(format!("/{inner}/").into())
        }
    }

    /// The base from a full URL such as `document.baseURI`.
    pub fn from_url(url: &str) -> Self {
        let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
        let path = path.split(['?', '#']).next().unwrap_or("/");
        // `<base href="/sub/">` gives a folder; a file name at the end is not part of it.
        let folder = path.rfind('/').map_or("/", |i| &path[..=i]);
        Self::new(folder)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What leptos_router's `base` wants: no trailing slash, empty at the root.
    pub fn router_base(&self) -> String {
        self.0.trim_end_matches('/').to_owned()
    }

    /// The absolute href of a route, e.g. `/sub/fr/allies`.
    pub fn href(&self, route: &Route) -> String {
        format!("{}{}", self.0, route.path())
    }

    /// The URL for a link found in content: web addresses as they are, site
    /// paths under the base, and `None` for anything else (never an unsafe href).
    pub fn resolve(&self, link: &str) -> Option<String> {
        match link_kind(link)? {
            LinkKind::Web => Some(link.to_owned()),
            LinkKind::SitePath => Some(format!("{}{}", self.0, link.trim_start_matches('/'))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_pages() -> Vec<Page> {
        vec![
            Page::Home,
            Page::Themes,
            Page::Theme("gender-equality".into()),
            Page::Allies,
            Page::Reports,
            Page::Newsletter,
        ]
    }

    #[test]
    fn every_route_round_trips_through_its_path() {
        for lang in Lang::ALL {
            for page in all_pages() {
                let route = Route::new(lang, page);
                assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
            }
        }
    }

    #[test]
    fn paths_read_as_expected() {
        let en = |page| Route::new(Lang::En, page);
        assert_eq!(Route::parse(""), en(Page::Home));
        assert_eq!(Route::parse("/"), en(Page::Home));
        assert_eq!(Route::parse("what-we-do/"), en(Page::Themes));
        assert_eq!(
            Route::parse("/what-we-do/advocacy"),
            en(Page::Theme("advocacy".into()))
        );
        assert_eq!(Route::parse("what-we-do/a/b"), en(Page::NotFound));
        assert_eq!(Route::parse("nope"), en(Page::NotFound));
        assert_eq!(Route::parse("index.html"), en(Page::NotFound));
    }

    #[test]
    fn hrefs_at_the_root() {
        let base = BaseUrl::new("/");
        let href = |page| base.href(&Route::new(Lang::En, page));
        assert_eq!(href(Page::Home), "/");
        assert_eq!(href(Page::Themes), "/what-we-do");
        assert_eq!(href(Page::Theme("advocacy".into())), "/what-we-do/advocacy");
        assert_eq!(href(Page::NotFound), "/");
        assert_eq!(base.router_base(), "");
    }

    #[test]
    fn hrefs_under_a_base_path() {
        let base = BaseUrl::new("sub");
        assert_eq!(base.as_str(), "/sub/");
        assert_eq!(base.router_base(), "/sub");
        assert_eq!(base.href(&Route::new(Lang::En, Page::Home)), "/sub/");
        assert_eq!(
            base.href(&Route::new(Lang::En, Page::Allies)),
            "/sub/allies"
        );
        assert_eq!(
            base.resolve("/reports/r.pdf").as_deref(),
            Some("/sub/reports/r.pdf")
        );
    }

    #[test]
    fn base_from_document_url() {
        assert_eq!(BaseUrl::from_url("http://localhost:8080/").as_str(), "/");
        assert_eq!(
            BaseUrl::from_url("https://example.org/sub/").as_str(),
            "/sub/"
        );
        assert_eq!(
            BaseUrl::from_url("https://example.org/a/b/index.html?x#y").as_str(),
            "/a/b/"
        );
        assert_eq!(BaseUrl::from_url("https://example.org").as_str(), "/");
    }

    #[test]
    fn content_links_are_resolved_or_refused() {
        let base = BaseUrl::new("/");
        assert_eq!(
            base.resolve("https://usp2030.org/").as_deref(),
            Some("https://usp2030.org/")
        );
        assert_eq!(
            base.resolve("images/a.svg").as_deref(),
            Some("/images/a.svg")
        );
        assert_eq!(base.resolve("javascript:alert(1)"), None);
    }
}
