use std::path::PathBuf;

use inspir_content::FileProblems;

/// Why the build stopped. Each names the file to fix; content problems keep
/// their JSON paths, every one of them at once.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },
    #[error("{}", list(.0))]
    Content(Vec<FileProblems>),
    #[error("{path}: written twice; two routes want the same file")]
    Collision { path: String },
    #[error("broken links:\n{}", list(.0))]
    BrokenLinks(Vec<String>),
}

impl BuildError {
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> BuildError {
        BuildError::File {
            path: path.into(),
            message: message.into(),
        }
    }
}

fn list(items: &[impl std::fmt::Display]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
