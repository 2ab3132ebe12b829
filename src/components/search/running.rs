//! Running a search a short pause after the last keystroke, so a fast
//! typist starts one search, not one a letter.

use std::time::Duration;

use leptos::prelude::*;

use crate::context::{expect_lang, use_links};
use crate::routes::BaseUrl;
use crate::search::SearchState;

/// The pause after the last keystroke before searching.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// Where a search for `query` stands, following the text in `query`.
/// Earlier results stay shown while the next search waits for its pause.
pub fn use_search(query: Signal<String>) -> ReadSignal<SearchState> {
    // Text typed before this code came is being searched already, as far
    // as the reader can tell (the stand-in said so).
    let typed = !query.read_untracked().trim().is_empty();
    let (state, set_state) = signal(if typed {
        SearchState::Searching { hits: Vec::new() }
    } else {
        SearchState::Idle
    });
    let base = use_links().base;
    let lang = expect_lang();
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let latest = StoredValue::new(0_u32);
    Effect::new(move |_| {
        let text = query.get().trim().to_owned();
        if let Some(pending) = timer.get_value() {
            pending.clear();
        }
        latest.update_value(|n| *n += 1);
        if text.is_empty() {
            set_state.set(SearchState::Idle);
            return;
        }
        let this = latest.get_value();
        let base = base.clone();
        let start = move || {
            set_state.update(|state| {
                *state = SearchState::Searching {
                    hits: state.hits().to_vec(),
                }
            });
            launch(lang.get_untracked(), base, text, move |found| {
                // A search overtaken by newer typing is dropped.
                if latest.try_get_value() == Some(this) {
                    set_state.try_set(found);
                }
            });
        };
        timer.set_value(set_timeout_with_handle(start, DEBOUNCE).ok());
    });
    // A search waiting for its pause dies with the field (a language
    // switch rebuilds the header), rather than loading an index for nobody.
    on_cleanup(move || {
        if let Some(pending) = timer.try_get_value().flatten() {
            pending.clear();
        }
    });
    state
}

#[cfg(feature = "csr")]
fn launch(
    lang: crate::i18n::Lang,
    base: BaseUrl,
    query: String,
    done: impl FnOnce(SearchState) + 'static,
) {
    leptos::task::spawn_local(async move {
        done(match crate::search::find(lang, &base, &query).await {
            Ok(hits) => SearchState::Found { query, hits },
            Err(_) => SearchState::Failed,
        });
    });
}

/// The pre-renderer never runs effects, so it never searches.
#[cfg(not(feature = "csr"))]
fn launch(_: crate::i18n::Lang, _: BaseUrl, _: String, _: impl FnOnce(SearchState) + 'static) {}
