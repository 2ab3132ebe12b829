//! Lite mode's two controls. Both work without the app, which a lite page
//! never loads: the small script in `index.html`'s head decides the mode
//! before the page's body arrives, and answers clicks on these
//! (`data-lite-toggle`, `data-show-picture`). The stylesheet shows each
//! state from the `lite` class on `<html>` and from `aria-pressed`.

use leptos::prelude::*;

use crate::context::use_links;

/// The footer's switch. It is pressed only on a lite page, where the app
/// never renders it, so the app renders it unpressed; the head script sets
/// it on a pre-rendered lite page. Switching reloads the page in the new mode.
#[component]
pub fn LiteToggle() -> impl IntoView {
    let ui = use_links().ui();
    view! {
        <p class="lite-toggle">
            <button
                type="button"
                class="button button--quiet"
                aria-pressed="false"
                aria-describedby="lite-toggle-hint"
                data-lite-toggle=""
            >
                {ui.lite.toggle} " "
                <span class="lite-toggle__on">{ui.lite.on}</span>
                <span class="lite-toggle__off">{ui.lite.off}</span>
            </button>
            " "
            <span id="lite-toggle-hint">{ui.lite.hint}</span>
        </p>
    }
}

/// On a lite page, stands in for a picture: its description, and a tap
/// shows it. Hidden on other pages.
#[component]
pub fn ShowPicture(alt: String) -> impl IntoView {
    let ui = use_links().ui();
    view! {
        <button type="button" class="figure__show" data-show-picture="">
            <span class="figure__alt">{alt}</span>
            <span class="figure__show-hint">{ui.lite.show_picture}</span>
        </button>
    }
}
