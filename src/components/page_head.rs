use inspir_content::Section;
use leptos::prelude::*;

use super::translation::{NotTranslated, english_if};
use crate::context::use_links;
use crate::document::DocumentTitle;

/// The `id` of every page's `<h1>`: focus goes there after a navigation.
pub const MAIN_HEADING_ID: &str = "main-heading";

/// The page's `<h1>` and its document title, which always agree.
///
/// The heading takes `tabindex="-1"` so the shell can move focus to it after
/// a navigation, as a screen reader user expects from a new page.
#[component]
pub fn PageHeading(
    #[prop(into)] title: String,
    /// The title is English standing in for a missing translation.
    #[prop(optional)]
    untranslated: bool,
) -> impl IntoView {
    let site_name = use_links().ui().site_name;
    let document_title = format!("{title} · {site_name}");
    view! {
        <DocumentTitle text=document_title />
        <h1 id=MAIN_HEADING_ID tabindex="-1" lang=english_if(untranslated)>
            {title}
        </h1>
        <NotTranslated untranslated />
    }
}

/// A list page's heading and, when it has one, its introduction.
#[component]
pub fn SectionHeading(section: Section) -> impl IntoView {
    let untranslated = section.untranslated;
    let intro = (!section.intro.trim().is_empty()).then(|| {
        view! { <p class="lead" lang=english_if(untranslated)>{section.intro}</p> }
    });
    view! {
        <PageHeading title=section.title untranslated />
        {intro}
    }
}
