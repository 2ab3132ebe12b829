//! The page's part in reading offline: a notice when a newer build is
//! ready, and a button that keeps a report on the device. Both act only in
//! the browser; see `src/offline`.

use leptos::prelude::*;

use crate::context::use_links;
use crate::prerendered::Widget;

/// "A newer version of the site is ready: Reload". Always in the page, so
/// screen readers announce it when it fills; empty, it takes no space.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| watch_for_update(set_ready));
    view! {
        <div class="update-notice" role="status">
            {move || {
                ready.get().then(|| {
                    let ui = &use_links().ui().offline;
                    view! {
                        <p class="update-notice__box">
                            {ui.update_ready} " "
                            <button type="button" class="button" on:click=move |_| reload()>
                                {ui.reload}
                            </button>
                        </p>
                    }
                })
            }}
        </div>
    }
}

/// Where a kept report stands, as the card says it.
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(not(feature = "csr"), allow(dead_code))]
enum Kept {
    No,
    Keeping,
    Yes,
    /// Still kept until the removal is done, so the card says so meanwhile.
    Removing,
    Failed,
}

/// "Keep for offline" on a report card; once kept, "Remove from this
/// device". Hidden without JavaScript (`index.html`), where it cannot work.
#[component]
pub fn KeepForOffline(
    /// The report file's href.
    href: String,
    /// The report's title, so each button is named for its report.
    title: String,
) -> impl IntoView {
    let ui = use_links().ui();
    let (state, set_state) = signal(Kept::No);
    let file = StoredValue::new(href.clone());
    Effect::new(move |_| check_kept(file.get_value(), set_state));
    let toggle = move |_| {
        let next = match state.get_untracked() {
            Kept::Keeping | Kept::Removing => return,
            Kept::Yes => Kept::Removing,
            Kept::No | Kept::Failed => Kept::Keeping,
        };
        set_state.set(next);
        change_kept(file.get_value(), next == Kept::Keeping, set_state);
    };
    let busy = move || matches!(state.get(), Kept::Keeping | Kept::Removing);
    let label = move || match state.get() {
        Kept::Yes | Kept::Removing => ui.offline.remove,
        Kept::No | Kept::Keeping | Kept::Failed => ui.offline.keep,
    };
    let said = move || match state.get() {
        Kept::Yes | Kept::Removing => Some(ui.offline.kept),
        Kept::Failed => Some(ui.offline.keep_failed),
        Kept::No | Kept::Keeping => None,
    };
    let named = title.clone();
    view! {
        <div
            class="keep-offline"
            data-widget=Widget::KeepForOffline.name()
            data-href=href
            data-title=named
        >
            <button
                type="button"
                class="button button--quiet"
                aria-disabled=move || busy().then_some("true")
                on:click=toggle
            >
                {label}
                <span class="visually-hidden">": " {title}</span>
            </button>
            <p class="keep-offline__status" role="status">{said}</p>
        </div>
    }
}

#[cfg(feature = "csr")]
fn watch_for_update(set_ready: WriteSignal<bool>) {
    leptos::task::spawn_local(async move {
        crate::offline::update_ready().await;
        set_ready.try_set(true);
    });
}

#[cfg(feature = "csr")]
fn reload() {
    leptos::task::spawn_local(crate::offline::apply_update());
}

#[cfg(feature = "csr")]
fn check_kept(href: String, set_state: WriteSignal<Kept>) {
    leptos::task::spawn_local(async move {
        if crate::offline::is_kept(&href).await {
            set_state.try_set(Kept::Yes);
        }
    });
}

#[cfg(feature = "csr")]
fn change_kept(href: String, keeping: bool, set_state: WriteSignal<Kept>) {
    leptos::task::spawn_local(async move {
        let done = if keeping {
            crate::offline::keep(&href).await
        } else {
            crate::offline::forget(&href).await
        };
        let state = match (done, keeping) {
            (Ok(()), true) => Kept::Yes,
            (Ok(()), false) => Kept::No,
            (Err(error), true) => {
                leptos::logging::warn!("keeping {href} for offline: {error}");
                Kept::Failed
            }
            // "Could not be kept" would be wrong here: say what is true.
            (Err(error), false) => {
                leptos::logging::warn!("removing {href} from this device: {error}");
                if crate::offline::is_kept(&href).await {
                    Kept::Yes
                } else {
                    Kept::No
                }
            }
        };
        set_state.try_set(state);
    });
}

// The pre-renderer never runs effects or clicks.
#[cfg(not(feature = "csr"))]
fn watch_for_update(_: WriteSignal<bool>) {}
#[cfg(not(feature = "csr"))]
fn reload() {}
#[cfg(not(feature = "csr"))]
fn check_kept(_: String, _: WriteSignal<Kept>) {}
#[cfg(not(feature = "csr"))]
fn change_kept(_: String, _: bool, _: WriteSignal<Kept>) {}
