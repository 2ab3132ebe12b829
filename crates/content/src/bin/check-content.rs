//! `check-content [--public DIR] BUNDLE.json...`: prints every problem in each
//! bundle with its JSON path, and exits non-zero if there is any.
//!
//! Site paths (images, reports) are looked up under DIR, by default the folder
//! above the bundle's folder (`public/` for `public/content/en.json`).
//!
//! A bundle in another language is compared with `en.json` beside it: each
//! item or field it lacks is a warning (the site shows English there), not a
//! failure.

use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use inspir_content::{Bundle, FileProblems, Problem};

fn main() -> ExitCode {
    let mut public: Option<PathBuf> = None;
    let mut bundles = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--public" => match args.next() {
                Some(dir) => public = Some(dir.into()),
                None => return usage("--public needs a folder"),
            },
            "-h" | "--help" => return usage(""),
            _ => bundles.push(PathBuf::from(arg)),
        }
    }
    if bundles.is_empty() {
        return usage("no bundle given");
    }
    let mut failed = false;
    for bundle in &bundles {
        let root = public.clone().unwrap_or_else(|| public_dir_of(bundle));
        failed |= !check_one(bundle, &root);
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the bundle's problems; true when it has none.
fn check_one(bundle: &Path, public: &Path) -> bool {
    let name = bundle.display();
    let english = match english_beside(bundle) {
        Ok(english) => english,
        Err(problems) => return report(&name, &problems.problems, &[]),
    };
    match inspir_content::read_bundle(bundle, public, english.as_ref()) {
        Ok(file) => report(&name, &[], &file.warnings),
        Err(problems) => report(&name, &problems.problems, &[]),
    }
}

/// Prints errors and warnings; true when there are no errors.
fn report(name: &impl Display, errors: &[Problem], warnings: &[Problem]) -> bool {
    for problem in errors {
        eprintln!("{name}: {problem}");
    }
    for warning in warnings {
        eprintln!("{name}: warning: {warning}");
    }
    match (errors.len(), warnings.len()) {
        (0, 0) => println!("{name}: ok"),
        (0, w) => println!("{name}: ok, {w} warning(s)"),
        (e, _) => eprintln!("{name}: {e} problem(s)"),
    }
    errors.is_empty()
}

/// The English bundle to compare `bundle` with: `None` when `bundle` is
/// English itself (or unreadable, which the check then reports).
fn english_beside(bundle: &Path) -> Result<Option<Bundle>, FileProblems> {
    let language = std::fs::read_to_string(bundle)
        .ok()
        .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok())
        .and_then(|v| v.get("language")?.as_str().map(str::to_owned));
    if language.as_deref().is_none_or(|l| l == "en") {
        return Ok(None);
    }
    let english_path = bundle.with_file_name("en.json");
    std::fs::read_to_string(&english_path)
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .map(Some)
        .ok_or_else(|| FileProblems {
            path: bundle.to_owned(),
            problems: vec![Problem {
                path: "$".into(),
                message: format!(
                    "cannot compare with {}: missing or unreadable",
                    english_path.display()
                ),
            }],
        })
}

fn public_dir_of(bundle: &Path) -> PathBuf {
    bundle
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn usage(error: &str) -> ExitCode {
    if !error.is_empty() {
        eprintln!("check-content: {error}");
    }
    eprintln!("usage: check-content [--public DIR] BUNDLE.json...");
    if error.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
