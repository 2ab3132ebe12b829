//! The pre-renderer: writes every page of the site as HTML into trunk's
//! output, with `sitemap.xml`, `robots.txt`, an Atom feed of reports per
//! language and link-preview images, so the site reads without JavaScript,
//! paints before the wasm arrives, and is understood by search engines.
//!
//! A staged build, as zola does it: load and check, list routes, render,
//! write, check links. It stops at the first stage that fails, with every
//! problem of that stage, each naming its file (and, for content, the JSON
//! path), so a broken bundle never reaches `dist/`.

mod error;
mod feed;
mod links;
mod og_image;
mod output;
mod pages;
mod site;
mod sitemap;

use std::path::Path;

pub use error::BuildError;

/// What a build wrote.
#[derive(Debug)]
pub struct Summary {
    /// Pages written, not-found pages included.
    pub pages: usize,
    /// Every file written.
    pub files: usize,
    /// Worth telling the editor or deployer; the build went ahead.
    pub warnings: Vec<String>,
}

/// Pre-renders the site in `dist` (trunk's output, or its staging folder
/// during `trunk build`), in place.
pub fn build(dist: &Path) -> Result<Summary, BuildError> {
    let site = site::load(dist)?;
    let mut out = output::Output::new(dist);
    let routes = pages::write(&site, &mut out)?;
    sitemap::write(&site, &routes, &mut out)?;
    feed::write(&site, &mut out)?;
    og_image::write(&site, &routes, &mut out)?;
    links::check(&site, &out)?;
    let written: Vec<&str> = out.written().collect();
    Ok(Summary {
        pages: written.iter().filter(|p| p.ends_with(".html")).count(),
        files: written.len(),
        warnings: site.warnings,
    })
}
