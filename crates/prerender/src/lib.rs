//! The pre-renderer: writes every page of the site as HTML into trunk's
//! output, with `sitemap.xml`, `robots.txt`, an Atom feed of reports per
//! language and link-preview images, so the site reads without JavaScript,
//! paints before the wasm arrives, and is understood by search engines.
//!
//! A staged build, as zola does it: load and check, list routes, render,
//! write, check links, then the security policy (`policy`, `hosts`). It
//! stops at the first stage that fails, with every problem of that stage,
//! each naming its file (and, for content, the JSON path), so a broken
//! bundle never reaches `dist/`.

mod error;
mod feed;
pub mod hosts;
mod links;
mod manifest;
pub mod offline;
mod og_image;
mod output;
mod pages;
pub mod policy;
mod site;
mod sitemap;

use std::path::Path;

pub use error::BuildError;

/// What a build wrote.
#[derive(Debug)]
pub struct Summary {
    /// Pages written, not-found pages included.
    pub pages: usize,
    /// Every file written but the security policy's (`_headers`, `deploy/`).
    pub files: usize,
    /// Worth telling the editor or deployer; the build went ahead.
    pub warnings: Vec<String>,
}

/// Pre-renders the site in `dist` (trunk's output, or its staging folder
/// during `trunk build`), in place, and writes the nginx, Caddy and
/// CloudFront configurations into `deploy`.
pub fn build(dist: &Path, deploy: &Path) -> Result<Summary, BuildError> {
    build_with(dist, deploy, true)
}

/// [`build`] for `trunk serve`: without the meta policy in the pages,
/// since trunk rewrites its live-reload script as it serves each page, so
/// no hash can allow it. `_headers` and the host files are still written.
pub fn build_for_development(dist: &Path, deploy: &Path) -> Result<Summary, BuildError> {
    build_with(dist, deploy, false)
}

fn build_with(dist: &Path, deploy: &Path, meta_policy: bool) -> Result<Summary, BuildError> {
    let site = site::load(dist)?;
    let mut out = output::Output::new(dist);
    let routes = pages::write(&site, &mut out)?;
    sitemap::write(&site, &routes, &mut out)?;
    feed::write(&site, &mut out)?;
    og_image::write(&site, &routes, &mut out)?;
    manifest::write(&site, &mut out)?;
    links::check(&site, &out)?;
    write_policy(dist, deploy, meta_policy)?;
    let written: Vec<&str> = out.written().collect();
    Ok(Summary {
        pages: written.iter().filter(|p| p.ends_with(".html")).count(),
        files: written.len(),
        warnings: site.warnings,
    })
}

/// Makes the security policy of the built site in `dist` (again, after a
/// deployer has changed an origin in its `config.json`): the meta policy
/// in every page, `_headers` in `dist`, and the other hosts' files in
/// `deploy`. Returns the policy.
pub fn apply_policy(dist: &Path, deploy: &Path) -> Result<policy::Policy, BuildError> {
    write_policy(dist, deploy, true)
}

fn write_policy(dist: &Path, deploy: &Path, meta: bool) -> Result<policy::Policy, BuildError> {
    let policy = policy::Policy::of(dist)?;
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| BuildError::Io { path, source }
    };
    let pages = if meta {
        html_files(dist).map_err(io(dist))?
    } else {
        Vec::new()
    };
    for page in pages {
        let html = std::fs::read_to_string(&page).map_err(io(&page))?;
        std::fs::write(&page, policy::with_meta(&html, &policy)).map_err(io(&page))?;
    }
    std::fs::create_dir_all(deploy).map_err(io(deploy))?;
    for (name, text) in hosts::files(&policy) {
        let folder = if name == "_headers" { dist } else { deploy };
        std::fs::write(folder.join(name), text).map_err(io(&folder.join(name)))?;
    }
    // Last, from the final pages. Not for `trunk serve`, whose pages change
    // as it serves them and would be kept stale.
    if meta {
        offline::write(dist)?;
    }
    Ok(policy)
}

/// Every `.html` file under `dir`.
fn html_files(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(html_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "html") {
            found.push(path);
        }
    }
    Ok(found)
}
