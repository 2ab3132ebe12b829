use inspir_content::{Figure as FigureContent, Image};
use leptos::prelude::*;

use super::translation::{NotTranslated, english_if};
use crate::context::use_links;

/// An image from content, at its declared size so nothing shifts while it
/// loads. A source that is not a safe link renders nothing rather than an
/// attacker's URL.
#[component]
pub fn ContentImage(
    image: Image,
    #[prop(optional)] class: &'static str,
    /// Above the fold images load at once; the rest wait until needed.
    #[prop(optional)]
    eager: bool,
) -> impl IntoView {
    let src = use_links().resolve(&image.src)?;
    Some(view! {
        <img
            class=class
            src=src
            alt=image.alt
            width=image.width.to_string()
            height=image.height.to_string()
            loading=if eager { "eager" } else { "lazy" }
            decoding="async"
        />
    })
}

/// An illustration with its caption.
#[component]
pub fn Figure(figure: FigureContent) -> impl IntoView {
    let untranslated = figure.untranslated;
    view! {
        <figure class="figure" lang=english_if(untranslated)>
            <ContentImage image=figure.image eager=true />
            <figcaption>{figure.caption}</figcaption>
            <NotTranslated untranslated />
        </figure>
    }
}
