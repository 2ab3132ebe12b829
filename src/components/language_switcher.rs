use leptos::prelude::*;
use leptos_meta::Link;

use crate::context::expect_route;
use crate::i18n::{Lang, preference};
use crate::routes::{BaseUrl, Route};

/// The same page in each language, each named in itself. The choice is
/// remembered for the visitor's next visit to `/`.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let route = expect_route();
    let base = expect_context::<BaseUrl>();
    move || {
        let current = route.get();
        let items = Lang::ALL
            .into_iter()
            .map(|lang| {
                let href = base.href(&Route::new(lang, current.page.clone()));
                view! {
                    <li>
                        <a
                            href=href
                            hreflang=lang.code()
                            lang=lang.code()
                            aria-current=(lang == current.lang).then_some("true")
                            on:click=move |_| preference::remember(lang)
                        >
                            {lang.name()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="languages" aria-label=current.lang.ui().languages>
                <ul>{items}</ul>
            </nav>
        }
    }
}

/// `<link rel="alternate" hreflang>` for each language, and `x-default`
/// (English), so search engines offer each reader their own language.
#[component]
pub fn AlternateLinks(
    /// Scheme and host, e.g. `https://example.org`; links must be absolute.
    origin: String,
) -> impl IntoView {
    let route = expect_route();
    let base = expect_context::<BaseUrl>();
    move || {
        let page = route.get().page;
        let href = |lang| format!("{origin}{}", base.href(&Route::new(lang, page.clone())));
        let default = view! { <Link rel="alternate" hreflang="x-default" href=href(Lang::En) /> };
        let each = Lang::ALL
            .into_iter()
            .map(|lang| view! { <Link rel="alternate" hreflang=lang.code() href=href(lang) /> })
            .collect_view();
        (each, default)
    }
}
