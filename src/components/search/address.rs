//! The search page's address, and how search goes to it.

/// How search moves to an address the app wrote in full (base included):
/// as it is, since the router would otherwise put the base in front again.
pub fn as_is() -> leptos_router::NavigateOptions {
    leptos_router::NavigateOptions {
        resolve: false,
        ..Default::default()
    }
}

/// The search page's address (`page`) for `query`:
/// `/fr/search?q=s%C3%A9curit%C3%A9`.
pub fn search_href(page: &str, query: &str) -> String {
    let query = query.trim();
    if query.is_empty() {
        page.to_owned()
    } else {
        format!("{page}?q={}", js_sys::encode_uri_component(query))
    }
}
