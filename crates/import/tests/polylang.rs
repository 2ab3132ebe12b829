//! An import from a recorded WordPress site with Polylang: what lands in
//! each bundle, what is kept, and what the editor is warned about.

mod support;

use support::server::{Reply, Server};
use support::wordpress::Site;
use support::{POLYLANG, Public};
use support::{serve, serve_with, slugs};

/// The recorded site, imported into a copy of `public/`.
fn imported() -> (Server, Public) {
    let server = serve(Site::polylang());
    let public = Public::copy();
    let (result, _) = public.import(POLYLANG, &server.origin);
    result.expect("the import succeeds");
    (server, public)
}

#[test]
fn every_language_is_imported_with_the_source_languages_slugs() {
    let server = serve(Site::polylang());
    let public = Public::copy();
    let before = public.bundle("fr");
    let (written, warnings) = public.import(POLYLANG, &server.origin);
    let written = written.expect("the import succeeds");
    assert_eq!(written.len(), 3);

    let en = public.bundle("en");
    assert_eq!(
        slugs(&en, "themes"),
        ["gender-equality", "advocacy", "pensions"]
    );
    let advocacy = &en["themes"][1];
    assert_eq!(advocacy["title"], "Advocacy");
    assert_eq!(advocacy["summary"], "Advocacy: the summary");
    assert_eq!(
        advocacy["body"],
        serde_json::json!([
            "Advocacy & social protection’s future.",
            "Second paragraph."
        ])
    );
    assert_eq!(advocacy["figure"], "okra-2015");
    let figure = en["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "okra-2015")
        .unwrap();
    assert_eq!(figure["image"]["src"], "images/wp/okra-2015.png");
    assert_eq!(
        (
            figure["image"]["width"].as_u64(),
            figure["image"]["height"].as_u64()
        ),
        (Some(640), Some(400))
    );
    assert_eq!(figure["caption"], "OKRA 2015");

    // The French bundle keeps English slugs, with French texts.
    let fr = public.bundle("fr");
    assert_eq!(
        slugs(&fr, "themes"),
        ["gender-equality", "advocacy", "pensions"]
    );
    assert_eq!(fr["themes"][0]["title"], "Égalité de genre");
    assert_eq!(fr["reports"][0]["title"], "Rapport d’activités 2021");
    assert_eq!(
        fr["allies"][0]["description"],
        "Le Partenariat mondial pour la protection sociale universelle."
    );
    // What WordPress does not hold is kept.
    assert_eq!(fr["home"], before["home"]);
    assert_eq!(fr["quote"], before["quote"]);
    assert_eq!(fr["newsletter"], before["newsletter"]);

    // Spanish has no "pensions": the site will show it in English.
    let es = public.bundle("es");
    assert_eq!(slugs(&es, "themes"), ["gender-equality", "advocacy"]);

    let report = &en["reports"][0];
    assert_eq!(report["slug"], "annual-report-2021-en");
    assert_eq!(
        (report["year"].as_u64(), report["language"].as_str()),
        (Some(2021), Some("en"))
    );
    assert_eq!(report["file"], "reports/annual-report-2021.pdf");
    assert_eq!(
        report["size_bytes"].as_u64(),
        Some(support::wordpress::PDF.len() as u64)
    );
    assert_eq!(
        public.read("reports/annual-report-2021.pdf").as_bytes(),
        support::wordpress::PDF
    );
    assert_eq!(en["allies"][0]["url"], "https://usp2030.org/");

    let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert!(
        said.iter().any(
            |w| w.starts_with("page 13 \"Pensions\": has no \"es\" version")
                && w.contains("/wp-admin/post.php?post=13&action=edit")
        ),
        "{said:#?}"
    );
    assert!(
        said.iter()
            .any(|w| w.starts_with("media 101 \"march-2019\": has no alternative text")),
        "{said:#?}"
    );
    let march = en["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "march-2019")
        .unwrap();
    assert_eq!(march["image"]["alt"], "March for social protection, 2019");
}

#[test]
fn the_written_bundles_pass_check_content() {
    let (_server, public) = imported();
    let warnings = public.check_content();
    assert_eq!(warnings[0], ("fr".into(), vec![]), "French has every item");
    assert_eq!(
        warnings[1],
        (
            "es".into(),
            vec!["themes/pensions: whole item not translated; English is shown".into()]
        )
    );
}

#[test]
fn lists_are_followed_page_by_page() {
    let (server, _public) = imported();
    let second_pages = server
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|r| r.route == "/wp/v2/pages" && r.param("page") == Some("2"))
        .count();
    assert_eq!(
        second_pages, 2,
        "English and French have three themes each, two to a page"
    );
}

#[test]
fn a_site_without_pretty_permalinks_is_read_through_rest_route() {
    let server = serve_with(Site::polylang(), |request| {
        request.pretty.then(|| Reply::status(404))
    });
    let public = Public::copy();
    public
        .import(POLYLANG, &server.origin)
        .0
        .expect("the import succeeds");
    assert_eq!(public.bundle("en")["themes"].as_array().unwrap().len(), 3);
}

#[test]
fn the_imported_bundles_build_a_site_that_shows_the_wordpress_texts() {
    let (_server, public) = imported();
    let site = public.build_site();
    let page =
        |path: &str| std::fs::read_to_string(site.path().join(path).join("index.html")).unwrap();
    let advocacy = page("what-we-do/advocacy");
    assert!(
        advocacy.contains("<h1 id=\"main-heading\" tabindex=\"-1\">Advocacy</h1>"),
        "{advocacy}"
    );
    assert!(advocacy.contains("Advocacy &amp; social protection’s future."));
    assert!(advocacy.contains("src=\"/images/wp/okra-2015.png\""));
    assert!(
        !advocacy.contains("hostile"),
        "no script text from WordPress"
    );
    assert!(page("fr/what-we-do/gender-equality").contains("Égalité de genre"));
    assert!(page("es/reports").contains("Informe anual 2021"));
    // Spanish has no "pensions": its page shows the English text, marked.
    assert!(page("es/what-we-do/pensions").contains("Pensions"));
}

#[test]
fn the_command_prints_what_it_wrote_and_each_warning() {
    let server = serve(Site::polylang());
    let public = Public::copy();
    let config = public.root().join("wordpress.toml");
    std::fs::write(&config, POLYLANG.replace("ORIGIN", &server.origin)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_inspir-import"))
        .args(["wordpress", "--config"])
        .arg(&config)
        .arg("--out")
        .arg(public.content())
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("fr.json: 3 themes, 1 ally, 1 report"),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning: page 13 \"Pensions\": has no \"es\" version"),
        "{stderr}"
    );

    let broken = public.root().join("broken.toml");
    std::fs::write(&broken, "site = \"ftp://x\"\n[themes]\nparent = \"a\"").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_inspir-import"))
        .args(["wordpress", "--config"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.toml: site: \"ftp://x\" is not an http(s) address"),
        "{stderr}"
    );
}

#[test]
fn allies_as_pages_reports_as_posts_and_custom_fields() {
    let server = serve(Site::polylang().with_other_layouts());
    let public = Public::copy();
    let mapping = r#"
        site = "ORIGIN"
        [themes]
        parent = "what-we-do"
        summary = "acf:card"
        [allies]
        from = "pages"
        parent = "allies"
        [reports]
        from = "posts"
        category = "reports"
        year = "acf:year"
    "#;
    let (result, _) = public.import(mapping, &server.origin);
    result.expect("the import succeeds");
    let (en, fr) = (public.bundle("en"), public.bundle("fr"));
    assert_eq!(en["themes"][1]["summary"], "Advocacy, in one line.");
    assert_eq!(fr["themes"][1]["summary"], "Plaidoyer, in one line.");
    assert_eq!(slugs(&fr, "allies"), ["ilo"]);
    assert_eq!(fr["allies"][0]["url"], "https://www.ilo.org/");
    assert_eq!(
        fr["allies"][0]["description"],
        "L’Organisation internationale du Travail."
    );
    let report = &fr["reports"][0];
    assert_eq!(report["slug"], "annual-report-2022");
    assert_eq!(report["title"], "Rapport annuel 2022");
    assert_eq!(
        report["summary"],
        "Rapport annuel 2022: what the year brought."
    );
    assert_eq!(
        (report["year"].as_u64(), report["language"].as_str()),
        (Some(2022), Some("fr"))
    );
    assert_eq!(report["file"], "reports/annual-report-2022.pdf");
}
