//! The content chunk: the code that reads a bundle (serde's readers of
//! the whole content model, and filling a translation from English). A
//! page the app adopts never needs it until the first navigation, or the
//! newsletter form, asks for the content itself; the app knows it may
//! adopt the page from the files' fingerprint alone.

use inspir_content::Bundle;

use super::chunk;
use crate::content::{ContentError, Fetched};

chunk! {
    content:
    /// The bundle `fetched` holds, read.
    fn read_fetched(fetched: Fetched) -> Result<Bundle, ContentError> {
        fetched.read()
    }
}

/// The bundle `fetched` holds; if this chunk cannot be fetched, says so
/// as the content's own failure, which the page shows with a retry.
pub async fn read(fetched: Fetched) -> Result<Bundle, ContentError> {
    read_fetched(fetched)
        .await
        .unwrap_or(Err(ContentError::ReaderMissing))
}
