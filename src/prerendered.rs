//! What the pre-renderer leaves in a page for the app to find when it takes
//! the page over: the two sides meet here.

/// Attribute of `<html>` holding the fingerprint of the content the page was
/// built from (`inspir_content::content_hash`).
pub const CONTENT_HASH_ATTR: &str = "data-content-hash";

/// Text of the comment in `<head>` after which the page's own head tags
/// start (leptos_meta's marker). The app removes what follows it after the
/// first navigation, as those tags describe the first page only.
pub const HEAD_MARKER: &str = "HEAD";

/// Attribute of `<html>` listing, space-separated, what the app fetches
/// first when it starts (`config.json` and the page's bundles). The loader
/// in Trunk.toml requests them as it starts the wasm, so they arrive
/// together, yet never compete with the page's own first paint.
pub const PRELOAD_ATTR: &str = "data-preload";

/// Attribute of `<html>` naming the picture at the top of the page, if
/// any (`pages::lead_picture`). Content pictures are lazy, so that lite mode
/// can keep them back; the head script in `index.html` asks for this one
/// at once on other pages, as an eager picture would be.
pub const PICTURE_ATTR: &str = "data-picture";

/// Marks the offline page, which the service worker shows at the address of
/// a page not saved on the device. The app leaves it as it is: taking it
/// over would show that other page, from whatever content is at hand.
pub const OFFLINE_PAGE_ATTR: &str = "data-offline-page";
