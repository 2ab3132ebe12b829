//! The INSP!R content model: the JSON an editor writes, and the checks that
//! tell them what to fix. Used by the site (to read it) and by `check-content`.

pub mod link;
pub mod model;
pub mod validate;

pub use link::{LinkKind, link_kind};
pub use model::*;
pub use validate::{Problem, check, validate};
