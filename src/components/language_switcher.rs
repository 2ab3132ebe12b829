use leptos::prelude::*;

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
