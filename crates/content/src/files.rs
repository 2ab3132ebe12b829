//! Bundle files read from disk and checked. `check-content` and the
//! pre-renderer both read bundles through here, so the build refuses exactly
//! what the checker refuses, with the same file names and JSON paths.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::Bundle;
use crate::validate::{Problem, check_bundle};

/// A bundle file that passed every check.
#[derive(Debug)]
pub struct BundleFile {
    pub path: PathBuf,
    /// As the site shows it: a translation is completed from English.
    pub bundle: Bundle,
    /// The file's text as read, for [`crate::content_hash`].
    pub json: String,
    /// Items shown in English for now; they do not stop a build.
    pub warnings: Vec<Problem>,
}

/// Everything wrong with one file, each problem with its JSON path.
#[derive(Debug)]
pub struct FileProblems {
    pub path: PathBuf,
    pub problems: Vec<Problem>,
}

impl fmt::Display for FileProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {problem}", self.path.display())?;
        }
        Ok(())
    }
}

impl std::error::Error for FileProblems {}

/// The size in bytes of a site path (`reports/x.pdf`) under `public`, or
/// `None` when there is no such file.
pub fn files_under(public: &Path) -> impl Fn(&str) -> Option<u64> + '_ {
    move |site_path| {
        std::fs::metadata(public.join(site_path.trim_start_matches('/')))
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
    }
}

/// Reads and checks the bundle at `path`, looking up its images and reports
/// under `public`. A translation (`english` given) is completed from English,
/// each gap a warning.
pub fn read_bundle(
    path: &Path,
    public: &Path,
    english: Option<&Bundle>,
) -> Result<BundleFile, FileProblems> {
    let refuse = |problems| FileProblems {
        path: path.to_owned(),
        problems,
    };
    let json = std::fs::read_to_string(path).map_err(|e| {
        refuse(vec![Problem {
            path: "$".into(),
            message: format!("cannot read the file: {e}"),
        }])
    })?;
    let checked = check_bundle(&json, english, files_under(public));
    match checked.bundle {
        Some(bundle) if checked.findings.errors.is_empty() => Ok(BundleFile {
            path: path.to_owned(),
            bundle,
            json,
            warnings: checked.findings.warnings,
        }),
        _ => Err(refuse(checked.findings.errors)),
    }
}
