//! Every page of the site, as one enum that both reads paths and writes hrefs.
//!
//! The router has a single catch-all route and hands its path here, so the
//! list of pages exists once and `parse(href(x)) == x` is a tested promise.
//! A language other than English is a path prefix (`/fr/…`), so a page keeps
//! the same path in every language.

use std::sync::Arc;

use inspir_content::{Bundle, LinkKind, link_kind};

use crate::i18n::Lang;

/// Path segment of the themes list; theme pages sit beneath it.
const THEMES: &str = "what-we-do";
const ALLIES: &str = "allies";
const REPORTS: &str = "reports";
const NEWSLETTER: &str = "newsletter";
const PRIVACY: &str = "privacy";
const SEARCH: &str = "search";
/// The offline page's file in each language's folder. It has no address:
/// the service worker shows it in place of a page not saved on the device.
const OFFLINE_FILE: &str = "offline.html";

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
    /// What the newsletter form sends, to whom, and how to unsubscribe.
    Privacy,
    /// Search, with the query in the address (`?q=`) so it can be shared.
    Search,
    NotFound,
    /// What the service worker shows, offline, for a page not saved here.
    Offline,
}

impl Page {
    /// Whether the sitemap lists it, and so the search index holds it:
    /// search results are no page to find through a search engine.
    pub fn listed(&self) -> bool {
        !matches!(self, Page::Search | Page::NotFound | Page::Offline)
    }
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
            [PRIVACY] => Page::Privacy,
            [SEARCH] => Page::Search,
            [OFFLINE_FILE] => Page::Offline,
            _ => Page::NotFound,
        };
        Route { lang, page }
    }

    /// Every page in `lang` that has an address of its own, in the order a
    /// sitemap lists them; theme pages come from `content`. The match has no
    /// catch-all arm, so a new kind of page does not compile until it is
    /// placed here (and so pre-rendered and listed in the sitemap).
    pub fn all_in(lang: Lang, content: &Bundle) -> Vec<Route> {
        let kinds = [
            Page::Home,
            Page::Themes,
            Page::Theme(String::new()),
            Page::Allies,
            Page::Reports,
            Page::Newsletter,
            Page::Privacy,
            Page::Search,
            Page::NotFound,
            Page::Offline,
        ];
        kinds
            .into_iter()
            .flat_map(|kind| match kind {
                Page::Theme(_) => content
                    .themes
                    .iter()
                    .map(|t| Page::Theme(t.slug.clone()))
                    .collect(),
                // Not an address: written once per language as `404.html`.
                Page::NotFound => Vec::new(),
                // Not an address either: `offline.html`, for the service worker.
                Page::Offline => Vec::new(),
                Page::Home
                | Page::Themes
                | Page::Allies
                | Page::Reports
                | Page::Newsletter
                | Page::Privacy
                | Page::Search => vec![kind],
            })
            .map(|page| Route::new(lang, page))
            .collect()
    }

    /// The file in `dist/` that serves this route, relative to the base:
    /// `what-we-do/index.html` serves `/what-we-do` on most static hosts.
    /// A not-found page is its language's `404.html`, and the offline
    /// page its `offline.html`.
    pub fn output_file(&self) -> String {
        let own_file = match self.page {
            Page::NotFound => Some("404.html"),
            Page::Offline => Some(OFFLINE_FILE),
            _ => None,
        };
        if let Some(name) = own_file {
            return match self.lang.prefix() {
                None => name.into(),
                Some(prefix) => format!("{prefix}/{name}"),
            };
        }
        let path = self.path();
        match path.trim_end_matches('/') {
            "" => "index.html".into(),
            folder => format!("{folder}/index.html"),
        }
    }

    /// The path relative to the site's base, without a leading slash.
    /// `NotFound` and `Offline` have no path of their own and point home.
    pub fn path(&self) -> String {
        let page = match &self.page {
            Page::Home | Page::NotFound | Page::Offline => String::new(),
            Page::Themes => THEMES.to_owned(),
            Page::Theme(slug) => format!("{THEMES}/{slug}"),
            Page::Allies => ALLIES.to_owned(),
            Page::Reports => REPORTS.to_owned(),
            Page::Newsletter => NEWSLETTER.to_owned(),
            Page::Privacy => PRIVACY.to_owned(),
            Page::Search => SEARCH.to_owned(),
        };
        match (self.lang.prefix(), page.is_empty()) {
            (None, _) => page,
            (Some(prefix), true) => format!("{prefix}/"),
            (Some(prefix), false) => format!("{prefix}/{page}"),
        }
    }
}

/// The `id` of a report's heading on the reports page, so a feed entry
/// and a search result can link to it (`reports#report-<slug>`).
pub fn report_anchor(slug: &str) -> String {
    format!("report-{slug}")
}

/// The `id` of an ally's heading on the allies page (`allies#ally-<slug>`),
/// for search results.
pub fn ally_anchor(slug: &str) -> String {
    format!("ally-{slug}")
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

    /// `pathname` relative to the base (`/sub/fr/allies` gives `fr/allies`);
    /// a path outside the base is returned as it is.
    pub fn strip<'a>(&self, pathname: &'a str) -> &'a str {
        pathname
            .strip_prefix(self.0.as_ref())
            .or_else(|| pathname.strip_prefix(self.0.trim_end_matches('/')))
            .unwrap_or(pathname)
    }

    /// The route a site address names (`/sub/fr/allies/?q#x` gives the
    /// French allies page), or `None` for one outside the base.
    pub fn route_of(&self, url: &str) -> Option<Route> {
        let path = url.split(['#', '?']).next().unwrap_or_default();
        path.starts_with(self.as_str())
            .then(|| Route::parse(self.strip(path)))
    }

    /// What leptos_router's `base` wants: no trailing slash, empty at the root.
    pub fn router_base(&self) -> String {
        self.0.trim_end_matches('/').to_owned()
    }

    /// The absolute href of a route, e.g. `/sub/fr/allies`.
    pub fn href(&self, route: &Route) -> String {
        format!("{}{}", self.0, route.path())
    }

    /// The absolute href of one of the site's own files, e.g. `sitemap.xml`.
    pub fn file(&self, path: &str) -> String {
        format!("{}{}", self.0, path.trim_start_matches('/'))
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
            Page::Privacy,
            Page::Search,
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
    fn every_route_has_its_own_file() {
        let mut content = Bundle::default();
        for slug in ["a", "b"] {
            content.themes.push(inspir_content::Theme {
                slug: slug.into(),
                ..Default::default()
            });
        }
        let files: Vec<String> = Lang::ALL
            .into_iter()
            .flat_map(|lang| Route::all_in(lang, &content))
            .map(|route| route.output_file())
            .collect();
        assert_eq!(files.len(), 3 * 9);
        for expected in [
            "index.html",
            "what-we-do/index.html",
            "what-we-do/a/index.html",
            "allies/index.html",
            "reports/index.html",
            "newsletter/index.html",
            "privacy/index.html",
            "search/index.html",
            "fr/index.html",
            "es/what-we-do/b/index.html",
        ] {
            assert!(
                files.iter().any(|f| f == expected),
                "{expected} in {files:?}"
            );
        }
        let unique: std::collections::HashSet<_> = files.iter().collect();
        assert_eq!(unique.len(), files.len(), "two routes share a file");
        assert_eq!(
            Route::new(Lang::Fr, Page::NotFound).output_file(),
            "fr/404.html"
        );
        assert_eq!(
            Route::new(Lang::En, Page::NotFound).output_file(),
            "404.html"
        );
        assert_eq!(
            Route::new(Lang::Es, Page::Offline).output_file(),
            "es/offline.html"
        );
    }

    #[test]
    fn each_file_serves_the_route_it_was_written_for() {
        let route = Route::new(Lang::Es, Page::Theme("advocacy".into()));
        let file = route.output_file();
        let folder = file.trim_end_matches("index.html");
        assert_eq!(Route::parse(folder), route);
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
        // The offline page is read from its own file, like 404.html.
        assert_eq!(
            Route::parse("fr/offline.html"),
            Route::new(Lang::Fr, Page::Offline)
        );
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
    fn a_pathname_is_read_relative_to_the_base() {
        let base = BaseUrl::new("/sub/");
        assert_eq!(base.strip("/sub/fr/allies"), "fr/allies");
        assert_eq!(base.strip("/sub"), "");
        assert_eq!(base.strip("/elsewhere"), "/elsewhere");
        assert_eq!(BaseUrl::new("/").strip("/what-we-do"), "what-we-do");
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
