//! `inspir-import wordpress --config wordpress.toml [--out public/content]
//! [--public DIR]`: updates the content bundles from a WordPress site.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use inspir_import::{Mapping, Target, run};

const USAGE: &str = "usage: inspir-import wordpress --config FILE [--out DIR] [--public DIR]\n\
  --config  the mapping file (see wordpress.example.toml)\n\
  --out     the bundles' folder (default public/content)\n\
  --public  where images/ and reports/ go (default: the folder above --out)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("wordpress") => {}
        Some("-h" | "--help") => return usage(""),
        Some(other) => return usage(&format!("unknown command \"{other}\"")),
        None => return usage("no command given"),
    }
    let (mut config, mut out, mut public) = (None, PathBuf::from("public/content"), None);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--config", Some(v)) => config = Some(PathBuf::from(v)),
            ("--out", Some(v)) => out = v.into(),
            ("--public", Some(v)) => public = Some(PathBuf::from(v)),
            (flag, _) => return usage(&format!("\"{flag}\" is not an option, or has no value")),
        }
    }
    let Some(config) = config else {
        return usage("--config is required");
    };
    let public =
        public.unwrap_or_else(|| out.parent().map_or_else(|| ".".into(), Path::to_path_buf));
    let mapping = match Mapping::load(&config) {
        Ok(mapping) => mapping,
        Err(error) => {
            eprintln!("inspir-import: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut warnings = Vec::new();
    let target = Target {
        content: &out,
        public: &public,
    };
    let result = run(&mapping, &target, &mut warnings);
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    match result {
        Ok(written) => {
            for w in written {
                println!(
                    "wrote {}: {}, {}, {}",
                    w.path.display(),
                    count(w.themes, "theme", "themes"),
                    count(w.allies, "ally", "allies"),
                    count(w.reports, "report", "reports"),
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("inspir-import: {error}");
            eprintln!(
                "inspir-import: the bundles in {} are unchanged",
                out.display()
            );
            ExitCode::FAILURE
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn usage(error: &str) -> ExitCode {
    if error.is_empty() {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    eprintln!("inspir-import: {error}\n{USAGE}");
    ExitCode::from(2)
}
