//! What the importer's tests share: a stand-in server, a recorded
//! WordPress site, and a copy of the repository's `public/` to import into.

#![allow(dead_code)]

pub mod server;
pub mod wordpress;

use std::fs;
use std::path::{Path, PathBuf};

use std::sync::{Arc, OnceLock};

use inspir_import::{Error, Mapping, Target, Warning, Written, run};
use server::{Reply, Request, Server};
use wordpress::Site;

/// Serves the recorded `site`.
pub fn serve(site: Site) -> Server {
    serve_with(site, |_| None)
}

/// Serves `site`, except where `twist` answers first.
pub fn serve_with(
    site: Site,
    twist: impl Fn(&Request) -> Option<Reply> + Send + Sync + 'static,
) -> Server {
    let origin = Arc::new(OnceLock::<String>::new());
    let known = origin.clone();
    let server = Server::start(move |request| {
        twist(request).unwrap_or_else(|| site.answer(request, known.get().unwrap()))
    });
    origin.set(server.origin.clone()).unwrap();
    server
}

/// The slugs of a bundle's list (`themes`, `allies`, `reports`), in order.
pub fn slugs(bundle: &serde_json::Value, list: &str) -> Vec<String> {
    bundle[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_owned())
        .collect()
}

/// A copy of `public/` (bundles, images, reports) in a temporary folder.
pub struct Public {
    pub dir: tempfile::TempDir,
}

impl Public {
    pub fn copy() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
        copy_dir(&repo, dir.path());
        Self { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn content(&self) -> PathBuf {
        self.root().join("content")
    }

    pub fn bundle(&self, lang: &str) -> serde_json::Value {
        serde_json::from_str(&self.read(&format!("content/{lang}.json"))).expect("a JSON bundle")
    }

    pub fn read(&self, site_path: &str) -> String {
        fs::read_to_string(self.root().join(site_path)).expect("a file")
    }

    /// Reads the bundles as check-content does; each translation's
    /// warnings, or the first refusal.
    pub fn check_content(&self) -> Vec<(String, Vec<String>)> {
        let english =
            inspir_content::read_bundle(&self.content().join("en.json"), self.root(), None)
                .unwrap_or_else(|e| panic!("{e}"));
        ["fr", "es"]
            .into_iter()
            .map(|lang| {
                let path = self.content().join(format!("{lang}.json"));
                let file = inspir_content::read_bundle(&path, self.root(), Some(&english.bundle))
                    .unwrap_or_else(|e| panic!("{e}"));
                (
                    lang.to_owned(),
                    file.warnings.iter().map(ToString::to_string).collect(),
                )
            })
            .collect()
    }

    /// Every file's path and bytes, to show nothing changed.
    pub fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        walk(self.root(), &mut files);
        files.sort();
        files
    }

    /// Runs the import with `mapping` (TOML, `ORIGIN` standing for the
    /// server's address).
    pub fn import(
        &self,
        mapping: &str,
        origin: &str,
    ) -> (Result<Vec<Written>, Error>, Vec<Warning>) {
        let mapping = Mapping::from_toml(&mapping.replace("ORIGIN", origin)).expect("a mapping");
        let mut warnings = Vec::new();
        let content = self.content();
        let target = Target {
            content: &content,
            public: self.root(),
        };
        (run(&mapping, &target, &mut warnings), warnings)
    }
}

/// trunk's output, as the pre-renderer expects it: a template keeping the
/// script links, and the app's files (empty: only the HTML is read here).
const TEMPLATE: &str = "<!doctype html>\n<html>\n  <head>\n    <meta charset=\"utf-8\" />\n    \
    <base href=\"/\" />\n    <script type=\"module\">import init from '/app.js'; init('/app_bg.wasm');</script>\n  \
    </head>\n  <body></body>\n</html>\n";

impl Public {
    /// Builds the site from this `public/` as `trunk build` would, every
    /// page pre-rendered, and returns the built folder.
    pub fn build_site(&self) -> tempfile::TempDir {
        let dist = tempfile::tempdir().expect("a temporary folder");
        copy_dir(self.root(), dist.path());
        fs::write(dist.path().join("index.html"), TEMPLATE).unwrap();
        fs::write(dist.path().join("app.js"), "").unwrap();
        fs::write(dist.path().join("app_bg.wasm"), "").unwrap();
        let deploy = tempfile::tempdir().expect("a temporary folder");
        inspir_prerender::build(dist.path(), deploy.path())
            .unwrap_or_else(|e| panic!("the build fails: {e}"));
        dist
    }
}

/// The mapping for the recorded Polylang site, patient for a few
/// milliseconds only.
pub const POLYLANG: &str = r#"
site = "ORIGIN"
[themes]
parent = "what-we-do"
[allies]
from = "posts"
category = "allies"
url = "acf:website"
[reports]
from = "media"
[http]
timeout_seconds = 2
retries = 2
backoff_ms = 10
"#;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            walk(&entry.path(), out);
        } else {
            out.push((entry.path(), fs::read(entry.path()).unwrap()));
        }
    }
}
