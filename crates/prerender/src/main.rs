//! `inspir-prerender [DIST]`: pre-renders the site in DIST, by default
//! `$TRUNK_STAGING_DIR`, which is where trunk's `post_build` hook runs it
//! (see Trunk.toml). Exits non-zero, naming each problem, if it cannot.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dist = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dist) = dist else {
        eprintln!("usage: inspir-prerender DIST   (or run it from trunk's post_build hook)");
        return ExitCode::from(2);
    };
    match inspir_prerender::build(&dist) {
        Ok(summary) => {
            for warning in &summary.warnings {
                eprintln!("prerender: {warning}");
            }
            println!(
                "prerender: {} pages, {} files written in {}",
                summary.pages,
                summary.files,
                dist.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            // Name files as the site has them (content/fr.json), not by
            // trunk's staging folder, which is gone by the time anyone looks.
            let folder = format!("{}/", dist.display());
            eprintln!(
                "prerender: the site was not built (content/, images/ and reports/ \
                 come from public/):\n{}",
                error.to_string().replace(&folder, "")
            );
            ExitCode::FAILURE
        }
    }
}
