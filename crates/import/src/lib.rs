//! Imports a WordPress site's themes, allies and reports into the site's
//! content bundles, so editors can keep publishing in WordPress. The texts
//! WordPress does not hold (home page, quote, newsletter, privacy) stay as
//! they are in the bundles, which the import updates rather than replaces.
//!
//! Nothing is written unless every bundle passes the same checks as
//! `check-content`: downloads wait in a staging folder, and each bundle is
//! replaced whole, by a rename.

pub mod client;
pub mod compose;
pub mod error;
pub mod fetch;
pub mod html;
pub mod mapping;
pub mod matching;
pub mod shapes;
pub mod shortcodes;
pub mod staging;
pub mod wp;

use std::path::{Path, PathBuf};

use inspir_content::{Bundle, check_bundle};

pub use error::{Error, Warning};
pub use mapping::Mapping;

use compose::{Composer, Origin, ReportItem};
use fetch::Site;
use mapping::{ReportSource, Source};
use matching::{Lists, Matched};
use staging::{Staging, write_whole};
use wp::Post;

/// One bundle the import wrote.
#[derive(Debug)]
pub struct Written {
    pub path: PathBuf,
    pub themes: usize,
    pub allies: usize,
    pub reports: usize,
}

/// Where the bundles and their files go.
pub struct Target<'a> {
    /// The bundles' folder, e.g. `public/content`.
    pub content: &'a Path,
    /// Where site paths (`images/…`, `reports/…`) point, e.g. `public`.
    pub public: &'a Path,
}

/// Imports the site `mapping` describes into `target`. Warnings are added
/// to `warnings` whether or not the import succeeds.
pub fn run(
    mapping: &Mapping,
    target: &Target<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Written>, Error> {
    let existing = existing_bundles(mapping, target.content)?;
    let client = client::Client::connect(&mapping.site, &mapping.http)?;
    let site = Site {
        client: &client,
        mapping,
    };
    let found = Found::read(&site, warnings)?;
    let mut composer = Composer::new(&site, Staging::new(target.public)?);
    let built: Vec<Built> = mapping
        .languages
        .iter()
        .zip(&existing)
        .map(|(lang, before)| found.compose(&mut composer, mapping, lang, before))
        .collect();
    // One warning per gap, though an image serves three languages.
    for warning in composer.warnings.drain(..) {
        if !warnings.contains(&warning) {
            warnings.push(warning);
        }
    }
    let ready = checked(&built, target.content, &composer.staging)?;
    composer.staging.commit()?;
    ready
        .into_iter()
        .map(|(path, json, bundle)| {
            write_whole(&path, &json)?;
            Ok(Written {
                path,
                themes: bundle.themes.len(),
                allies: bundle.allies.len(),
                reports: bundle.reports.len(),
            })
        })
        .collect()
}

/// Every collection the mapping names, matched across languages.
struct Found {
    themes: Vec<Matched<Post>>,
    allies: Option<Vec<Matched<Post>>>,
    reports: Option<Vec<Matched<ReportItem>>>,
}

/// One language's new bundle, and where its items came from.
struct Built<'a> {
    lang: &'a str,
    bundle: Bundle,
    origins: Vec<Origin>,
}

impl Found {
    fn read(site: &Site<'_>, warnings: &mut Vec<Warning>) -> Result<Self, Error> {
        let mapping = site.mapping;
        let themes = matched(site, site.children(&mapping.themes.parent)?, warnings);
        if themes.is_empty() {
            return Err(Error::new(format!(
                "{}: the themes' parent page has no child pages in \"{}\"",
                mapping.site,
                mapping.source_language()
            )));
        }
        let allies = match &mapping.allies {
            None => None,
            Some(allies) => Some(matched(site, ally_lists(site, allies)?, warnings)),
        };
        let reports = match &mapping.reports {
            None => None,
            Some(reports) => Some(report_items(site, reports, warnings)?),
        };
        Ok(Self {
            themes,
            allies,
            reports,
        })
    }

    /// `before` with its themes, figures, and (when mapped) allies and
    /// reports replaced by what WordPress holds in `lang`.
    fn compose<'a>(
        &self,
        composer: &mut Composer<'_>,
        mapping: &Mapping,
        lang: &'a str,
        before: &Bundle,
    ) -> Built<'a> {
        let mut bundle = before.clone();
        let mut origins = Vec::new();
        let (themes, figures, o) =
            composer.themes(&self.themes, lang, before, &mapping.themes.summary);
        (bundle.themes, bundle.figures) = (themes, figures);
        origins.extend(o);
        if let (Some(matched), Some(allies)) = (&self.allies, &mapping.allies) {
            let (a, o) = composer.allies(matched, lang, before, &allies.url);
            bundle.allies = a;
            origins.extend(o);
        }
        if let (Some(matched), Some(reports)) = (&self.reports, &mapping.reports) {
            let (r, o) = composer.reports(matched, lang, before, reports);
            bundle.reports = r;
            origins.extend(o);
        }
        Built {
            lang,
            bundle,
            origins,
        }
    }
}

/// Each bundle as JSON, checked as check-content checks it: each
/// translation against the new English, each file against the downloads
/// and `public/`. Every problem names the WordPress item it comes from.
fn checked<'b>(
    built: &'b [Built<'_>],
    content: &Path,
    staging: &Staging,
) -> Result<Vec<(PathBuf, String, &'b Bundle)>, Error> {
    let mut problems = Vec::new();
    let mut english: Option<Bundle> = None;
    let mut ready = Vec::new();
    for Built {
        lang,
        bundle,
        origins,
    } in built
    {
        let path = content.join(format!("{lang}.json"));
        let json = serde_json::to_string_pretty(bundle).expect("a bundle serialises") + "\n";
        let checked = check_bundle(&json, english.as_ref(), |p| staging.size_of(p));
        for problem in &checked.findings.errors {
            let from = from(origins, &problem.path);
            problems.push(format!("{}: {problem}{from}", path.display()));
        }
        if english.is_none() {
            english = checked.bundle;
        }
        ready.push((path, json, bundle));
    }
    if problems.is_empty() {
        Ok(ready)
    } else {
        Err(Error::new(format!(
            "the imported content is not valid, so nothing was written:\n  {}",
            problems.join("\n  ")
        )))
    }
}

/// The bundles as they are now, one per language, which the import updates.
fn existing_bundles(mapping: &Mapping, content: &Path) -> Result<Vec<Bundle>, Error> {
    mapping
        .languages
        .iter()
        .map(|lang| {
            let path = content.join(format!("{lang}.json"));
            let named = |message: String| Error::new(format!("{}: {message}", path.display()));
            let json = std::fs::read_to_string(&path).map_err(|e| {
                named(format!(
                    "cannot read ({e}); the import updates an existing bundle, which holds \
                     the texts WordPress does not (home page, quote, newsletter, privacy)"
                ))
            })?;
            serde_json::from_str(&json).map_err(|e| named(format!("not a readable bundle: {e}")))
        })
        .collect()
}

fn matched<T: matching::Item>(
    site: &Site<'_>,
    lists: Lists<'_, T>,
    warnings: &mut Vec<Warning>,
) -> Vec<Matched<T>> {
    let (matched, found) = site.matched(&lists);
    warnings.extend(found);
    matched
}

fn ally_lists<'a>(site: &'a Site<'a>, allies: &mapping::Allies) -> Result<Lists<'a, Post>, Error> {
    match (allies.from, &allies.parent, &allies.category) {
        (Source::Pages, Some(parent), _) => site.children(parent),
        (Source::Posts, _, Some(category)) => site.posts_in(category),
        _ => unreachable!("Mapping::load checks that the source's slug is given"),
    }
}

/// Reports as PDFs, each with the post that presents it when there is one.
fn report_items(
    site: &Site<'_>,
    reports: &mapping::Reports,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Matched<ReportItem>>, Error> {
    match (reports.from, &reports.category) {
        (ReportSource::Media, _) => {
            let found = matched(site, site.pdfs(reports.parent.as_ref())?, warnings);
            as_items(found, |pdf| {
                Ok(ReportItem {
                    pdf: Some(pdf),
                    post: None,
                })
            })
        }
        (ReportSource::Posts, Some(category)) => {
            let found = matched(site, site.posts_in(category)?, warnings);
            as_items(found, |post: Post| {
                Ok(ReportItem {
                    pdf: site.attached_pdf(&post)?,
                    post: Some(post),
                })
            })
        }
        (ReportSource::Posts, None) => unreachable!("Mapping::load checks reports.category"),
    }
}

/// Each version of each item as a report item.
fn as_items<T>(
    matched: Vec<Matched<T>>,
    wrap: impl Fn(T) -> Result<ReportItem, Error>,
) -> Result<Vec<Matched<ReportItem>>, Error> {
    matched
        .into_iter()
        .map(|m| {
            let versions = m
                .versions
                .into_iter()
                .map(|(lang, item)| Ok((lang, wrap(item)?)))
                .collect::<Result<_, Error>>()?;
            Ok(Matched {
                slug: m.slug,
                versions,
            })
        })
        .collect()
}

/// ` (from page 42 "X"; edit: …)` for a problem inside an imported item.
fn from(origins: &[Origin], path: &str) -> String {
    origins
        .iter()
        .find(|o| path == o.path || path.starts_with(&format!("{}.", o.path)))
        .map(|o| format!(" (from {}; edit: {})", o.item, o.edit))
        .unwrap_or_default()
}
