//! The content chunk: the code that reads a bundle (serde's readers of
//! the whole content model and of `config.json`, and filling a translation
//! from English). A
//! page the app adopts never needs it until the first navigation, or the
//! newsletter form, asks for the content itself; the app knows it may
//! adopt the page from the files' fingerprint alone.

use inspir_content::Bundle;

use super::chunk;
use crate::content::{ConfigFile, ContentError, Fetched, SiteConfig};

chunk! {
    content:
    /// The bundle `fetched` holds, read.
    fn read_fetched(fetched: Fetched) -> Result<Bundle, ContentError> {
        fetched.read()
    }
}

chunk! {
    content:
    /// The settings `file` holds, read.
    fn read_held_config(file: ConfigFile) -> Result<SiteConfig, ContentError> {
        file.read()
    }
}

/// The settings `file` holds; if this chunk cannot be fetched, says so as
/// the content's own failure.
pub async fn read_config(file: ConfigFile) -> Result<SiteConfig, ContentError> {
    read_held_config(file)
        .await
        .unwrap_or(Err(ContentError::ReaderMissing))
}

/// The bundle `fetched` holds; if this chunk cannot be fetched, says so
/// as the content's own failure, which the page shows with a retry.
pub async fn read(fetched: Fetched) -> Result<Bundle, ContentError> {
    read_fetched(fetched)
        .await
        .unwrap_or(Err(ContentError::ReaderMissing))
}
