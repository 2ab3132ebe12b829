//! `check-content [--public DIR] BUNDLE.json...`: prints every problem in each
//! bundle with its JSON path, and exits non-zero if there is any.
//!
//! Site paths (images, reports) are looked up under DIR, by default the folder
//! above the bundle's folder (`public/` for `public/content/en.json`).

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
    let problems = inspir_content::check(&json, |site_path| {
        let file = public.join(site_path.trim_start_matches('/'));
        std::fs::metadata(file)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
    });
    for problem in &problems {
        eprintln!("{name}: {problem}");
    }
    match problems.len() {
        0 => println!("{name}: ok"),
        n => eprintln!("{name}: {n} problem(s)"),
    }
    problems.is_empty()
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
