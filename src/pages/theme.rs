use std::sync::Arc;

use inspir_content::{Bundle, Image, Theme};
use leptos::prelude::*;

use crate::components::figure::Figure;
use crate::components::page_head::PageHeading;
use crate::components::translation::{NotTranslated, english_if};
use crate::context::use_links;
use crate::routes::Page;

/// `/what-we-do/<slug>`: a theme's full text with its illustration, and the
/// way on to the themes before and after it.
#[component]
pub fn ThemePage(theme: Theme, content: Arc<Bundle>) -> impl IntoView {
    let links = use_links();
    let ui = links.ui();
    let figure = content.figure(&theme.figure).cloned();
    let (previous, next) = content.neighbours(&theme.slug);
    let pager_link = |theme: Option<&Theme>, rel: &'static str, label: &'static str| {
        theme.map(|t| {
            view! {
                <a href=links.href(Page::Theme(t.slug.clone())) rel=rel class=rel>
                    <span class="pager__label">{label}</span>
                    <span class="pager__title">{t.title.clone()}</span>
                </a>
            }
        })
    };
    let previous = pager_link(previous, "prev", ui.previous_theme);
    let next = pager_link(next, "next", ui.next_theme);
    let paragraphs = theme
        .body
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view();
    view! {
        <nav aria-label=ui.breadcrumb class="breadcrumb">
            <a href=links.href(Page::Themes)>{content.themes_page.title.clone()}</a>
        </nav>
        <article class="theme" lang=english_if(theme.untranslated)>
            <NotTranslated untranslated=theme.untranslated />
            <PageHeading title=theme.title />
            {figure.map(|figure| view! { <Figure figure /> })}
            <div class="prose">{paragraphs}</div>
        </article>
        <nav aria-label=ui.theme_pager class="pager">
            {previous}
            <a href=links.href(Page::Themes) class="all">{ui.all_themes}</a>
            {next}
        </nav>
    }
}

/// The picture at the top of a page: a theme's figure. Its `<img>` is lazy
/// (see `ContentImage`), so the pre-renderer names it in `<html>`
/// (`PICTURE_ATTR`) for the head script in `index.html` to ask for at once,
/// unless the page is in lite mode.
pub fn lead_picture<'a>(page: &Page, content: &'a Bundle) -> Option<&'a Image> {
    match page {
        Page::Theme(slug) => content
            .figure(&content.theme(slug)?.figure)
            .map(|figure| &figure.image),
        _ => None,
    }
}
