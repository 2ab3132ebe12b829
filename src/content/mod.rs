//! Where the site gets its content: the model is the `inspir-content` crate;
//! this module fetches it, holds it by language, and says what went wrong
//! when it cannot.

mod config;
mod error;
mod load;
mod store;

pub use config::{SiteConfig, origin_of};
pub use error::ContentError;
pub use load::{BundleUrls, CONFIG_FILE, ConfigFile, Fetched, fetch_bundle, fetch_config};
pub use store::{ContentStore, Loaded};
