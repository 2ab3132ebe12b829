//! The head tags themselves, written by the pre-renderer through leptos_meta.

use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Script};

use super::OG_IMAGE_SIZE;
use super::describe::{APPLE_TOUCH_ICON, describe, feed_path, manifest_path};
use super::json_ld::{self, Urls};
use crate::context::expect_origin;
use crate::i18n::Lang;
use crate::routes::{BaseUrl, Page, Route};

/// Every head tag of `route`'s page but its `<title>`, which the page's
/// heading sets so that the two always agree.
#[component]
pub fn PageHead(route: Route, content: Arc<Bundle>) -> impl IntoView {
    let base = expect_context::<BaseUrl>();
    let origin = expect_origin();
    let ui = route.lang.ui();
    let info = describe(&route, &content);
    let absolute = |href: String| format!("{origin}{href}");
    let file = |path: &str| absolute(base.file(path));
    let url = absolute(base.href(&route));
    // The app keeps the manifest and icon links when it removes the rest
    // (`crate::document`): they hold for every page.
    let feed = view! {
        <Link rel="alternate" type_="application/atom+xml" title=ui.feed_title
            href=base.file(&feed_path(route.lang)) />
        <Link rel="manifest" href=base.file(&manifest_path(route.lang)) />
        <Link rel="apple-touch-icon" href=base.file(APPLE_TOUCH_ICON) />
    };
    if !info.indexable {
        return view! {
            <Meta name="description" content=info.description />
            <Meta name="robots" content="noindex" />
            {feed}
        }
        .into_any();
    }
    let home = absolute(base.href(&Route::new(route.lang, Page::Home)));
    let json_ld = json_ld::json_ld(
        &route,
        &info,
        &content,
        &Urls {
            page: &url,
            home: &home,
            file: &file,
        },
    );
    let image = file(&info.card.path);
    let image_alt = info.card.alt();
    let (width, height) = OG_IMAGE_SIZE;
    let other_locales = Lang::ALL
        .into_iter()
        .filter(|lang| *lang != route.lang)
        .map(|lang| view! { <Meta property="og:locale:alternate" content=lang.og_locale() /> })
        .collect_view();
    let alternate = |hreflang: &'static str, lang: Lang| {
        let href = absolute(base.href(&Route::new(lang, route.page.clone())));
        view! { <Link rel="alternate" hreflang=hreflang href=href /> }
    };
    let alternates = Lang::ALL
        .into_iter()
        .map(|lang| alternate(lang.code(), lang))
        .collect_view();
    view! {
        <Meta name="description" content=info.description.clone() />
        <Link rel="canonical" href=url.clone() />
        {alternates}
        {alternate("x-default", Lang::En)}
        {feed}
        <Meta property="og:site_name" content=ui.site_name />
        <Meta property="og:type" content=info.kind />
        <Meta property="og:title" content=info.title.clone() />
        <Meta property="og:description" content=info.description.clone() />
        <Meta property="og:url" content=url />
        <Meta property="og:locale" content=route.lang.og_locale() />
        {other_locales}
        <Meta property="og:image" content=image.clone() />
        <Meta property="og:image:type" content="image/png" />
        <Meta property="og:image:width" content=width.to_string() />
        <Meta property="og:image:height" content=height.to_string() />
        <Meta property="og:image:alt" content=image_alt.clone() />
        <Meta name="twitter:card" content="summary_large_image" />
        <Meta name="twitter:title" content=info.title />
        <Meta name="twitter:description" content=info.description />
        <Meta name="twitter:image" content=image />
        <Meta name="twitter:image:alt" content=image_alt />
        <Script type_="application/ld+json">{json_ld}</Script>
    }
    .into_any()
}
