use thiserror::Error;

/// Why content could not be shown. Each names the address involved so a
/// deployer can find the problem from the page's technical details.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum ContentError {
    #[error("could not reach {url}: {reason}")]
    Network { url: String, reason: String },
    #[error("{url} answered HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{url} is not a valid content bundle: {reason}")]
    Invalid { url: String, reason: String },
    /// The code that reads a bundle is a chunk (`chunks::content`).
    #[error(
        "the code that reads the content could not be fetched (offline, or a new version of the site is out)"
    )]
    ReaderMissing,
}
