//! The pre-renderer over fixture sites built in temporary folders, as zola
//! tests its site builder: what files it writes, what they hold, and how
//! it refuses a broken site.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use inspir_prerender::{BuildError, build};
use inspir_site::content::{BundleUrls, SiteConfig};
use inspir_site::i18n::Lang;

const TEMPLATE: &str = r#"<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <base href="BASE" />
    <script type="module">import init from 'BASEapp.js'; init('BASEapp_bg.wasm');</script>
  </head>
  <body></body>
</html>
"#;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn content_fixtures() -> PathBuf {
    repo().join("crates/content/tests/fixtures")
}

/// A folder laid out as trunk leaves it: the template, config.json, the
/// three bundles (French partly translated), an image, a report, a favicon.
fn fixture_site(base: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    let public = content_fixtures().join("public");
    fs::create_dir_all(root.join("content")).unwrap();
    fs::create_dir_all(root.join("images")).unwrap();
    fs::create_dir_all(root.join("reports")).unwrap();
    fs::write(root.join("index.html"), TEMPLATE.replace("BASE", base)).unwrap();
    fs::write(root.join("app.js"), "").unwrap();
    fs::write(root.join("app_bg.wasm"), "").unwrap();
    fs::write(
        root.join("config.json"),
        r#"{"content_url": "content/{lang}.json", "site_url": "https://example.org"}"#,
    )
    .unwrap();
    fs::copy(public.join("images/dot.svg"), root.join("images/dot.svg")).unwrap();
    fs::copy(
        public.join("reports/tiny.pdf"),
        root.join("reports/tiny.pdf"),
    )
    .unwrap();
    fs::copy(repo().join("public/favicon.svg"), root.join("favicon.svg")).unwrap();
    let english = fs::read_to_string(public.join("content/valid.json")).unwrap();
    fs::write(root.join("content/en.json"), &english).unwrap();
    fs::copy(
        content_fixtures().join("translation/fr.json"),
        root.join("content/fr.json"),
    )
    .unwrap();
    let spanish = english.replacen(r#""language": "en""#, r#""language": "es""#, 1);
    fs::write(root.join("content/es.json"), spanish).unwrap();
    dir
}

fn read(root: &Path, file: &str) -> String {
    fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Every file under `root`, relative to it.
fn files(root: &Path) -> BTreeSet<String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeSet<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                out.insert(path.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(root, root, &mut out);
    out
}

fn built(base: &str) -> tempfile::TempDir {
    let site = fixture_site(base);
    build(site.path(), &site.path().join("deploy"))
        .unwrap_or_else(|e| panic!("the fixture site builds:\n{e}"));
    site
}

const PAGES: [&str; 10] = [
    "index.html",
    "what-we-do/index.html",
    "what-we-do/first-theme/index.html",
    "what-we-do/second-theme/index.html",
    "what-we-do/third-theme/index.html",
    "allies/index.html",
    "reports/index.html",
    "newsletter/index.html",
    "privacy/index.html",
    "search/index.html",
];

#[test]
fn every_route_in_every_language_is_written() {
    let site = built("/");
    let written = files(site.path());
    for prefix in ["", "fr/", "es/"] {
        for page in PAGES {
            let file = format!("{prefix}{page}");
            assert!(written.contains(&file), "{file} missing from {written:?}");
        }
        for file in [
            "404.html",
            "offline.html",
            "feed.xml",
            "images/og/LANG/site.png",
        ] {
            let lang = if prefix.is_empty() {
                "en"
            } else {
                &prefix[..2]
            };
            let file = if file.starts_with("images") {
                file.replace("LANG", lang)
            } else {
                format!("{prefix}{file}")
            };
            assert!(written.contains(&file), "{file} missing");
        }
    }
    for file in [
        "sitemap.xml",
        "robots.txt",
        "images/og/logo.png",
        "images/og/en/first-theme.png",
        "images/og/fr/third-theme.png",
    ] {
        assert!(written.contains(file), "{file} missing");
    }
}

#[test]
fn each_page_holds_its_content_in_its_language() {
    let site = built("/");
    let root = site.path();
    let home = read(root, "index.html");
    assert!(
        home.contains(r#"<html lang="en" data-content-hash=""#),
        "{home}"
    );
    assert!(home.contains(">Fixture home</h1>"));
    assert!(home.contains("Fixture objective."));
    let french = read(root, "fr/what-we-do/second-theme/index.html");
    assert!(french.starts_with("<!doctype html>"));
    assert!(french.contains(r#"<html lang="fr""#));
    assert!(french.contains(">Deuxième thème</h1>"));
    assert!(french.contains("<title>Deuxième thème · INSP!R</title>"));
    // The template's script stays, so the app can take the page over.
    assert!(french.contains("import init from '/app.js'"));
    let not_found = read(root, "fr/404.html");
    assert!(not_found.contains(">Page introuvable</h1>"));
    assert!(not_found.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(!not_found.contains("rel=\"canonical\""));
}

/// The app adopts a page after fetching the files its `<html>` names,
/// without reading `config.json`: they must be where the config says.
#[test]
fn each_page_names_the_files_it_was_built_from_as_the_app_reads_them() {
    let site = built("/");
    let config = SiteConfig::default();
    for (file, lang) in [
        ("index.html", Lang::En),
        ("fr/what-we-do/second-theme/index.html", Lang::Fr),
        ("es/404.html", Lang::Es),
    ] {
        let list = attribute(&read(site.path(), file), r#"data-preload=""#).to_owned();
        assert_eq!(
            BundleUrls::preloaded(&list, lang),
            Some(BundleUrls::of(&config, lang)),
            "{file}: {list}"
        );
    }
}

/// The head tags that search engines and link previews read, for one page.
#[test]
fn a_theme_page_has_every_head_tag_with_the_right_urls() {
    let site = built("/");
    let page = read(site.path(), "fr/what-we-do/second-theme/index.html");
    let url = "https://example.org/fr/what-we-do/second-theme";
    for tag in [
        format!(r#"<link href="{url}" rel="canonical">"#),
        r#"<meta name="description" content="Résumé deuxième thème.">"#.to_owned(),
        format!(r#"<meta property="og:url" content="{url}">"#),
        r#"<meta property="og:title" content="Deuxième thème">"#.to_owned(),
        r#"<meta property="og:type" content="article">"#.to_owned(),
        r#"<meta property="og:locale" content="fr_FR">"#.to_owned(),
        r#"<meta property="og:locale:alternate" content="en_GB">"#.to_owned(),
        r#"<meta property="og:image" content="https://example.org/images/og/fr/second-theme.png">"#
            .to_owned(),
        r#"<meta property="og:image:width" content="1200">"#.to_owned(),
        r#"<meta property="og:image:height" content="630">"#.to_owned(),
        r#"<meta name="twitter:card" content="summary_large_image">"#.to_owned(),
        r#"<link href="https://example.org/what-we-do/second-theme" hreflang="en" rel="alternate">"#
            .to_owned(),
        format!(r#"<link href="{url}" hreflang="fr" rel="alternate">"#),
        r#"<link href="https://example.org/es/what-we-do/second-theme" hreflang="es" rel="alternate">"#
            .to_owned(),
        r#"<link href="https://example.org/what-we-do/second-theme" hreflang="x-default" rel="alternate">"#
            .to_owned(),
        r#"<link href="/fr/feed.xml" rel="alternate" title="Rapports d’INSP!R" type="application/atom+xml">"#
            .to_owned(),
    ] {
        assert!(page.contains(&tag), "missing {tag} in\n{page}");
        assert_eq!(page.matches(&tag).count(), 1, "{tag} twice");
    }
    assert_eq!(page.matches("<title>").count(), 1);
    assert_eq!(page.matches(r#"name="description""#).count(), 1);
    let alt = attribute(&page, r#"<meta property="og:image:alt" content=""#);
    assert!(alt.starts_with("Deuxième thème · INSP!R."), "{alt}");
}

/// The value of the attribute that `prefix` opens.
fn attribute<'a>(html: &'a str, prefix: &str) -> &'a str {
    let start = html.find(prefix).unwrap_or_else(|| panic!("no {prefix}")) + prefix.len();
    &html[start..start + html[start..].find('"').unwrap()]
}

/// The schema.org data of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let start = html
        .find(r#"<script type="application/ld+json">"#)
        .expect("JSON-LD")
        + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("valid JSON-LD")
}

fn types(data: &serde_json::Value) -> Vec<&str> {
    data["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["@type"].as_str().unwrap())
        .collect()
}

#[test]
fn schema_org_says_who_and_what() {
    let site = built("/");
    let home = json_ld(&read(site.path(), "index.html"));
    assert_eq!(types(&home), ["NGO", "WebPage"]);
    let ngo = &home["@graph"][0];
    assert_eq!(ngo["name"], "INSP!R");
    assert_eq!(ngo["url"], "https://example.org/");
    assert_eq!(ngo["logo"], "https://example.org/images/og/logo.png");
    assert_eq!(ngo["description"], "Fixture description.");
    let theme = json_ld(&read(site.path(), "what-we-do/first-theme/index.html"));
    assert_eq!(theme["@graph"][1]["name"], "First theme");
    assert_eq!(
        theme["@graph"][1]["url"],
        "https://example.org/what-we-do/first-theme"
    );
    let reports = json_ld(&read(site.path(), "es/reports/index.html"));
    assert_eq!(types(&reports), ["NGO", "WebPage", "DigitalDocument"]);
    let document = &reports["@graph"][2];
    assert_eq!(document["url"], "https://example.org/reports/tiny.pdf");
    assert_eq!(document["encodingFormat"], "application/pdf");
    assert_eq!(document["inLanguage"], "en");
}

#[test]
fn the_sitemap_lists_exactly_the_routes_with_their_alternates() {
    let site = built("/");
    let sitemap = read(site.path(), "sitemap.xml");
    let locs: BTreeSet<&str> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap())
        .collect();
    let expected: BTreeSet<String> = ["", "fr/", "es/"]
        .iter()
        .flat_map(|prefix| {
            // Search results are for visitors, not search engines.
            PAGES
                .iter()
                .filter(|page| !page.starts_with("search/"))
                .map(move |page| {
                    let path = page.trim_end_matches("index.html").trim_end_matches('/');
                    let path = format!("{prefix}{path}");
                    format!("https://example.org/{path}")
                })
        })
        .collect();
    let expected: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
    assert_eq!(locs, expected);
    assert_eq!(sitemap.matches("<url>").count(), 27);
    assert_eq!(sitemap.matches(r#"hreflang="x-default""#).count(), 27);
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/what-we-do/first-theme"/>"#
    ));
    assert_eq!(
        read(site.path(), "robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n"
    );
}

#[test]
fn each_language_has_a_feed_of_its_reports() {
    let site = built("/");
    let feed = read(site.path(), "fr/feed.xml");
    assert!(feed.contains(r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">"#));
    assert!(feed.contains(
        r#"<link rel="self" type="application/atom+xml" href="https://example.org/fr/feed.xml"/>"#
    ));
    assert_eq!(feed.matches("<entry>").count(), 1);
    let size = fs::metadata(site.path().join("reports/tiny.pdf"))
        .unwrap()
        .len();
    assert!(feed.contains(&format!(
        r#"<link rel="enclosure" type="application/pdf" length="{size}" href="https://example.org/reports/tiny.pdf"/>"#
    )));
    assert!(feed.contains("<updated>2020-01-01T00:00:00Z</updated>"));
}

/// The width and height a PNG's header declares, once it is a PNG.
fn png_size(root: &Path, file: &str) -> (u32, u32) {
    let png = fs::read(root.join(file)).unwrap();
    assert_eq!(&png[1..4], b"PNG", "{file}");
    let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (size(16), size(20))
}

#[test]
fn link_preview_images_are_png_at_1200_by_630() {
    let site = built("/");
    for file in ["images/og/en/site.png", "images/og/es/second-theme.png"] {
        assert_eq!(png_size(site.path(), file), (1200, 630), "{file}");
    }
    let logo = fs::read(site.path().join("images/og/logo.png")).unwrap();
    assert_eq!(&logo[1..4], b"PNG");
}

#[test]
fn the_site_can_be_installed_in_each_language() {
    let site = built("/sub/");
    let root = site.path();
    for (lang, manifest, home) in [
        ("en", "manifest.webmanifest", "/sub/"),
        ("fr", "fr/manifest.webmanifest", "/sub/fr/"),
    ] {
        let data: serde_json::Value = serde_json::from_str(&read(root, manifest)).unwrap();
        assert_eq!(data["lang"], lang);
        assert_eq!(
            (data["start_url"].as_str(), data["id"].as_str()),
            (Some(home), Some(home))
        );
        assert_eq!(data["scope"], "/sub/");
        assert_eq!(data["display"], "standalone");
        assert_eq!(data["name"], "INSP!R");
        assert!(!data["description"].as_str().unwrap().is_empty());
        let icons = data["icons"].as_array().unwrap();
        let purposes: Vec<&str> = icons
            .iter()
            .map(|i| i["purpose"].as_str().unwrap())
            .collect();
        assert_eq!(purposes, ["any", "any", "maskable"]);
        for icon in icons {
            let (src, sizes) = (
                icon["src"].as_str().unwrap(),
                icon["sizes"].as_str().unwrap(),
            );
            let (w, h) = png_size(root, src.trim_start_matches("/sub/"));
            assert_eq!(format!("{w}x{h}"), sizes, "{src}");
        }
        let page = read(
            root,
            &format!("{}index.html", home.trim_start_matches("/sub/")),
        );
        assert!(
            page.contains(&format!(r#"<link href="/sub/{manifest}" rel="manifest">"#)),
            "{lang}"
        );
        assert!(page.contains(
            r#"<link href="/sub/images/icons/apple-touch-icon.png" rel="apple-touch-icon">"#
        ));
    }
    assert_eq!(
        png_size(root, "images/icons/apple-touch-icon.png"),
        (180, 180)
    );
}

/// Every address a page points to inside the site is a file that was
/// written or copied, checked here independently of the build's own check.
#[test]
fn every_internal_link_points_at_a_file() {
    for base in ["/", "/sub/"] {
        let site = built(base);
        let root = site.path();
        let pages: Vec<String> = files(root)
            .into_iter()
            .filter(|f| f.ends_with(".html"))
            .collect();
        // And each language's not-found and offline pages.
        assert_eq!(pages.len(), 3 * PAGES.len() + 6);
        let mut checked = 0;
        for page in &pages {
            let html = read(root, page);
            for attr in ["href=\"", "src=\""] {
                for value in html.split(attr).skip(1) {
                    let href = value.split('"').next().unwrap();
                    let href = href.strip_prefix("https://example.org").unwrap_or(href);
                    if !href.starts_with('/') {
                        continue;
                    }
                    assert!(href.starts_with(base), "{page}: {href} escapes {base}");
                    let path = href[base.len()..].split(['#', '?']).next().unwrap();
                    let file = root.join(path);
                    let served = file.is_file() || file.join("index.html").is_file();
                    assert!(served, "{page}: {href} points at nothing");
                    checked += 1;
                }
            }
        }
        assert!(checked > 500, "only {checked} links checked");
    }
}

#[test]
fn a_base_path_prefixes_every_address() {
    let site = built("/sub/");
    let page = read(site.path(), "what-we-do/first-theme/index.html");
    assert!(page.contains(
        r#"<link href="https://example.org/sub/what-we-do/first-theme" rel="canonical">"#
    ));
    assert!(page.contains(r#"href="/sub/what-we-do/second-theme" rel="next""#));
    assert!(page.contains(r#"src="/sub/images/dot.svg""#));
    assert!(
        read(site.path(), "robots.txt").contains("Sitemap: https://example.org/sub/sitemap.xml")
    );
}

/// The build's error, and proof that it wrote no page.
fn refused(site: &tempfile::TempDir) -> String {
    let error = build(site.path(), &site.path().join("deploy")).expect_err("the build must fail");
    let template = read(site.path(), "index.html");
    assert!(template.contains("<body></body>"), "a page was written");
    assert!(!site.path().join("sitemap.xml").exists());
    error.to_string()
}

#[test]
fn each_broken_bundle_fails_the_build_naming_file_and_field() {
    let cases = [
        ("empty-title.json", "themes[1].title: is empty"),
        ("missing-field.json", "quote.author: is empty"),
        ("report-size-wrong.json", "reports[0].size_bytes: says"),
        ("link-not-web.json", "allies[0].url:"),
        ("not-json.json", "home.?: control character"),
        ("unknown-field.json", "themes[0].sumary: unknown field"),
    ];
    for (fixture, expected) in cases {
        let site = fixture_site("/");
        fs::copy(
            content_fixtures().join("broken").join(fixture),
            site.path().join("content/en.json"),
        )
        .unwrap();
        let error = refused(&site);
        let file = site.path().join("content/en.json");
        let line = format!("{}: {expected}", file.display());
        assert!(
            error.contains(&line),
            "{fixture}: expected {line:?} in\n{error}"
        );
    }
}

#[test]
fn a_broken_translation_is_named_too() {
    let site = fixture_site("/");
    let french =
        read(site.path(), "content/fr.json").replace("\"year\": 2020", "\"year\": \"2020\"");
    fs::write(site.path().join("content/fr.json"), french).unwrap();
    let error = refused(&site);
    assert!(
        error.contains("content/fr.json: reports[0].year:"),
        "{error}"
    );
}

#[test]
fn a_missing_or_bad_site_url_is_refused() {
    let site = fixture_site("/");
    fs::write(
        site.path().join("config.json"),
        r#"{"content_url": "content/{lang}.json"}"#,
    )
    .unwrap();
    let error = refused(&site);
    assert!(
        error.contains("config.json: site_url \"\" must start with https://"),
        "{error}"
    );
    fs::write(
        site.path().join("config.json"),
        r#"{"site_url": "https://example.org/sub/"}"#,
    )
    .unwrap();
    assert!(refused(&site).contains("must be an origin only"));
    fs::write(site.path().join("config.json"), r#"{"siteurl": "x"}"#).unwrap();
    assert!(refused(&site).contains("config.json: unknown field `siteurl`"));
}

/// The app shows a broken `newsletter` on the page and carries on; the
/// build, which a deployer watches, stops and names it.
#[test]
fn a_broken_newsletter_setting_is_refused_by_name() {
    let site = fixture_site("/");
    fs::write(
        site.path().join("config.json"),
        r#"{"site_url": "https://example.org",
            "newsletter": {"provider": "listmonk", "url": "lists.example.org", "lists": ["a"]},
            "content_url": "content/{lang}.json"}"#,
    )
    .unwrap();
    let error = refused(&site);
    assert!(
        error.contains(
            "config.json: newsletter.url: \"lists.example.org\" is not an http(s) address"
        ),
        "{error}"
    );
    fs::write(
        site.path().join("config.json"),
        r#"{"site_url": "https://example.org", "newsletter": {"provider": "mailjet"}}"#,
    )
    .unwrap();
    assert!(refused(&site).contains("unknown variant `mailjet`"));
}

#[test]
fn a_template_that_already_has_a_title_is_refused() {
    let site = fixture_site("/");
    let template = TEMPLATE
        .replace("BASE", "/")
        .replace("<meta charset=\"utf-8\" />", "<title>INSP!R</title>");
    fs::write(site.path().join("index.html"), template).unwrap();
    let error = build(site.path(), &site.path().join("deploy")).unwrap_err();
    assert!(matches!(error, BuildError::File { .. }));
    assert!(
        error.to_string().contains("index.html: has a <title>"),
        "{error}"
    );
}

#[test]
fn hostile_content_stays_text() {
    let site = fixture_site("/");
    let hostile = "</script><script>alert(1)</script></title><b>";
    let english = read(site.path(), "content/en.json")
        .replace(
            "\"First theme\"",
            &format!("\"{}\"", hostile.replace('"', "\\\"")),
        )
        .replace("Fixture description.", hostile);
    fs::write(site.path().join("content/en.json"), english).unwrap();
    build(site.path(), &site.path().join("deploy")).expect("builds");
    for page in [
        "index.html",
        "what-we-do/first-theme/index.html",
        "reports/index.html",
    ] {
        let html = read(site.path(), page);
        assert!(!html.contains("<script>alert"), "{page}:\n{html}");
        assert!(!html.contains("</title><b>"), "{page}");
        json_ld(&html);
    }
    let theme = read(site.path(), "what-we-do/first-theme/index.html");
    assert!(
        theme.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)"),
        "{theme}"
    );
    assert_eq!(json_ld(&theme)["@graph"][1]["name"], hostile);
}

/// `_headers` as a host reads it: (pattern, [(name, value)]) in order.
fn header_rules(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
    {
        if line.starts_with('/') {
            rules.push((line.trim().to_owned(), Vec::new()));
        } else if let (Some(rule), Some((name, value))) =
            (rules.last_mut(), line.trim().split_once(": "))
        {
            rule.1.push((name.to_owned(), value.to_owned()));
        }
    }
    rules
}

#[test]
fn every_page_carries_the_policy_before_any_code() {
    let site = built("/");
    let headers = header_rules(&read(site.path(), "_headers"));
    let csp = &headers[0]
        .1
        .iter()
        .find(|(n, _)| n == "Content-Security-Policy")
        .unwrap()
        .1;
    for page in files(site.path())
        .into_iter()
        .filter(|f| f.ends_with(".html"))
    {
        let html = read(site.path(), &page);
        let meta = r#"<meta http-equiv="Content-Security-Policy" content=""#;
        let at = html
            .find(meta)
            .unwrap_or_else(|| panic!("{page}: no policy"));
        let charset = html.find("<meta charset").expect("a charset");
        let code = [html.find("<script"), html.find("<style")]
            .into_iter()
            .flatten()
            .min();
        assert!(
            charset < at && code.is_none_or(|c| at < c),
            "{page}: the policy comes too late"
        );
        assert!(
            charset < 1024,
            "{page}: the charset is not in the first 1024 bytes"
        );
        let content = attribute(&html, meta).replace("&#39;", "'");
        assert_eq!(format!("{content}; frame-ancestors 'none'"), *csp, "{page}");
    }
}

#[test]
fn the_policy_allows_the_pages_inline_code_by_hash_and_nothing_unsafe() {
    let site = built("/");
    let csp = header_rules(&read(site.path(), "_headers"))[0].1[0]
        .1
        .clone();
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"),
        "{csp}"
    );
    for needed in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "connect-src 'self';",
    ] {
        assert!(csp.contains(needed), "{needed} missing from {csp}");
    }
    // The template's module script, hashed exactly as written.
    let script = "import init from '/app.js'; init('/app_bg.wasm');";
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script));
    assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
}

#[test]
fn headers_and_cache_rules_never_meet_on_one_path() {
    let site = built("/sub/");
    let rules = header_rules(&read(site.path(), "_headers"));
    assert_eq!(rules[0].0, "/sub/*");
    let names: Vec<&str> = rules[0].1.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Content-Security-Policy",
            "Strict-Transport-Security",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Cross-Origin-Opener-Policy"
        ]
    );
    let rest: Vec<(&str, &str)> = rules[1..]
        .iter()
        .map(|(pattern, headers)| {
            assert_eq!(headers.len(), 1);
            assert_eq!(headers[0].0, "Cache-Control");
            (pattern.as_str(), headers[0].1.as_str())
        })
        .collect();
    assert_eq!(
        rest,
        [
            (
                "/sub/pagefind/fragment/*",
                "public, max-age=31536000, immutable"
            ),
            (
                "/sub/pagefind/index/*",
                "public, max-age=31536000, immutable"
            ),
            ("/sub/pagefind/pagefind.js", "no-cache"),
            ("/sub/pagefind/pagefind-worker.js", "no-cache"),
            ("/sub/pagefind/pagefind-entry.json", "no-cache"),
            ("/sub/pagefind/wasm.en.pagefind", "no-cache"),
            ("/sub/pagefind/wasm.fr.pagefind", "no-cache"),
            ("/sub/pagefind/wasm.es.pagefind", "no-cache"),
            ("/sub/pagefind/wasm.unknown.pagefind", "no-cache"),
            ("/sub/config.json", "no-cache"),
            ("/sub/sw.js", "no-cache"),
            ("/sub/content/*", "no-cache"),
            ("/sub/snippets/*", "no-cache")
        ],
        "the fixture has no hashed files of trunk's"
    );
}

#[test]
fn nginx_caddy_and_cloudfront_carry_the_same_policy_as_headers() {
    let site = fixture_site("/");
    // Hashed files, as trunk names them, so the immutable rules appear too.
    for name in ["app-0123456789abcdef.js", "app-0123456789abcdef_bg.wasm"] {
        fs::write(site.path().join(name), "").unwrap();
    }
    let deploy = site.path().join("deploy");
    build(site.path(), &deploy).expect("builds");
    let rules = header_rules(&read(site.path(), "_headers"));
    let security = &rules[0].1;
    let immutable: Vec<&str> = rules
        .iter()
        .filter(|(_, h)| h.iter().any(|(_, v)| v.contains("immutable")))
        .map(|(p, _)| p.as_str())
        .collect();
    assert_eq!(
        immutable,
        [
            "/app-0123456789abcdef.js",
            "/app-0123456789abcdef_bg.wasm",
            "/pagefind/fragment/*",
            "/pagefind/index/*"
        ]
    );

    let nginx = fs::read_to_string(deploy.join("nginx.conf")).unwrap();
    let locations: Vec<&str> = nginx.split("\nlocation ").skip(1).collect();
    assert_eq!(
        locations.len(),
        rules.len(),
        "one location a rule:\n{nginx}"
    );
    for location in &locations {
        for (name, value) in security {
            let line = format!("add_header {name} \"{value}\" always;");
            assert!(
                location.contains(&line),
                "{line} missing in location {location}"
            );
        }
    }
    for (pattern, headers) in &rules[1..] {
        let selector = match pattern.strip_suffix('*') {
            Some(prefix) => format!("^~ {prefix} {{"),
            None => format!("= {pattern} {{"),
        };
        let location = locations
            .iter()
            .find(|l| l.starts_with(&selector))
            .expect(&selector);
        assert!(location.contains(&format!(
            "add_header Cache-Control \"{}\" always;",
            headers[0].1
        )));
    }
    assert!(nginx.contains("error_page 404 /404.html;"));

    let caddy = fs::read_to_string(deploy.join("Caddyfile")).unwrap();
    for (name, value) in security {
        assert!(
            caddy.contains(&format!("\t\t{name} \"{value}\"\n")),
            "{name} in Caddyfile"
        );
    }
    for path in &immutable {
        assert!(caddy.contains(path));
    }
    assert!(caddy.contains("Cache-Control \"public, max-age=31536000, immutable\""));

    let cloudfront: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(deploy.join("cloudfront.json")).unwrap()).unwrap();
    let value = |name: &str| security.iter().find(|(n, _)| n == name).unwrap().1.clone();
    for policy in cloudfront["ResponseHeadersPolicies"].as_array().unwrap() {
        let config = &policy["SecurityHeadersConfig"];
        assert_eq!(
            config["ContentSecurityPolicy"]["ContentSecurityPolicy"],
            value("Content-Security-Policy")
        );
        assert_eq!(
            config["FrameOptions"]["FrameOption"],
            value("X-Frame-Options")
        );
        assert_eq!(
            config["ReferrerPolicy"]["ReferrerPolicy"],
            value("Referrer-Policy")
        );
        assert_eq!(
            config["StrictTransportSecurity"]["AccessControlMaxAgeSec"],
            63072000
        );
        let custom = policy["CustomHeadersConfig"]["Items"].as_array().unwrap();
        for name in ["Permissions-Policy", "Cross-Origin-Opener-Policy"] {
            assert!(
                custom
                    .iter()
                    .any(|h| h["Header"] == name && h["Value"] == value(name)),
                "{name}"
            );
        }
    }
    let patterns: Vec<&str> = cloudfront["CacheBehaviors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["PathPattern"].as_str().unwrap())
        .collect();
    let mut expected: Vec<&str> = rules[1..].iter().map(|(p, _)| p.as_str()).collect();
    expected.push("Default (*)");
    assert_eq!(patterns, expected);
}

#[test]
fn a_new_content_origin_after_the_build_is_one_command_away() {
    let site = built("/");
    fs::write(
        site.path().join("config.json"),
        r#"{"content_url": "https://cms.example.net/{lang}", "site_url": "https://example.org"}"#,
    )
    .unwrap();
    inspir_prerender::apply_policy(site.path(), &site.path().join("deploy")).expect("policy");
    assert!(read(site.path(), "_headers").contains("connect-src 'self' https://cms.example.net;"));
    let page = read(site.path(), "fr/allies/index.html");
    assert!(
        page.contains("connect-src &#39;self&#39; https://cms.example.net;"),
        "{page}"
    );
    assert_eq!(
        page.matches("http-equiv=\"Content-Security-Policy\"")
            .count(),
        1
    );
    let nginx = read(site.path(), "deploy/nginx.conf");
    assert!(nginx.contains("https://cms.example.net"));
}

#[test]
fn the_newsletter_service_may_be_fetched_and_posted_to() {
    let site = built("/");
    fs::write(
        site.path().join("config.json"),
        r#"{"site_url": "https://example.org", "newsletter": {"provider": "listmonk",
            "url": "https://lists.example.net/", "lists": ["a"]}}"#,
    )
    .unwrap();
    inspir_prerender::apply_policy(site.path(), &site.path().join("deploy")).expect("policy");
    let headers = read(site.path(), "_headers");
    assert!(
        headers.contains("connect-src 'self' https://lists.example.net;"),
        "{headers}"
    );
    assert!(
        headers.contains("form-action 'self' https://lists.example.net;"),
        "{headers}"
    );
}

/// The service worker keeps each language whole: every page the build
/// wrote, its not-found and offline pages, and the bundles its app reads.
#[test]
fn the_service_worker_lists_every_page_of_each_language() {
    let site = built("/sub/");
    let worker = read(site.path(), "sw.js");
    let json = worker
        .lines()
        .find_map(|line| line.strip_prefix("const BUILD = "))
        .and_then(|line| line.strip_suffix(';'))
        .expect("sw.js starts with the build's manifest");
    let build: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(build["version"].as_str().map(str::len), Some(16));
    for (lang, prefix) in [("en", ""), ("fr", "fr/"), ("es", "es/")] {
        let language = &build["languages"][lang];
        let routes: BTreeSet<&str> = language["routes"]
            .as_object()
            .unwrap()
            .values()
            .map(|file| file.as_str().unwrap())
            .collect();
        let expected: Vec<String> = PAGES.iter().map(|p| format!("{prefix}{p}")).collect();
        assert_eq!(routes, expected.iter().map(String::as_str).collect());
        assert_eq!(language["offline"], format!("{prefix}offline.html"));
        assert_eq!(language["notFound"], format!("{prefix}404.html"));
        let files: Vec<&str> = language["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| entry[0].as_str().unwrap())
            .collect();
        for bundle in ["content/en.json".to_owned(), format!("content/{lang}.json")] {
            assert!(files.contains(&bundle.as_str()), "{bundle} in {files:?}");
        }
    }
    assert!(
        build["images"]
            .as_object()
            .unwrap()
            .keys()
            .all(|k| !k.starts_with("images/og/"))
    );
}

/// `trunk serve` rewrites pages as it serves them: a worker would keep them stale.
#[test]
fn a_development_build_has_no_service_worker() {
    let site = fixture_site("/");
    inspir_prerender::build_for_development(site.path(), &site.path().join("deploy")).unwrap();
    assert!(!site.path().join("sw.js").exists());
    assert!(site.path().join("offline.html").exists());
}

/// A theme page names its lazy top picture in `<html>`, under the base,
/// so the head script can ask for it at once; other pages have none.
#[test]
fn a_theme_page_names_the_picture_at_its_top() {
    let site = built("/sub/");
    let theme = read(site.path(), "fr/what-we-do/first-theme/index.html");
    let html_tag = theme
        .split("<html")
        .nth(1)
        .unwrap()
        .split('>')
        .next()
        .unwrap();
    assert!(
        html_tag.ends_with(r#" data-picture="/sub/images/dot.svg""#),
        "{html_tag}"
    );
    assert!(!read(site.path(), "index.html").contains("data-picture"));
}
