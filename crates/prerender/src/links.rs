//! The last stage: every address a written page points to inside the site
//! must be a file in the output, or the build fails naming page and link.

use std::path::Path;

use crate::BuildError;
use crate::output::Output;
use crate::site::Site;

/// Attributes whose values may be addresses.
const ATTRIBUTES: [&str; 3] = ["href=\"", "src=\"", "content=\""];

pub fn check(site: &Site, out: &Output) -> Result<(), BuildError> {
    let mut broken = Vec::new();
    for page in out.written().filter(|p| p.ends_with(".html")) {
        let html =
            std::fs::read_to_string(out.root().join(page)).map_err(|source| BuildError::Io {
                path: out.root().join(page),
                source,
            })?;
        for link in internal_links(&html, site) {
            if !serves(out.root(), &link.path) {
                broken.push(format!("{page}: {} (no such file)", link.href));
            }
        }
    }
    broken.sort();
    broken.dedup();
    if broken.is_empty() {
        Ok(())
    } else {
        Err(BuildError::BrokenLinks(broken))
    }
}

struct Link {
    href: String,
    /// Relative to the output folder, without query or fragment.
    path: String,
}

/// Links into the site: under its base path, or absolute on its origin.
fn internal_links(html: &str, site: &Site) -> Vec<Link> {
    let base = site.base.as_str();
    let absolute_base = format!("{}{base}", site.origin);
    let mut links = Vec::new();
    for attribute in ATTRIBUTES {
        for value in html.split(attribute).skip(1) {
            let href = value.split('"').next().unwrap_or_default();
            let local = href
                .strip_prefix(&absolute_base)
                .or_else(|| href.strip_prefix(base).filter(|_| !href.starts_with("//")));
            if let Some(local) = local {
                let path = local.split(['#', '?']).next().unwrap_or_default();
                links.push(Link {
                    href: href.to_owned(),
                    path: path.to_owned(),
                });
            }
        }
    }
    links
}

/// Whether a static host serves something at `path`: the file itself, or
/// the `index.html` of the folder (`what-we-do` from `what-we-do/index.html`).
fn serves(root: &Path, path: &str) -> bool {
    let folder_index = format!("{}/index.html", path.trim_end_matches('/'));
    let candidates = [path, folder_index.trim_start_matches('/')];
    candidates
        .iter()
        .any(|candidate| root.join(candidate).is_file())
}
