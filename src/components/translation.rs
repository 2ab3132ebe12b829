//! How English standing in for a missing translation is shown: marked with
//! `lang="en"` so screen readers switch voice, and with a visible notice in
//! the page's own language.

use leptos::prelude::*;

use crate::context::use_links;

/// The `lang` attribute for an element whose text may be English stand-in.
pub fn english_if(untranslated: bool) -> Option<&'static str> {
    untranslated.then_some("en")
}

/// "Not yet translated", in the page's language, when `untranslated`.
#[component]
pub fn NotTranslated(untranslated: bool) -> impl IntoView {
    let links = use_links();
    untranslated.then(|| {
        view! {
            <p class="not-translated" lang=links.lang.code()>
                {links.ui().not_translated}
            </p>
        }
    })
}
