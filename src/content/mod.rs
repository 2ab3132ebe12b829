//! Where the site gets its content: the model is the `inspir-content` crate;
//! this module fetches it and says what went wrong when it cannot.

mod config;
mod error;
mod load;

pub use config::SiteConfig;
pub use error::ContentError;
pub use load::load_bundle;
