//! The service worker, written last, from the finished pages, so that a
//! reader who has visited once can read on without a connection.
//!
//! `sw.js` is `service-worker.js` below a manifest of this build: each
//! file's address and a revision (a hash of its bytes), grouped as the
//! worker keeps them. Every page of a language is kept together, with the
//! content bundles its app reads, so any link on a saved page opens offline.
//!
//! Our own worker rather than Workbox's `generateSW`: Workbox precaches one
//! fixed list, and this site keeps only the reader's languages (a third of
//! the pages each); it also knows which addresses exist, so offline it can
//! tell a page not saved here (the offline page) from one that does not
//! exist (the not-found page). The whole worker is ~6 KB unminified.

use std::collections::BTreeMap;
use std::path::Path;

use inspir_site::i18n::Lang;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::BuildError;

/// The worker's file, at the site's base, so its scope is the whole site.
pub const WORKER_FILE: &str = "sw.js";
const WORKER_CODE: &str = include_str!("service-worker.js");

/// What `sw.js` is told about this build. Addresses are relative to the base.
#[derive(Debug, Default, Serialize)]
pub struct Manifest {
    /// Changes whenever any file listed here changes, so the worker's bytes
    /// change and browsers install the new build.
    pub version: String,
    /// What every page needs: the app's script, wasm and snippets, config.
    pub shell: Vec<Entry>,
    /// Each language's pages and bundles, by language code.
    pub languages: BTreeMap<&'static str, Language>,
    /// Illustrations, cached as they are shown: address to revision, so a
    /// changed picture is fetched again after an update.
    pub images: BTreeMap<String, String>,
    /// The wasm chunks (src/chunks), kept on their first fetch rather than
    /// at install, so a reader who never searches never downloads search.
    pub chunks: BTreeMap<String, String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Language {
    /// A page's address (`fr/allies`, `` for the home page) to its file.
    pub routes: BTreeMap<String, String>,
    /// Every file kept for this language: pages, the not-found and offline
    /// pages, the web app manifest, and the content bundles the app reads.
    pub files: Vec<Entry>,
    #[serde(rename = "notFound")]
    pub not_found: String,
    pub offline: String,
}

/// A file and its revision, as `[address, revision]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry(pub String, pub String);

/// Writes `sw.js` into `dist` from the files there, whose pages must be
/// final (the meta policy already in them). Returns the manifest.
pub fn write(dist: &Path) -> Result<Manifest, BuildError> {
    let manifest = manifest(dist)?;
    let json = serde_json::to_string(&manifest).expect("a manifest always serialises");
    let code = format!(
        "// Written by inspir-prerender (crates/prerender/src/offline.rs); do not edit.\n\
         const BUILD = {json};\n{WORKER_CODE}"
    );
    let path = dist.join(WORKER_FILE);
    std::fs::write(&path, code).map_err(|source| BuildError::Io { path, source })?;
    Ok(manifest)
}

/// The manifest of the site in `dist`.
pub fn manifest(dist: &Path) -> Result<Manifest, BuildError> {
    let config = crate::site::read_config(&dist.join("config.json"))?;
    let files = files_under(dist, "").map_err(|source| BuildError::Io {
        path: dist.to_owned(),
        source,
    })?;
    let revision = |file: &str| -> Result<String, BuildError> {
        let path = dist.join(file);
        let bytes = std::fs::read(&path).map_err(|source| BuildError::Io { path, source })?;
        Ok(hex(&Sha256::digest(&bytes)[..8]))
    };
    let entry = |file: &str| Ok(Entry(file.to_owned(), revision(file)?));

    let loader = files.iter().find(|f| is_loader(f));
    let loader = match loader {
        Some(file) => read_text(&dist.join(file))?,
        None => String::new(),
    };
    let navigation = chunks_of(&loader, &NAVIGATION);
    let mut shell = Vec::new();
    let mut images = BTreeMap::new();
    let mut chunks = BTreeMap::new();
    let mut languages: BTreeMap<&'static str, Language> = BTreeMap::new();
    for file in &files {
        if is_chunk(file) && !navigation.contains(file) {
            chunks.insert(file.clone(), revision(file)?);
        } else if is_shell(file) {
            shell.push(entry(file)?);
        } else if is_illustration(file) {
            images.insert(file.clone(), revision(file)?);
        } else if file.ends_with(".webmanifest") {
            let language = languages.entry(language_of(file).code()).or_default();
            language.files.push(entry(file)?);
        } else if let Some(page) = file.strip_suffix(".html") {
            let language = languages.entry(language_of(file).code()).or_default();
            language.files.push(entry(file)?);
            match file.rsplit('/').next() {
                Some("404.html") => language.not_found = file.clone(),
                Some("offline.html") => language.offline = file.clone(),
                _ => {
                    let address = page.strip_suffix("index").unwrap_or(page);
                    let address = address.trim_end_matches('/');
                    language.routes.insert(address.to_owned(), file.clone());
                }
            }
        }
    }
    for lang in Lang::ALL {
        let Some(language) = languages.get_mut(lang.code()) else {
            continue;
        };
        // English completes every translation, so every language needs it.
        for bundle_lang in [Lang::En, lang] {
            let bundle = config.bundle_url(bundle_lang);
            let bundle = bundle.trim_start_matches('/');
            let local = !bundle.contains("://") && files.iter().any(|f| f == bundle);
            if local && !language.files.iter().any(|e| e.0 == bundle) {
                language.files.push(entry(bundle)?);
            }
        }
        if language.offline.is_empty() || language.not_found.is_empty() {
            return Err(BuildError::file(
                dist.join(lang.prefix().unwrap_or("")),
                "has no offline.html or 404.html: the service worker needs both",
            ));
        }
    }
    let mut manifest = Manifest {
        version: String::new(),
        shell,
        languages,
        images,
        chunks,
    };
    let listed = serde_json::to_string(&manifest).expect("a manifest always serialises");
    manifest.version = hex(&Sha256::digest(listed.as_bytes())[..8]);
    Ok(manifest)
}

/// The app's own files, which every page loads: trunk's hashed script and
/// wasm, wasm-bindgen's snippets, the settings, and the icons an installed
/// site shows.
fn is_shell(file: &str) -> bool {
    (!file.contains('/') && crate::policy::is_hashed(file))
        || file.starts_with("snippets/")
        || file.starts_with("images/icons/")
        || matches!(file, "config.json" | "favicon.svg")
}

/// A feature's wasm (`split_<feature>-<hash>.wasm`) or code features
/// share (`chunk_<n>-<hash>.wasm`), as scripts/split-wasm.mjs names them.
fn is_chunk(file: &str) -> bool {
    !file.contains('/')
        && (file.starts_with("split_") || file.starts_with("chunk_"))
        && file.ends_with(".wasm")
        && crate::policy::is_hashed(file)
}

/// `__wasm_split.js` as scripts/split-wasm.mjs names it: the loader that
/// fetches each chunk on its first call.
fn is_loader(file: &str) -> bool {
    file.starts_with("wasm-split-") && file.ends_with(".js") && crate::policy::is_hashed(file)
}

/// The chunks every navigation needs (the pages' code, and reading the
/// content), which the worker keeps with the shell: offline, no page
/// opens without them.
const NAVIGATION: [&str; 2] = ["pages", "content"];

fn read_text(path: &Path) -> Result<String, BuildError> {
    std::fs::read_to_string(path).map_err(|source| BuildError::Io {
        path: path.to_owned(),
        source,
    })
}

/// The files of `feature`'s chunk and of the shared chunks it needs, from
/// the loader wasm-split-cli 0.2 writes: one `makeLoad(…)` a chunk, named
/// `__wasm_split_load_<feature>` (or `__chunk_<n>` when shared), with its
/// file in `"./…"` and the loads it waits for in `, [a, b])`.
fn chunks_of(loader: &str, features: &[&str]) -> Vec<String> {
    struct Load<'a> {
        name: &'a str,
        file: &'a str,
        deps: Vec<&'a str>,
    }
    let parts: Vec<&str> = loader.split("makeLoad(").collect();
    let loads: Vec<Load> = parts
        .windows(2)
        .filter_map(|pair| {
            let name = pair[0].rsplit("const ").next()?.split([' ', '=']).next()?;
            let file = pair[1].split("\"./").nth(1)?.split('"').next()?;
            let deps = pair[1].split(", [").nth(1)?.split(']').next()?;
            let deps = deps.split(',').map(str::trim).filter(|d| !d.is_empty());
            Some(Load {
                name,
                file,
                deps: deps.collect(),
            })
        })
        .collect();
    let mut wanted: Vec<String> = features
        .iter()
        .map(|feature| format!("__wasm_split_load_{feature}"))
        .collect();
    let mut files = Vec::new();
    while let Some(name) = wanted.pop() {
        if let Some(load) = loads.iter().find(|load| load.name == name)
            && !files.iter().any(|f| f == load.file)
        {
            files.push(load.file.to_owned());
            wanted.extend(load.deps.iter().map(|d| d.to_string()));
        }
    }
    files
}

/// Pictures that pages show; link-preview images and app icons are not.
fn is_illustration(file: &str) -> bool {
    file.starts_with("images/")
        && !file.starts_with("images/og/")
        && !file.starts_with("images/icons/")
}

fn language_of(file: &str) -> Lang {
    file.split('/')
        .next()
        .and_then(Lang::from_prefix)
        .unwrap_or_default()
}

/// Every file under `dir/prefix`, as `/`-separated paths relative to `dir`,
/// sorted. Pagefind's index is left out: search needs the network.
fn files_under(dir: &Path, prefix: &str) -> std::io::Result<Vec<String>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir.join(prefix))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{prefix}{name}");
        if entry.file_type()?.is_dir() {
            if path != "pagefind" {
                found.extend(files_under(dir, &format!("{path}/"))?);
            }
        } else {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_sorted_into_shell_illustrations_and_pages() {
        assert!(is_shell("inspir-site-5e1ab503da16a20a_bg.wasm"));
        assert!(is_shell("snippets/inspir-site-09d29ce47969a474/inline0.js"));
        assert!(is_shell("config.json"));
        assert!(!is_shell("sw.js"));
        assert!(is_shell("wasm-split-5e1ab503da16a20a.js"));
        assert!(is_chunk("split_search-5e1ab503da16a20a.wasm"));
        assert!(is_chunk("chunk_0-5e1ab503da16a20a.wasm"));
        assert!(!is_chunk("inspir-site-5e1ab503da16a20a_bg.wasm"));
        assert!(!is_chunk("split_search.wasm"));
        assert!(!is_shell("reports/annual.pdf"));
        assert!(is_illustration("images/figures/advocacy.svg"));
        assert!(!is_illustration("images/og/home.png"));
        assert!(!is_illustration("images/icons/icon-192.png"));
        assert!(is_shell("images/icons/icon-192.png"));
        assert_eq!(language_of("fr/what-we-do/index.html"), Lang::Fr);
        assert_eq!(language_of("what-we-do/index.html"), Lang::En);
        assert_eq!(language_of("offline.html"), Lang::En);
    }

    /// As wasm-split-cli 0.2.4 writes it, cut to what is read.
    const LOADER: &str = r#"import { initSync } from "./inspir-site-0123456789abcdef.js";
function makeLoad(fetcher, deps) {
    const loader = async () => {};
}
/* pages, search */
const __chunk_5 = makeLoad(() => {
    const src = fetch(new URL("./chunk_5-3f947709256811cb.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* newsletter, search */
const __chunk_4 = makeLoad(() => {
    const src = fetch(new URL("./chunk_4-ec084341a0045e5d.wasm", import.meta.url));
}
, []);
export const __wasm_split_load_search = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_search-4879b66ffd4e919c.wasm", import.meta.url));
}
, [__chunk_4, __chunk_5]));
export const __wasm_split_load_pages = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_pages-9c092deb0c6042f3.wasm", import.meta.url));
}
, [__chunk_5]));
"#;

    #[test]
    fn the_pages_chunk_and_what_it_shares_are_read_from_the_loader() {
        assert_eq!(
            chunks_of(LOADER, &["pages"]),
            [
                "split_pages-9c092deb0c6042f3.wasm",
                "chunk_5-3f947709256811cb.wasm"
            ]
        );
        assert_eq!(chunks_of(LOADER, &["search"]).len(), 3);
        // What two features share is kept once.
        assert_eq!(chunks_of(LOADER, &["pages", "search"]).len(), 4);
        assert!(chunks_of(LOADER, &["offline"]).is_empty());
        assert!(chunks_of("", &NAVIGATION).is_empty());
    }

    #[test]
    fn the_worker_keeps_navigation_at_install_and_features_on_first_use() {
        let mut files = SITE.to_vec();
        files.push(("wasm-split-0123456789abcdef.js", LOADER));
        files.push(("split_pages-9c092deb0c6042f3.wasm", "pages"));
        files.push(("chunk_5-3f947709256811cb.wasm", "shared"));
        files.push(("split_search-4879b66ffd4e919c.wasm", "search"));
        let dir = site(&files);
        let manifest = manifest(dir.path()).unwrap();
        let shell: Vec<&str> = manifest.shell.iter().map(|e| e.0.as_str()).collect();
        assert!(
            shell.contains(&"split_pages-9c092deb0c6042f3.wasm"),
            "{shell:?}"
        );
        assert!(
            shell.contains(&"chunk_5-3f947709256811cb.wasm"),
            "{shell:?}"
        );
        assert!(
            shell.contains(&"wasm-split-0123456789abcdef.js"),
            "{shell:?}"
        );
        assert!(!shell.contains(&"split_search-4879b66ffd4e919c.wasm"));
        let later: Vec<&String> = manifest.chunks.keys().collect();
        assert_eq!(later, ["split_search-4879b66ffd4e919c.wasm"]);
    }

    fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (file, text) in files {
            let path = dir.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    const SITE: [(&str, &str); 8] = [
        ("config.json", "{}"),
        ("index.html", "home"),
        ("allies/index.html", "allies"),
        ("404.html", "not found"),
        ("offline.html", "offline"),
        ("content/en.json", "{}"),
        ("pagefind/pagefind.js", "search"),
        ("reports/annual.pdf", "%PDF-"),
    ];

    #[test]
    fn a_changed_file_changes_its_revision_and_the_version() {
        let dir = site(&SITE);
        let before = write(dir.path()).unwrap();
        let en = &before.languages["en"];
        assert_eq!(en.routes[""], "index.html");
        assert_eq!(en.routes["allies"], "allies/index.html");
        let listed: Vec<&str> = en.files.iter().map(|e| e.0.as_str()).collect();
        assert!(listed.contains(&"content/en.json"), "{listed:?}");
        // Search, reports and the worker itself are never kept whole.
        assert!(
            listed
                .iter()
                .all(|f| !f.starts_with("pagefind/") && !f.ends_with(".pdf"))
        );
        assert!(before.shell.iter().all(|e| e.0 != WORKER_FILE));

        std::fs::write(dir.path().join("allies/index.html"), "allies, revised").unwrap();
        let after = write(dir.path()).unwrap();
        assert_ne!(before.version, after.version);
        let revision = |m: &Manifest, file: &str| {
            let entry = m.languages["en"]
                .files
                .iter()
                .find(|e| e.0 == file)
                .cloned();
            entry.unwrap().1
        };
        assert_ne!(
            revision(&before, "allies/index.html"),
            revision(&after, "allies/index.html")
        );
        assert_eq!(
            revision(&before, "index.html"),
            revision(&after, "index.html")
        );
    }

    #[test]
    fn a_language_without_its_offline_page_is_refused() {
        let dir = site(&SITE[..3]);
        let error = manifest(dir.path()).unwrap_err().to_string();
        assert!(error.contains("offline.html"), "{error}");
    }
}
