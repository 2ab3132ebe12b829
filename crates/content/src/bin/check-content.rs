//! `check-content [--public DIR] BUNDLE.json...`: prints every problem in each
//! bundle with its JSON path, and exits non-zero if there is any.
//!
//! Site paths (images, reports) are looked up under DIR, by default the folder
//! above the bundle's folder (`public/` for `public/content/en.json`).
//!
//! A bundle in another language is compared with `en.json` beside it: each
//! item or field it lacks is a warning (the site shows English there), not a
//! failure.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
    let json = match std::fs::read_to_string(bundle) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{name}: cannot read: {e}");
            return false;
        }
    };
    let file_size = |site_path: &str| {
        let file = public.join(site_path.trim_start_matches('/'));
        std::fs::metadata(file)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
    };
    let findings = match english_beside(bundle, &json) {
        Ok(Some(english)) => inspir_content::check_translation(&json, &english, file_size),
        Ok(None) => inspir_content::Findings {
            errors: inspir_content::check(&json, file_size),
            warnings: vec![],
        },
        Err(problem) => inspir_content::Findings {
            errors: vec![problem],
            warnings: vec![],
        },
    };
    for problem in &findings.errors {
        eprintln!("{name}: {problem}");
    }
    for warning in &findings.warnings {
        eprintln!("{name}: warning: {warning}");
    }
    match (findings.errors.len(), findings.warnings.len()) {
        (0, 0) => println!("{name}: ok"),
        (0, w) => println!("{name}: ok, {w} warning(s)"),
        (e, _) => eprintln!("{name}: {e} problem(s)"),
    }
    findings.errors.is_empty()
}

/// The English bundle to compare `bundle` with: `None` when `bundle` is
/// English itself (or unreadable, which `check` then reports).
fn english_beside(
    bundle: &Path,
    json: &str,
) -> Result<Option<inspir_content::Bundle>, inspir_content::Problem> {
    let language = serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| v.get("language")?.as_str().map(str::to_owned));
    if language.as_deref().is_none_or(|l| l == "en") {
        return Ok(None);
    }
    let english_path = bundle.with_file_name("en.json");
    std::fs::read_to_string(&english_path)
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .map(Some)
        .ok_or_else(|| inspir_content::Problem {
            path: "$".into(),
            message: format!(
                "cannot compare with {}: missing or unreadable",
                english_path.display()
            ),
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
