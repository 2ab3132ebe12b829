//! The INSP!R content model: the JSON an editor writes, and the checks that
//! tell them what to fix. Used by the site (to read it) and by `check-content`.

pub mod link;
pub mod localize;
pub mod model;
pub mod validate;

pub use link::{LinkKind, link_kind};
pub use localize::{Localized, fill_from_english};
pub use model::*;
pub use validate::{Findings, Problem, check, check_translation, validate};
