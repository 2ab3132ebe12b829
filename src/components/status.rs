use leptos::prelude::*;

use super::page_head::PageHeading;
use crate::context::use_links;

/// Shown while the content is on its way: light, and announced politely.
#[component]
pub fn Loading() -> impl IntoView {
    let ui = use_links().ui();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <p>{ui.loading}</p>
            <div class="skeleton" aria-hidden="true"></div>
            <div class="skeleton short" aria-hidden="true"></div>
        </div>
    }
}

/// Says in plain words that the content did not load, offers a retry, and
/// keeps the technical reason one click away for whoever deploys the site.
#[component]
pub fn LoadError(
    /// What went wrong, one line each.
    reasons: Vec<String>,
    /// Loads the content again.
    retry: Callback<()>,
) -> impl IntoView {
    let ui = use_links().ui();
    view! {
        <div class="load-error" role="alert">
            <PageHeading title=ui.load_error_title />
            <p>{ui.load_error_body}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                {ui.retry}
            </button>
            <details>
                <summary>{ui.technical_details}</summary>
                <ul>{reasons.into_iter().map(|r| view! { <li><code>{r}</code></li> }).collect_view()}</ul>
            </details>
        </div>
    }
}

/// The page's code (the pages chunk) could not be fetched: offline before
/// it was kept, or a new version of the site came out in between. Trying
/// again loads the page afresh, which the pre-renderer built.
#[component]
pub fn PageCodeMissing() -> impl IntoView {
    let retry = Callback::new(|()| {
        let _ = window().location().reload();
    });
    let reasons =
        vec!["the code that shows this page (its wasm chunk) could not be fetched".to_owned()];
    view! { <LoadError reasons retry /> }
}
