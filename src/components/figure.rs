use inspir_content::{Figure as FigureContent, Image};
use leptos::prelude::*;

use super::lite::ShowPicture;
use super::translation::{NotTranslated, english_if};
use crate::context::use_links;

/// An image from content, at its declared size so nothing shifts while it
/// loads. A source that is not a safe link renders nothing rather than an
/// attacker's URL. Always lazy: the browser then fetches no picture that
/// is hidden, which is how lite mode keeps pictures back (see `lite.rs`);
/// an eager one would be fetched as the page arrives, hidden or not.
#[component]
pub fn ContentImage(image: Image, #[prop(optional)] class: &'static str) -> impl IntoView {
    let src = use_links().resolve(&image.src)?;
    Some(view! {
        // `loading` before `src`: the app sets attributes in this order, and
        // an image whose `src` is set while it is not yet lazy starts loading.
        <img
            class=class
            loading="lazy"
            decoding="async"
            src=src
            alt=image.alt
            width=image.width.to_string()
            height=image.height.to_string()
        />
    })
}

/// An illustration with its caption; on a lite page, its description and
/// caption until the reader asks for the picture.
#[component]
pub fn Figure(figure: FigureContent) -> impl IntoView {
    let untranslated = figure.untranslated;
    let alt = figure.image.alt.clone();
    view! {
        <figure class="figure" lang=english_if(untranslated)>
            <ContentImage image=figure.image />
            <ShowPicture alt />
            <figcaption>{figure.caption}</figcaption>
            <NotTranslated untranslated />
        </figure>
    }
}
