//! Reading without a connection, the page's side: the notice of a new
//! build, and keeping a report on the device. The service worker itself is
//! written by the pre-renderer (`crates/prerender/src/offline.rs`) and
//! registered by the loader in `Trunk.toml`.

#[cfg(feature = "csr")]
mod worker;

#[cfg(feature = "csr")]
pub use worker::{apply_update, forget, is_kept, is_kept_at, keep, update_ready};
