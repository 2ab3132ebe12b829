//! `inspir-prerender [DIST]`: pre-renders the site in DIST, by default
//! `$TRUNK_STAGING_DIR`, which is where trunk's `post_build` hook runs it
//! (see Trunk.toml).
//!
//! `inspir-prerender policy DIST`: makes the security policy again (the
//! meta tag in every page, `_headers`, and the other hosts' files) after a
//! deployer has changed an origin in `DIST/config.json`.
//!
//! `INSPIR_CONFIG=FILE` builds with FILE in place of `config.json`.
//!
//! `--deploy DIR` says where the nginx, Caddy and CloudFront files go; by
//! default `deploy/` beside the site's folder. Exits non-zero, naming each
//! problem, if it cannot do its work.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let deploy = match args.iter().position(|a| a == "--deploy") {
        Some(i) if i + 1 < args.len() => {
            let dir = args.remove(i + 1);
            args.remove(i);
            Some(PathBuf::from(dir))
        }
        Some(_) => return usage("--deploy needs a folder"),
        None => None,
    };
    let policy_only = args.first().is_some_and(|a| a == "policy");
    if policy_only {
        args.remove(0);
    }
    let dist = args
        .first()
        .cloned()
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dist) = dist else {
        return usage("no site folder given");
    };
    let deploy = deploy.unwrap_or_else(|| deploy_beside(&dist));
    let outcome = if policy_only {
        inspir_prerender::apply_policy(&dist, &deploy).map(|policy| {
            println!(
                "prerender: policy written into the pages and _headers of {}, and {} ({} bytes of CSP)",
                dist.display(),
                deploy.display(),
                policy.header().len()
            );
        })
    } else {
        // trunk serve builds in debug; its pages go without the meta policy.
        let development = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "debug");
        let build = if development {
            eprintln!("prerender: development build: pages carry no meta policy (see _headers)");
            inspir_prerender::build_for_development
        } else {
            inspir_prerender::build
        };
        use_config_from_env(&dist).and_then(|()| build(&dist, &deploy)).map(|summary| {
            for warning in &summary.warnings {
                eprintln!("prerender: {warning}");
            }
            println!(
                "prerender: {} pages, {} files written in {}, with _headers; host configurations in {}",
                summary.pages,
                summary.files,
                dist.display(),
                deploy.display()
            );
        })
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
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

/// `INSPIR_CONFIG=FILE trunk build` builds with FILE as `config.json`, e.g.
/// a staging site's newsletter service, without editing `public/`.
fn use_config_from_env(dist: &Path) -> Result<(), inspir_prerender::BuildError> {
    let Some(file) = std::env::var_os("INSPIR_CONFIG").map(PathBuf::from) else {
        return Ok(());
    };
    std::fs::copy(&file, dist.join("config.json"))
        .map(|_| {
            eprintln!(
                "prerender: config.json from INSPIR_CONFIG={}",
                file.display()
            )
        })
        .map_err(|source| inspir_prerender::BuildError::Io { path: file, source })
}

/// `deploy/` beside the site's final folder: beside `dist/` for a trunk
/// build (whose staging folder is inside it), beside DIST otherwise.
fn deploy_beside(dist: &Path) -> PathBuf {
    let site = std::env::var("TRUNK_DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dist.to_owned());
    site.parent().unwrap_or(Path::new(".")).join("deploy")
}

fn usage(error: &str) -> ExitCode {
    eprintln!("inspir-prerender: {error}");
    eprintln!("usage: inspir-prerender [DIST] [--deploy DIR]");
    eprintln!("       inspir-prerender policy DIST [--deploy DIR]");
    ExitCode::from(2)
}
