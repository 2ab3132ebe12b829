//! What stops an import. Every message names what failed (a URL, a file, a
//! WordPress item), so the person running it knows where to look.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// A gap the import worked around: the bundles are still written, and the
/// editor is told which WordPress item to fix and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// e.g. `page 42 "Égalité de genre" (fr)`.
    pub item: String,
    pub message: String,
    /// Where to fix it in WordPress, when it is one item.
    pub edit: Option<String>,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.message)?;
        if let Some(edit) = &self.edit {
            write!(f, " (edit: {edit})")?;
        }
        Ok(())
    }
}
