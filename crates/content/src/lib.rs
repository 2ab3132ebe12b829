//! The INSP!R content model: the JSON an editor writes, and the checks that
//! tell them what to fix. Used by the site (to read it), by `check-content`
//! and by the pre-renderer.

pub mod files;
pub mod hash;
pub mod link;
pub mod localize;
pub mod model;
pub mod validate;

pub use files::{BundleFile, FileProblems, files_under, read_bundle};
pub use hash::content_hash;
pub use link::{LinkKind, link_kind};
pub use localize::{Localized, fill_from_english};
pub use model::*;
pub use validate::{Checked, Findings, Problem, check, check_bundle, check_translation, validate};
