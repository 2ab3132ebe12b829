//! Every validation rule against a fixture that breaks it, and the shipped
//! bundle against all of them.

use std::path::{Path, PathBuf};

use inspir_content::{Bundle, Problem, check, check_translation};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Site paths resolved under a `public/` folder, like `check-content` does.
fn files_under(public: PathBuf) -> impl Fn(&str) -> Option<u64> {
    move |site_path| {
        std::fs::metadata(public.join(site_path.trim_start_matches('/')))
            .ok()
            .map(|m| m.len())
    }
}

fn problems_in(name: &str) -> Vec<Problem> {
    let json = std::fs::read_to_string(fixtures().join("broken").join(name)).expect("fixture");
    check(&json, files_under(fixtures().join("public")))
}

/// The paths of the problems found, so each test says exactly what it expects.
fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn the_valid_fixture_has_no_problems() {
    let json = std::fs::read_to_string(fixtures().join("public/content/valid.json")).unwrap();
    assert_eq!(check(&json, files_under(fixtures().join("public"))), vec![]);
}

#[test]
fn the_shipped_english_bundle_has_no_problems() {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    let json = std::fs::read_to_string(public.join("content/en.json")).unwrap();
    assert_eq!(check(&json, files_under(public)), vec![]);
}

#[test]
fn the_shipped_bundle_has_the_eleven_themes_in_order() {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    let json = std::fs::read_to_string(public.join("content/en.json")).unwrap();
    let bundle: Bundle = serde_json::from_str(&json).unwrap();
    let slugs: Vec<&str> = bundle.themes.iter().map(|t| t.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "social-and-solidarity-economy",
            "access-to-employment",
            "access-to-health",
            "gender-equality",
            "human-rights-due-diligence",
            "environment",
            "advocacy",
            "social-security",
            "vocational-training",
            "capacity-building",
            "investigation",
        ]
    );
    assert_eq!(bundle.figures.len(), 5);
    assert_eq!(bundle.allies.len(), 3);
}

#[test]
fn a_duplicate_slug_names_both_places() {
    let problems = problems_in("duplicate-slug.json");
    assert_eq!(paths(&problems), ["themes[2].slug"]);
    assert!(problems[0].message.contains("themes[0]"), "{}", problems[0]);
}

#[test]
fn an_empty_title_is_reported() {
    let problems = problems_in("empty-title.json");
    assert_eq!(paths(&problems), ["themes[1].title"]);
    assert_eq!(problems[0].message, "is empty");
}

#[test]
fn a_missing_field_is_reported_as_empty() {
    assert_eq!(paths(&problems_in("missing-field.json")), ["quote.author"]);
}

#[test]
fn an_image_without_alt_text_is_reported() {
    assert_eq!(
        paths(&problems_in("image-without-alt.json")),
        ["allies[0].mark.alt"]
    );
}

#[test]
fn a_missing_report_file_is_reported() {
    let problems = problems_in("report-file-missing.json");
    assert_eq!(paths(&problems), ["reports[0].file"]);
    assert!(problems[0].message.contains("not found"));
}

#[test]
fn a_wrong_report_size_gives_both_sizes() {
    let problems = problems_in("report-size-wrong.json");
    assert_eq!(paths(&problems), ["reports[0].size_bytes"]);
    let actual = std::fs::metadata(fixtures().join("public/reports/tiny.pdf"))
        .unwrap()
        .len();
    assert!(
        problems[0].message.contains(&actual.to_string()),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].message.contains(&(actual + 1).to_string()),
        "{}",
        problems[0]
    );
}

#[test]
fn a_link_that_is_not_http_is_reported() {
    assert_eq!(paths(&problems_in("link-not-web.json")), ["allies[0].url"]);
}

#[test]
fn an_image_from_another_host_without_scheme_is_reported() {
    assert_eq!(
        paths(&problems_in("image-src-unsafe.json")),
        ["figures[0].image.src"]
    );
}

#[test]
fn an_unknown_field_is_reported_with_its_path() {
    let problems = problems_in("unknown-field.json");
    assert_eq!(paths(&problems), ["themes[0].sumary"]);
    assert!(problems[0].message.contains("unknown field"));
}

#[test]
fn a_reference_to_an_unknown_figure_is_reported() {
    assert_eq!(
        paths(&problems_in("unknown-figure.json")),
        ["themes[0].figure"]
    );
}

#[test]
fn an_unreadable_slug_is_reported() {
    assert_eq!(paths(&problems_in("bad-slug.json")), ["themes[0].slug"]);
}

#[test]
fn a_wrong_type_names_the_field() {
    let problems = problems_in("wrong-type.json");
    assert_eq!(paths(&problems), ["reports[0].year"]);
    assert!(
        problems[0].message.contains("invalid type"),
        "{}",
        problems[0]
    );
}

#[test]
fn broken_json_is_reported_with_its_position() {
    let problems = problems_in("not-json.json");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("line"), "{}", problems[0]);
}

#[test]
fn several_problems_are_all_reported() {
    let json = std::fs::read_to_string(fixtures().join("public/content/valid.json")).unwrap();
    let mut bundle: serde_json::Value = serde_json::from_str(&json).unwrap();
    bundle["themes"][0]["title"] = "".into();
    bundle["allies"][0]["url"] = "ftp://x".into();
    bundle["extra"] = true.into();
    let problems = check(&bundle.to_string(), files_under(fixtures().join("public")));
    assert_eq!(
        paths(&problems),
        ["extra", "themes[0].title", "allies[0].url"]
    );
}

fn shipped(language: &str) -> (String, PathBuf) {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    let json = std::fs::read_to_string(public.join(format!("content/{language}.json"))).unwrap();
    (json, public)
}

#[test]
fn the_three_shipped_bundles_have_the_same_items_in_the_same_order() {
    let items = |language: &str| {
        let bundle: Bundle = serde_json::from_str(&shipped(language).0).unwrap();
        assert_eq!(bundle.language, language);
        let slugs = |list: Vec<&String>| list.into_iter().cloned().collect::<Vec<_>>();
        (
            slugs(bundle.themes.iter().map(|t| &t.slug).collect()),
            slugs(bundle.themes.iter().map(|t| &t.figure).collect()),
            slugs(bundle.figures.iter().map(|f| &f.id).collect()),
            slugs(bundle.allies.iter().map(|a| &a.slug).collect()),
            slugs(bundle.reports.iter().map(|r| &r.slug).collect()),
        )
    };
    assert_eq!(items("fr"), items("en"));
    assert_eq!(items("es"), items("en"));
}

#[test]
fn the_french_and_spanish_bundles_are_complete_and_valid() {
    let english: Bundle = serde_json::from_str(&shipped("en").0).unwrap();
    for language in ["fr", "es"] {
        let (json, public) = shipped(language);
        let findings = check_translation(&json, &english, files_under(public));
        assert_eq!(findings.errors, vec![], "{language}");
        assert_eq!(findings.warnings, vec![], "{language}");
    }
}

#[test]
fn a_missing_translation_is_a_warning_that_names_the_item() {
    let dir = fixtures().join("translation");
    let english: Bundle =
        serde_json::from_str(&std::fs::read_to_string(dir.join("en.json")).unwrap()).unwrap();
    let json = std::fs::read_to_string(dir.join("fr.json")).unwrap();
    let findings = check_translation(&json, &english, files_under(fixtures().join("public")));
    assert_eq!(findings.errors, vec![]);
    assert_eq!(paths(&findings.warnings), ["quote", "themes/third-theme"]);
    assert!(findings.warnings[1].message.contains("whole item"));
}
