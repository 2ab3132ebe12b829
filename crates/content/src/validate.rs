//! Checks a bundle the way an editor needs: every problem at once, each with
//! the JSON path of the field to fix.

use std::collections::HashMap;
use std::fmt;

use crate::link::{LinkKind, link_kind};
use crate::localize::fill_from_english;
use crate::model::{Bundle, Image};

/// One thing an editor must fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, e.g. `themes[3].title`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Parses `json` and validates it; an empty list means the bundle is fine.
///
/// `file_size` answers the size in bytes of a site path (`reports/x.pdf`),
/// or `None` when there is no such file.
pub fn check(json: &str, file_size: impl Fn(&str) -> Option<u64>) -> Vec<Problem> {
    check_bundle(json, None, file_size).findings.errors
}

/// What [`check_translation`] found.
#[derive(Debug, Default, PartialEq)]
pub struct Findings {
    /// Must be fixed before publishing.
    pub errors: Vec<Problem>,
    /// Items or fields shown in English for now.
    pub warnings: Vec<Problem>,
}

/// Checks a bundle in another language the way the site will show it: gaps
/// filled from `english` are warnings, and what remains is validated.
pub fn check_translation(
    json: &str,
    english: &Bundle,
    file_size: impl Fn(&str) -> Option<u64>,
) -> Findings {
    check_bundle(json, Some(english), file_size).findings
}

/// A bundle as the site will show it, with what checking it found.
#[derive(Debug, Default)]
pub struct Checked {
    /// The bundle, completed from English when it is a translation; `None`
    /// when the JSON could not be read at all.
    pub bundle: Option<Bundle>,
    pub findings: Findings,
}

/// Parses and validates `json`; a translation (`english` given) is first
/// completed from English, each gap a warning. The one check behind
/// [`check`], [`check_translation`] and the build tools.
pub fn check_bundle(
    json: &str,
    english: Option<&Bundle>,
    file_size: impl Fn(&str) -> Option<u64>,
) -> Checked {
    let (mut errors, parsed) = parse_reporting(json);
    let mut warnings = Vec::new();
    let bundle = parsed.map(|bundle| match english {
        Some(english) => {
            let localized = fill_from_english(bundle, english);
            warnings = localized.missing;
            localized.bundle
        }
        None => bundle,
    });
    if let Some(bundle) = &bundle {
        errors.extend(validate(bundle, file_size));
    }
    Checked {
        bundle,
        findings: Findings { errors, warnings },
    }
}

/// Unknown fields as problems, and the bundle unless it could not be read.
fn parse_reporting(json: &str) -> (Vec<Problem>, Option<Bundle>) {
    let mut unknown = Vec::new();
    let parsed = parse(json, &mut unknown);
    let mut problems: Vec<Problem> = unknown
        .into_iter()
        .map(|path| Problem {
            path,
            message: "unknown field (misspelt, or not part of the content model)".into(),
        })
        .collect();
    match parsed {
        Ok(bundle) => (problems, Some(bundle)),
        Err(problem) => {
            problems.push(problem);
            (problems, None)
        }
    }
}

fn parse(json: &str, unknown: &mut Vec<String>) -> Result<Bundle, Problem> {
    let mut json_de = serde_json::Deserializer::from_str(json);
    let mut on_ignored = |path: serde_ignored::Path| unknown.push(json_path(&path));
    let ignoring = serde_ignored::Deserializer::new(&mut json_de, &mut on_ignored);
    let bundle: Bundle = serde_path_to_error::deserialize(ignoring).map_err(|e| Problem {
        path: root_if_empty(e.path().to_string()),
        message: e.into_inner().to_string(),
    })?;
    json_de.end().map_err(|e| Problem {
        path: "$".into(),
        message: e.to_string(),
    })?;
    Ok(bundle)
}

fn root_if_empty(path: String) -> String {
    if path.is_empty() || path == "." {
        "$".into()
    } else {
        path
    }
}

/// Formats serde_ignored's path like serde_path_to_error's: `themes[3].title`.
fn json_path(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path as P;
    match path {
        P::Root => String::new(),
        P::Seq { parent, index } => format!("{}[{index}]", json_path(parent)),
        P::Map { parent, key } => match json_path(parent) {
            p if p.is_empty() => key.clone(),
            p => format!("{p}.{key}"),
        },
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            json_path(parent)
        }
    }
}

/// Checks a parsed bundle: required texts, unique slugs, references, links and files.
pub fn validate(bundle: &Bundle, file_size: impl Fn(&str) -> Option<u64>) -> Vec<Problem> {
    let mut v = Validator {
        problems: Vec::new(),
        file_size: &file_size,
    };
    v.bundle(bundle);
    v.problems
}

struct Validator<'a> {
    problems: Vec<Problem>,
    file_size: &'a dyn Fn(&str) -> Option<u64>,
}

impl Validator<'_> {
    fn bundle(&mut self, b: &Bundle) {
        self.required("language", &b.language);
        self.required("site.tagline", &b.site.tagline);
        self.required("site.description", &b.site.description);
        self.required("home.title", &b.home.title);
        self.required("home.objective", &b.home.objective);
        self.required("home.members", &b.home.members);
        self.required("home.themes_intro", &b.home.themes_intro);
        self.required("themes_page.title", &b.themes_page.title);
        self.required("allies_page.title", &b.allies_page.title);
        self.required("reports_page.title", &b.reports_page.title);
        self.required("newsletter.title", &b.newsletter.title);
        self.required("newsletter.call", &b.newsletter.call);
        self.required("newsletter.intro", &b.newsletter.intro);
        self.required("newsletter.privacy", &b.newsletter.privacy);
        self.required("privacy.title", &b.privacy.title);
        self.required("privacy.intro", &b.privacy.intro);
        self.non_empty_list("privacy.sections", b.privacy.sections.len());
        for (i, section) in b.privacy.sections.iter().enumerate() {
            let at = format!("privacy.sections[{i}]");
            self.required(&format!("{at}.heading"), &section.heading);
            self.paragraphs(&format!("{at}.body"), &section.body);
        }
        self.required("quote.text", &b.quote.text);
        self.required("quote.author", &b.quote.author);

        self.non_empty_list("themes", b.themes.len());
        self.unique("themes", "slug", b.themes.iter().map(|t| t.slug.as_str()));
        for (i, t) in b.themes.iter().enumerate() {
            let at = format!("themes[{i}]");
            self.slug(&format!("{at}.slug"), &t.slug);
            self.required(&format!("{at}.title"), &t.title);
            self.required(&format!("{at}.summary"), &t.summary);
            self.paragraphs(&format!("{at}.body"), &t.body);
            if b.figure(&t.figure).is_none() {
                self.problem(
                    format!("{at}.figure"),
                    format!("no figure has the id \"{}\"", t.figure),
                );
            }
        }

        self.unique("figures", "id", b.figures.iter().map(|f| f.id.as_str()));
        for (i, f) in b.figures.iter().enumerate() {
            let at = format!("figures[{i}]");
            self.required(&format!("{at}.id"), &f.id);
            self.image(&format!("{at}.image"), &f.image);
            self.required(&format!("{at}.caption"), &f.caption);
        }

        self.unique("allies", "slug", b.allies.iter().map(|a| a.slug.as_str()));
        for (i, a) in b.allies.iter().enumerate() {
            let at = format!("allies[{i}]");
            self.slug(&format!("{at}.slug"), &a.slug);
            self.required(&format!("{at}.name"), &a.name);
            self.required(&format!("{at}.description"), &a.description);
            if link_kind(&a.url) != Some(LinkKind::Web) {
                self.problem(
                    format!("{at}.url"),
                    format!("\"{}\" is not an http(s) address", a.url),
                );
            }
            self.image(&format!("{at}.mark"), &a.mark);
        }

        self.unique("reports", "slug", b.reports.iter().map(|r| r.slug.as_str()));
        for (i, r) in b.reports.iter().enumerate() {
            let at = format!("reports[{i}]");
            self.slug(&format!("{at}.slug"), &r.slug);
            self.required(&format!("{at}.title"), &r.title);
            self.required(&format!("{at}.language"), &r.language);
            self.required(&format!("{at}.format"), &r.format);
            self.required(&format!("{at}.summary"), &r.summary);
            if !(1990..=2100).contains(&r.year) {
                self.problem(
                    format!("{at}.year"),
                    format!("{} is not a plausible year", r.year),
                );
            }
            self.report_file(&at, &r.file, r.size_bytes);
        }
    }

    fn problem(&mut self, path: String, message: String) {
        self.problems.push(Problem { path, message });
    }

    fn required(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.problem(path.into(), "is empty".into());
        }
    }

    fn non_empty_list(&mut self, path: &str, len: usize) {
        if len == 0 {
            self.problem(path.into(), "has no entries".into());
        }
    }

    fn paragraphs(&mut self, path: &str, paragraphs: &[String]) {
        self.non_empty_list(path, paragraphs.len());
        for (i, p) in paragraphs.iter().enumerate() {
            self.required(&format!("{path}[{i}]"), p);
        }
    }

    fn slug(&mut self, path: &str, slug: &str) {
        let readable = !slug.is_empty()
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !readable {
            self.problem(
                path.into(),
                format!("\"{slug}\" must be lowercase letters, digits and inner hyphens"),
            );
        }
    }

    fn unique<'s>(&mut self, list: &str, field: &str, values: impl Iterator<Item = &'s str>) {
        let mut first_at: HashMap<&str, usize> = HashMap::new();
        for (i, value) in values.enumerate() {
            if value.is_empty() {
                continue;
            }
            if let Some(first) = first_at.get(value) {
                self.problem(
                    format!("{list}[{i}].{field}"),
                    format!("duplicate {field} \"{value}\" (also {list}[{first}])"),
                );
            } else {
                first_at.insert(value, i);
            }
        }
    }

    fn image(&mut self, path: &str, image: &Image) {
        self.required(&format!("{path}.alt"), &image.alt);
        if image.width == 0 || image.height == 0 {
            self.problem(
                format!("{path}.width"),
                "width and height must both be set, in pixels".into(),
            );
        }
        match link_kind(&image.src) {
            Some(LinkKind::Web) => {}
            Some(LinkKind::SitePath) => {
                if (self.file_size)(&image.src).is_none() {
                    self.problem(
                        format!("{path}.src"),
                        format!("file \"{}\" not found", image.src),
                    );
                }
            }
            None => self.problem(
                format!("{path}.src"),
                format!(
                    "\"{}\" is neither an http(s) address nor a site path",
                    image.src
                ),
            ),
        }
    }

    fn report_file(&mut self, at: &str, file: &str, declared: u64) {
        if link_kind(file) != Some(LinkKind::SitePath) {
            self.problem(
                format!("{at}.file"),
                format!("\"{file}\" must be a site path such as reports/name.pdf"),
            );
            return;
        }
        match (self.file_size)(file) {
            None => self.problem(format!("{at}.file"), format!("file \"{file}\" not found")),
            Some(actual) if actual != declared => self.problem(
                format!("{at}.size_bytes"),
                format!("says {declared} bytes but \"{file}\" has {actual}"),
            ),
            Some(_) => {}
        }
    }
}
