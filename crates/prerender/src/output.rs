use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::BuildError;

/// Writes files under the output folder and remembers each one, so that a
/// file two routes both want is an error rather than a silent overwrite.
pub struct Output {
    root: PathBuf,
    written: BTreeSet<String>,
}

impl Output {
    pub fn new(root: &Path) -> Output {
        Output {
            root: root.to_owned(),
            written: BTreeSet::new(),
        }
    }

    /// Writes `bytes` at `path`, relative to the output folder.
    pub fn write(&mut self, path: &str, bytes: impl AsRef<[u8]>) -> Result<(), BuildError> {
        if !self.written.insert(path.to_owned()) {
            return Err(BuildError::Collision { path: path.into() });
        }
        let file = self.root.join(path);
        let io = |source| BuildError::Io {
            path: file.clone(),
            source,
        };
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder).map_err(io)?;
        }
        std::fs::write(&file, bytes).map_err(io)
    }

    /// Every path written, in order.
    pub fn written(&self) -> impl Iterator<Item = &str> {
        self.written.iter().map(String::as_str)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}
