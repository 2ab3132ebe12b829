//! The cards of the list pages and the home page.

use std::sync::Arc;

use inspir_content::{Ally, Bundle, Image, Report, Theme};
use leptos::either::Either;
use leptos::prelude::*;

use super::figure::ContentImage;
use super::translation::{NotTranslated, english_if};
use crate::components::offline::KeepForOffline;
use crate::context::use_links;
use crate::routes::{Page, ally_anchor, report_anchor};

/// A card's heading: `<h2>` on a list page, `<h3>` inside a home section.
/// Its `id` makes it a section of its own in search results.
#[component]
fn CardHeading(
    nested: bool,
    #[prop(optional, into)] id: Option<String>,
    children: Children,
) -> impl IntoView {
    if nested {
        Either::Left(view! { <h3 class="card__title" id=id>{children()}</h3> })
    } else {
        Either::Right(view! { <h2 class="card__title" id=id>{children()}</h2> })
    }
}

/// On a card shown away from its own page (a home section), so search
/// finds each thing once, where it lives.
fn ignored_by_search(nested: bool) -> Option<&'static str> {
    nested.then_some("")
}

/// A theme: picture, title linking to its page, one-line summary.
#[component]
pub fn ThemeCard(
    theme: Theme,
    /// The theme's illustration, when its figure exists.
    image: Option<Image>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let href = use_links().href(Page::Theme(theme.slug));
    let untranslated = theme.untranslated;
    view! {
        <li class="card card--theme" lang=english_if(untranslated)>
            {image.map(|image| view! { <ContentImage image class="card__image" /> })}
            <NotTranslated untranslated />
            <CardHeading nested>
                <a class="card__link" href=href>{theme.title}</a>
            </CardHeading>
            <p>{theme.summary}</p>
        </li>
    }
}

/// Every theme as a card, each with its figure's picture.
#[component]
pub fn ThemeCards(content: Arc<Bundle>, #[prop(optional)] nested: bool) -> impl IntoView {
    let cards = content
        .themes
        .iter()
        .map(|theme| {
            let image = content.figure(&theme.figure).map(|f| f.image.clone());
            view! { <ThemeCard theme=theme.clone() image nested /> }
        })
        .collect_view();
    // Each theme is found on its own page, never on a list of them.
    view! { <ul class="cards" role="list" data-pagefind-ignore="">{cards}</ul> }
}

/// An ally: mark, name, description and a link to its own site.
#[component]
pub fn AllyCard(ally: Ally, #[prop(optional)] nested: bool) -> impl IntoView {
    let links = use_links();
    let url = links.resolve(&ally.url);
    let more_info = links.ui().more_info;
    let name = ally.name.clone();
    let untranslated = ally.untranslated;
    view! {
        <li
            class="card card--ally"
            lang=english_if(untranslated)
            data-pagefind-ignore=ignored_by_search(nested)
        >
            <ContentImage image=ally.mark class="card__mark" />
            <NotTranslated untranslated />
            <CardHeading nested id=ally_anchor(&ally.slug)>{name}</CardHeading>
            <p>{ally.description}</p>
            {url.map(|url| view! {
                <p>
                    <a href=url rel="external noopener noreferrer">
                        {more_info}
                        <span class="visually-hidden">": " {ally.name}</span>
                    </a>
                </p>
            })}
        </li>
    }
}

/// A publication with the facts a reader on a metered connection needs
/// before downloading: year, language, format and size.
#[component]
pub fn ReportCard(report: Report, #[prop(optional)] nested: bool) -> impl IntoView {
    let links = use_links();
    let ui = links.ui();
    let href = links.resolve(&report.file);
    let size = ui.file_size(report.size_bytes);
    let language = ui.language_name(&report.language);
    let link_label = format!("{} ({}, {size})", ui.download, report.format);
    let title = report.title.clone();
    let untranslated = report.untranslated;
    view! {
        <li
            class="card card--report"
            lang=english_if(untranslated)
            data-pagefind-ignore=ignored_by_search(nested)
        >
            <NotTranslated untranslated />
            <CardHeading nested id=report_anchor(&report.slug)>{title}</CardHeading>
            <p>{report.summary}</p>
            <dl class="facts">
                <div><dt>{ui.report_year}</dt><dd>{report.year}</dd></div>
                <div><dt>{ui.report_language}</dt><dd>{language}</dd></div>
                <div><dt>{ui.report_format}</dt><dd>{report.format}</dd></div>
                <div><dt>{ui.report_size}</dt><dd>{size.clone()}</dd></div>
            </dl>
            {href.map(|href| view! {
                <a class="button" href=href.clone() download="">
                    {link_label}
                    <span class="visually-hidden">": " {report.title.clone()}</span>
                </a>
                <KeepForOffline href title=report.title />
            })}
        </li>
    }
}
