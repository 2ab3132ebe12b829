//! Typed access to what the shell provides, so a component asks for
//! `use_links()` instead of repeating `expect_context::<…>()` and its types.

#[cfg(feature = "ssr")]
use std::sync::Arc;

use leptos::prelude::*;

use crate::content::ContentStore;
use crate::i18n::{Lang, Ui};
use crate::routes::{BaseUrl, Page, Route};

/// The site's public origin (`https://www.example.org`) for absolute
/// addresses in page heads: `site_url` from `config.json`. Only the
/// pre-renderer writes head tags, so only it provides this.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
struct SiteOrigin(Arc<str>);

/// Whether the app adopts the page on screen rather than rendering it
/// (see `adopt.rs`).
#[derive(Clone, Copy, Debug)]
struct AdoptPage(bool);

/// What the whole app shares, whatever page it shows.
pub fn provide_app(base: BaseUrl, store: ContentStore) {
    provide_context(base);
    provide_context(store);
}

/// For the pre-renderer, around the app ([`expect_origin`]).
#[cfg(feature = "ssr")]
pub fn provide_origin(origin: &str) {
    provide_context(SiteOrigin(origin.into()));
}

/// Says whether the shell adopts the page on screen ([`adopting`]).
pub fn provide_adoption(adopt: bool) {
    provide_context(AdoptPage(adopt));
}

/// The page on screen was built from the live content: the app adopts it.
pub fn adopting() -> bool {
    use_context::<AdoptPage>().is_some_and(|adopt| adopt.0)
}

#[cfg(feature = "ssr")]
pub fn expect_origin() -> Arc<str> {
    expect_context::<SiteOrigin>().0
}

pub fn expect_store() -> ContentStore {
    expect_context::<ContentStore>()
}

/// The route being shown, and its language on its own so that parts that
/// depend only on the language are not rebuilt on every navigation.
#[derive(Clone, Copy)]
struct CurrentRoute {
    route: Memo<Route>,
    lang: Memo<Lang>,
}

/// The route being shown, for the frame and the page inside it.
pub fn provide_route(route: Memo<Route>) {
    let lang = Memo::new(move |_| route.read().lang);
    provide_context(CurrentRoute { route, lang });
}

pub fn expect_route() -> Memo<Route> {
    expect_context::<CurrentRoute>().route
}

pub fn expect_lang() -> Memo<Lang> {
    expect_context::<CurrentRoute>().lang
}

/// Links and labels for the language of the route being shown.
///
/// Read once per render: pages are rebuilt when the route changes, so a
/// snapshot is right for them; long-lived parts (header, footer) call this
/// inside a reactive closure.
pub fn use_links() -> Links {
    Links {
        base: expect_context::<BaseUrl>(),
        lang: expect_lang().get(),
    }
}

#[derive(Clone, Debug)]
pub struct Links {
    pub base: BaseUrl,
    pub lang: Lang,
}

impl Links {
    pub fn ui(&self) -> &'static Ui {
        self.lang.ui()
    }

    /// The href of `page` in the current language.
    pub fn href(&self, page: Page) -> String {
        self.base.href(&Route::new(self.lang, page))
    }

    /// A content link made safe to render; see [`BaseUrl::resolve`].
    pub fn resolve(&self, link: &str) -> Option<String> {
        self.base.resolve(link)
    }
}
