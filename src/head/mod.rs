//! What a page tells search engines, feed readers and link previews in its
//! `<head>`: description, canonical address, OpenGraph and Twitter cards,
//! hreflang alternates, the reports feed and schema.org data. The app
//! renders it in the browser and the pre-renderer on the host, through the
//! same component, so a page's head is the same before and after the app
//! takes over.

mod describe;

use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Script};

pub use describe::{Card, LOGO_PATH, PageInfo, describe, feed_path, media_type, og_image_path};

use crate::context::expect_origin;
use crate::i18n::Lang;
use crate::routes::{BaseUrl, Page, Route};

/// Size of every OpenGraph image, in pixels (the size link previews expect).
pub const OG_IMAGE_SIZE: (u32, u32) = (1200, 630);

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
    let feed = view! {
        <Link rel="alternate" type_="application/atom+xml" title=ui.feed_title
            href=base.file(&feed_path(route.lang)) />
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
    let json_ld = describe::json_ld(
        &route,
        &info,
        &content,
        &describe::Urls {
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
