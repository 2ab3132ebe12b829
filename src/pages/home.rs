use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::cards::{AllyCard, ReportCard, ThemeCards};
use crate::components::page_head::PageHeading;
use crate::components::translation::{NotTranslated, english_if};
use crate::context::use_links;
use crate::routes::Page;

/// The network's objective, then a taste of every section, then the quote.
#[component]
pub fn HomePage(content: Arc<Bundle>) -> impl IntoView {
    let links = use_links();
    let ui = links.ui();
    let home = content.home.clone();
    let allies = content
        .allies
        .iter()
        .map(|ally| view! { <AllyCard ally=ally.clone() nested=true /> })
        .collect_view();
    let report = content
        .latest_report()
        .map(|report| view! { <ReportCard report=report.clone() nested=true /> });
    let quote = content.quote.clone();
    view! {
        <div class="intro" lang=english_if(home.untranslated)>
            <p class="eyebrow" lang=english_if(content.site.untranslated)>
                {content.site.tagline.clone()}
            </p>
            <PageHeading title=home.title untranslated=home.untranslated />
            <p class="lead">{home.objective}</p>
            <p>{home.members}</p>
        </div>
        <section aria-labelledby="home-themes">
            <h2 id="home-themes">{content.themes_page.title.clone()}</h2>
            <p>{home.themes_intro}</p>
            <ThemeCards content=content.clone() nested=true />
        </section>
        <section aria-labelledby="home-allies">
            <h2 id="home-allies">{content.allies_page.title.clone()}</h2>
            <ul class="cards cards--allies" role="list">{allies}</ul>
            <p><a href=links.href(Page::Allies)>{ui.all_allies}</a></p>
        </section>
        <section aria-labelledby="home-reports">
            <h2 id="home-reports">{content.reports_page.title.clone()}</h2>
            <ul class="cards" role="list">{report}</ul>
            <p><a href=links.href(Page::Reports)>{ui.all_reports}</a></p>
        </section>
        <figure class="quote" lang=english_if(quote.untranslated)>
            <NotTranslated untranslated=quote.untranslated />
            <blockquote>
                <p>{quote.text}</p>
            </blockquote>
            <figcaption>{quote.author}</figcaption>
        </figure>
    }
}
