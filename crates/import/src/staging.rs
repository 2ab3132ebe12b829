//! Downloads kept aside until the whole import is valid, then moved into
//! `public/` with the bundles. A failed import leaves `public/` as it was.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::client::Client;
use crate::error::Error;

/// A downloaded file, by the site path it will have.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// e.g. `images/wp/okra.jpg`.
    pub site_path: String,
    pub bytes: Vec<u8>,
}

pub struct Staging {
    public: PathBuf,
    dir: PathBuf,
    /// Site path → its bytes' length, for the validator.
    sizes: BTreeMap<String, u64>,
    /// URL → what it was saved as, so a file used by three languages is
    /// downloaded once.
    by_url: BTreeMap<String, Fetched>,
}

impl Staging {
    pub fn new(public: &Path) -> Result<Self, Error> {
        let dir = public.join(format!(".inspir-import-{}", std::process::id()));
        fs::create_dir_all(&dir)
            .map_err(|e| Error::new(format!("{}: cannot create: {e}", dir.display())))?;
        Ok(Self {
            public: public.to_owned(),
            dir,
            sizes: BTreeMap::new(),
            by_url: BTreeMap::new(),
        })
    }

    /// Downloads `url` into `folder` (`images/wp`, `reports`), under the
    /// file name of its address.
    pub fn fetch(&mut self, client: &Client, url: &str, folder: &str) -> Result<Fetched, Error> {
        if let Some(done) = self.by_url.get(url) {
            return Ok(done.clone());
        }
        let bytes = client.download(url)?;
        let site_path = self.free_name(folder, &file_name(url));
        let staged = self.dir.join(&site_path);
        let write = || -> io::Result<()> {
            fs::create_dir_all(staged.parent().expect("a file has a folder"))?;
            fs::write(&staged, &bytes)
        };
        write().map_err(|e| Error::new(format!("{}: cannot write: {e}", staged.display())))?;
        self.sizes.insert(site_path.clone(), bytes.len() as u64);
        let fetched = Fetched { site_path, bytes };
        self.by_url.insert(url.to_owned(), fetched.clone());
        Ok(fetched)
    }

    /// `folder/name`, or `folder/2-name` when another address took it.
    fn free_name(&self, folder: &str, name: &str) -> String {
        (1..)
            .map(|n| match n {
                1 => format!("{folder}/{name}"),
                n => format!("{folder}/{n}-{name}"),
            })
            .find(|path| !self.sizes.contains_key(path))
            .expect("a free name")
    }

    /// A site path's size: a downloaded file's, else the file in `public/`.
    pub fn size_of(&self, site_path: &str) -> Option<u64> {
        self.sizes
            .get(site_path)
            .copied()
            .or_else(|| inspir_content::files_under(&self.public)(site_path))
    }

    /// Moves every download into `public/`.
    pub fn commit(self) -> Result<(), Error> {
        for site_path in self.sizes.keys() {
            let (from, to) = (self.dir.join(site_path), self.public.join(site_path));
            let moved = to
                .parent()
                .map_or(Ok(()), fs::create_dir_all)
                .and_then(|()| fs::rename(&from, &to));
            moved.map_err(|e| Error::new(format!("{}: cannot write: {e}", to.display())))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Committed (only empty folders left) or abandoned alike.
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// The last segment of a URL's path, made safe as a file name: lowercase
/// letters, digits, dots and hyphens.
pub fn file_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let last = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or("file");
    let safe: String = last
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_matches(['-', '.']);
    if safe.is_empty() {
        "file".into()
    } else {
        safe.into()
    }
}

/// Writes `text` to `path` through a temporary file beside it, so the file
/// is either the old one or the new one, never half of either.
pub fn write_whole(path: &Path, text: &str) -> Result<(), Error> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bundle");
    let temporary = path.with_file_name(format!(".{name}.tmp"));
    fs::write(&temporary, text)
        .and_then(|()| fs::rename(&temporary, path))
        .map_err(|e| {
            let _ = fs::remove_file(&temporary);
            Error::new(format!("{}: cannot write: {e}", path.display()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            file_name("https://x.org/wp-content/uploads/2020/06/Okra Photo.JPG?v=2"),
            "okra-photo.jpg"
        );
        assert_eq!(
            file_name("https://x.org/uploads/../../etc/passwd"),
            "passwd"
        );
        assert_eq!(file_name("https://x.org/"), "x.org");
        assert_eq!(file_name("https://x.org/..."), "file");
    }
}
