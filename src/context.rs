//! Typed access to what the shell provides, so a component asks for
//! `use_links()` instead of repeating `expect_context::<…>()` and its types.

use leptos::prelude::*;

use crate::i18n::{Lang, Ui};
use crate::routes::{BaseUrl, Page, Route};

/// The route being shown, and its language on its own so that parts that
/// depend only on the language are not rebuilt on every navigation.
#[derive(Clone, Copy)]
struct CurrentRoute {
    route: Memo<Route>,
    lang: Memo<Lang>,
}

pub fn provide_site(base: BaseUrl, route: Memo<Route>) {
    provide_context(base);
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
