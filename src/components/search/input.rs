use leptos::html::Input;
use leptos::prelude::*;

/// The search box, the same in the header and on the search page: `/` is
/// its shortcut, and it names the results it controls.
#[component]
pub fn SearchInput(
    id: &'static str,
    /// The id of the results it fills.
    results: &'static str,
    query: RwSignal<String>,
    node_ref: NodeRef<Input>,
    /// Called with the new text as the visitor types.
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <input
            id=id
            node_ref=node_ref
            type="search"
            name="q"
            autocomplete="off"
            aria-keyshortcuts="/"
            aria-controls=results
            prop:value=query
            on:input=move |ev| on_input(event_target_value(&ev))
            // The code that searches is fetched as the reader comes to the
            // field, so it is in by the end of the pause after typing.
            on:focus=|_| crate::chunks::warm(crate::chunks::search::preload())
        />
    }
}
