//! What a page tells search engines, feed readers and link previews in its
//! `<head>`: description, canonical address, OpenGraph and Twitter cards,
//! hreflang alternates, the reports feed and schema.org data. Only the
//! pre-renderer writes these tags (`tags.rs`); in the browser, `PageHead`
//! renders nothing, as nothing reads them from a live page (see
//! `crate::document`), which keeps leptos_meta out of the wasm.

mod describe;
#[cfg(feature = "ssr")]
mod json_ld;
#[cfg(feature = "ssr")]
mod tags;

pub use describe::{
    APPLE_TOUCH_ICON, Card, LOGO_PATH, PageInfo, describe, feed_path, manifest_path, media_type,
    og_image_path,
};
#[cfg(feature = "ssr")]
pub use tags::PageHead;

/// Size of every OpenGraph image, in pixels (the size link previews expect).
pub const OG_IMAGE_SIZE: (u32, u32) = (1200, 630);

/// In the browser the page keeps its pre-rendered head tags until the
/// first navigation: see `crate::document`.
#[cfg(not(feature = "ssr"))]
#[leptos::component]
pub fn PageHead(
    route: crate::routes::Route,
    content: std::sync::Arc<inspir_content::Bundle>,
) -> impl leptos::IntoView {
    let _ = (route, content);
}
