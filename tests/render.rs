//! Pages rendered to HTML on the host (leptos' ssr feature) from fixture
//! content, through the pre-renderer's own function: what a visitor would
//! read, and where each link goes.
//!
//! Run with `cargo test -p inspir-site --no-default-features --features ssr`.
#![cfg(feature = "ssr")]

mod support;

use std::sync::Arc;

use inspir_content::Bundle;
use support::{fixture, newsletter_form_starts};

/// The whole document the pre-renderer writes for `path`, under `base`,
/// for a site with a working newsletter form.
fn render_with(base: &str, path: &str, content: Arc<Bundle>) -> String {
    support::render_page(base, &support::formspree(), path, content)
}

fn render(path: &str) -> String {
    render_with("/", path, fixture())
}

/// Asserts each fragment appears, printing the page when one does not.
fn assert_has(html: &str, fragments: &[&str]) {
    for fragment in fragments {
        assert!(html.contains(fragment), "missing {fragment:?} in:\n{html}");
    }
}

fn count(html: &str, fragment: &str) -> usize {
    html.matches(fragment).count()
}

#[test]
fn home_shows_every_section() {
    let html = render("/");
    assert_has(
        &html,
        &[
            ">Fixture home</h1>",
            "Fixture objective.",
            "Fixture members.",
            "Fixture themes intro:",
            r#"href="/what-we-do/first-theme""#,
            r#"href="/what-we-do/third-theme""#,
            "First summary.",
            r#"alt="A small dot.""#,
            r#"width="8""#,
            "Ally One",
            "Report 2020",
            r#"href="/reports/tiny.pdf""#,
            "Fixture quote.",
            "Fixture Author",
            "Fixture stay informed",
            "Fixture subscribe call",
        ],
    );
    assert_eq!(count(&html, "<h1"), 1);
    assert_eq!(count(&html, r#"class="card card--theme""#), 3);
}

#[test]
fn themes_page_lists_every_theme_as_a_card() {
    let html = render("/what-we-do");
    assert_has(
        &html,
        &[">Fixture themes</h1>", "<h2 class=\"card__title\">"],
    );
    assert_eq!(count(&html, r#"class="card card--theme""#), 3);
}

#[test]
fn a_theme_page_has_its_text_figure_and_neighbours() {
    let html = render("/what-we-do/second-theme");
    assert_has(
        &html,
        &[
            ">Second theme</h1>",
            "<p>Second body.</p>",
            "<figcaption>Dot caption 2024</figcaption>",
            r#"href="/what-we-do/first-theme" rel="prev""#,
            r#"href="/what-we-do/third-theme" rel="next""#,
            r#"<nav aria-label="Breadcrumb""#,
        ],
    );
}

#[test]
fn the_first_theme_has_no_previous_and_the_last_no_next() {
    assert!(!render("/what-we-do/first-theme").contains(r#"rel="prev""#));
    assert!(!render("/what-we-do/third-theme").contains(r#"rel="next""#));
}

#[test]
fn an_unknown_slug_shows_not_found_with_a_link_home() {
    let html = render("/what-we-do/no-such-theme");
    assert_has(
        &html,
        &[">Page not found</h1>", r#"<a href="/" class="button">"#],
    );
}

#[test]
fn an_unknown_path_shows_not_found() {
    assert_has(&render("/no/such/page"), &[">Page not found</h1>"]);
}

#[test]
fn allies_link_out_safely() {
    let html = render("/allies");
    assert_has(
        &html,
        &[
            ">Fixture allies</h1>",
            r#"href="https://ally.example.org/" rel="external noopener noreferrer""#,
            r#"alt="Letter A in a circle.""#,
            "Ally description.",
        ],
    );
}

#[test]
fn a_report_says_what_the_download_is() {
    let html = render("/reports");
    assert_has(
        &html,
        &[
            ">Fixture reports</h1>",
            "<dd>2020</dd>",
            "<dd>English</dd>",
            "<dd>PDF</dd>",
            "<dd>1\u{a0}KB</dd>",
            r#"href="/reports/tiny.pdf" download"#,
            "Download (PDF, 1\u{a0}KB)",
        ],
    );
}

#[test]
fn the_newsletter_page_has_one_form_with_consent_unticked() {
    let html = render("/newsletter");
    assert_has(
        &html,
        &[
            ">Fixture stay informed</h1>",
            "Fixture newsletter intro.",
            r#"type="email""#,
            r#"type="checkbox""#,
            "Fixture privacy.",
            ">Subscribe</button>",
        ],
    );
    assert_eq!(
        newsletter_form_starts(&html).len(),
        1,
        "no second Stay informed block"
    );
    assert!(!html.contains(" checked"), "consent must start unticked");
}

#[test]
fn every_page_carries_the_stay_informed_block() {
    for path in [
        "/",
        "/what-we-do",
        "/what-we-do/first-theme",
        "/allies",
        "/reports",
        "/nope",
    ] {
        let html = render(path);
        assert_eq!(newsletter_form_starts(&html).len(), 1, "{path}");
        assert!(html.contains("Fixture stay informed"), "{path}");
    }
}

#[test]
fn navigation_marks_the_current_page() {
    let html = render("/allies");
    assert_has(&html, &[r#"href="/allies" aria-current="page""#]);
    let html = render("/what-we-do/first-theme");
    assert_has(&html, &[r#"href="/what-we-do" aria-current="true""#]);
}

#[test]
fn header_has_a_skip_link_and_a_menu_button() {
    let html = render("/reports");
    assert_has(
        &html,
        &[
            r##"href="/reports#main" class="skip-link""##,
            r#"aria-expanded="false""#,
            r#"aria-controls="main-nav""#,
            r#"<nav id="main-nav""#,
        ],
    );
    // Never the home page's address, or the link would leave the page.
    let html = render("/fr/no-such-page");
    assert_has(
        &html,
        &[r##"href="/fr/no-such-page#main" class="skip-link""##],
    );
}

#[test]
fn every_link_honours_a_base_path() {
    let html = render_with("/sub/", "/what-we-do/second-theme", fixture());
    assert_has(
        &html,
        &[
            r#"href="/sub/what-we-do/first-theme""#,
            r#"href="/sub/what-we-do""#,
            r#"src="/sub/images/dot.svg""#,
            r#"href="/sub/allies""#,
        ],
    );
    assert!(
        !html.contains(r#"href="/what-we-do"#),
        "a link escaped the base:\n{html}"
    );
    let html = render_with("/sub/", "/reports", fixture());
    assert_has(&html, &[r#"href="/sub/reports/tiny.pdf""#]);
}

#[test]
fn hostile_content_is_shown_as_text_and_never_as_a_link() {
    let mut bundle = (*fixture()).clone();
    bundle.themes[0].title = "<script>alert(1)</script>".into();
    bundle.allies[0].url = "javascript:alert(1)".into();
    bundle.figures[0].image.src = "javascript:alert(2)".into();
    let html = render_with("/", "/", Arc::new(bundle.clone()));
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("javascript:"), "{html}");
    let html = render_with("/", "/allies", Arc::new(bundle));
    assert!(!html.contains("javascript:"), "{html}");
    assert!(html.contains("Ally One"), "the ally is still listed");
}

const FIXTURE_FR: &str = include_str!("../crates/content/tests/fixtures/translation/fr.json");

/// The partial French fixture completed from English, as the site loads it.
fn partial_french() -> Arc<Bundle> {
    let french: Bundle = serde_json::from_str(FIXTURE_FR).expect("fixture parses");
    Arc::new(inspir_content::fill_from_english(french, &fixture()).bundle)
}

#[test]
fn french_pages_link_within_french_and_use_french_labels() {
    let html = render_with("/", "/fr/what-we-do/second-theme", partial_french());
    assert_has(
        &html,
        &[
            r#"href="/fr/what-we-do/first-theme" rel="prev""#,
            r#"href="/fr/what-we-do""#,
            ">Ce que nous faisons</a>",
            ">Thème précédent<",
            ">Aller au contenu</a>",
            ">Deuxième thème</h1>",
        ],
    );
    assert!(
        !html.contains(r#"href="/what-we-do/first-theme""#),
        "{html}"
    );
}

#[test]
fn the_language_switcher_keeps_the_page() {
    let html = render_with("/", "/fr/what-we-do/second-theme", partial_french());
    assert_has(
        &html,
        &[
            r#"<nav aria-label="Langue" class="languages">"#,
            r#"href="/what-we-do/second-theme" hreflang="en" lang="en">English</a>"#,
            r#"href="/fr/what-we-do/second-theme" hreflang="fr" lang="fr" aria-current="true">Français</a>"#,
            r#"href="/es/what-we-do/second-theme" hreflang="es" lang="es">Español</a>"#,
        ],
    );
    let html = render_with("/sub/", "/es/allies", fixture());
    assert_has(
        &html,
        &[
            r#"href="/sub/fr/allies" hreflang="fr""#,
            r#"href="/sub/allies" hreflang="en""#,
        ],
    );
}

#[test]
fn a_missing_translation_shows_english_with_a_notice_in_the_page_language() {
    let html = render_with("/", "/fr/", partial_french());
    assert_has(
        &html,
        &[
            r#"<li lang="en" class="card card--theme">"#,
            r#"<p lang="fr" class="not-translated">Pas encore traduit : affiché en anglais.</p>"#,
            "Third theme",
            "Premier thème",
            r#"<figure lang="en" class="quote">"#,
            "Fixture quote.",
            "Auteur de test",
        ],
    );
    assert_eq!(
        count(&html, "not-translated"),
        2,
        "the third theme and the quote"
    );
    let html = render_with("/", "/fr/what-we-do/third-theme", partial_french());
    assert_has(
        &html,
        &[r#"<article lang="en" class="theme">"#, "Pas encore traduit"],
    );
    let html = render_with("/", "/fr/what-we-do/first-theme", partial_french());
    assert!(
        !html.contains("not-translated"),
        "a translated theme has no notice"
    );
}

#[test]
fn sizes_are_written_the_french_way() {
    let html = render_with("/", "/fr/reports", partial_french());
    assert_has(
        &html,
        &[
            "<dd>1\u{a0}Ko</dd>",
            "<dd>Anglais</dd>",
            "Télécharger (PDF, 1\u{a0}Ko)",
        ],
    );
}

/// The text between `open` and the next `<`.
fn text_after<'a>(html: &'a str, open: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("no {open} in\n{html}"))
        + open.len();
    let rest = &html[start..];
    &rest[..rest.find(['<', '"']).unwrap_or(rest.len())]
}

/// The head describes the page the body shows: one title, the heading's.
#[test]
fn every_page_head_names_the_page_its_body_shows() {
    use inspir_site::i18n::Lang;
    use inspir_site::routes::Route;
    for (lang, content) in [(Lang::En, fixture()), (Lang::Fr, partial_french())] {
        for route in Route::all_in(lang, &content) {
            let html = render_with("/", &route.path(), content.clone());
            let heading = text_after(&html, r#"<h1 id="main-heading" tabindex="-1">"#);
            let heading = heading.split('>').next_back().unwrap_or(heading);
            // Search results are not for search engines: no card, no canonical.
            if !route.page.listed() {
                assert!(html.contains(r#"<meta name="robots" content="noindex""#));
                assert!(!html.contains(r#"rel="canonical""#));
                continue;
            }
            assert_eq!(
                text_after(&html, r#"<meta property="og:title" content=""#),
                heading,
                "{}",
                route.path()
            );
            assert_eq!(
                text_after(&html, "<title>"),
                format!("{heading} · INSP!R"),
                "{}",
                route.path()
            );
            assert_eq!(html.matches("<title>").count(), 1);
            assert_eq!(html.matches(r#"rel="canonical""#).count(), 1);
            assert!(html.contains(&format!(r#"<html lang="{}""#, lang.code())));
        }
    }
}

/// The body is the app itself: the app renders the same tree in the
/// browser and swaps it in, so nothing else may sit before or after it.
/// Last comes the notice of a new build, empty until there is one.
#[test]
fn the_body_is_exactly_what_the_app_renders() {
    let html = render_with("/", "/allies", fixture());
    assert!(
        html.contains(
            r#"<body><header class="site-header"><a href="/allies#main" class="skip-link">"#
        ),
        "{html}"
    );
    let (_, notice) = html.split_once("</footer>").expect("a footer");
    assert!(
        notice.starts_with(r#"<div role="status" class="update-notice">"#),
        "{notice}"
    );
    assert!(html.ends_with("</div></body></html>"), "{html}");
}

#[test]
fn a_hostile_title_cannot_leave_the_title_element() {
    let mut bundle = (*fixture()).clone();
    bundle.themes[0].title = "</title><script>alert(1)</script>".into();
    let html = render_with("/", "/what-we-do/first-theme", Arc::new(bundle));
    assert!(
        html.contains(
            "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · INSP!R</title>"
        ),
        "{html}"
    );
    assert!(!html.contains("<script>alert"), "{html}");
}

/// The search index reads each page's own text, once: the page body with
/// its kind, never the header, footer, newsletter block or a card shown
/// away from its own page; allies and reports are sections with anchors.
#[test]
fn search_indexes_each_thing_where_it_lives() {
    let body = |html: &str| {
        let start = html.find("data-pagefind-body").expect("an indexed body");
        html[start..].to_owned()
    };
    let theme = render("/what-we-do/first-theme");
    assert_has(
        &theme,
        &[r#"data-pagefind-body="" data-pagefind-meta="kind:theme""#],
    );
    assert!(body(&theme).find("First").is_some());
    let allies = render("/allies");
    assert_has(
        &allies,
        &[
            r#"data-pagefind-meta="kind:allies""#,
            r#"<h2 id="ally-ally-one" class="card__title">Ally One</h2>"#,
        ],
    );
    let reports = render("/reports");
    assert_has(
        &reports,
        &[
            r#"data-pagefind-meta="kind:reports""#,
            r#"<h2 id="report-report-2020" class="card__title">Report 2020</h2>"#,
        ],
    );
    // The header's search field and the Stay informed block come before
    // and after the body, outside it.
    let header_end = theme.find("</header>").unwrap();
    assert!(theme.find("data-pagefind-body").unwrap() > header_end);
    let home = render("/");
    assert_eq!(
        count(&home, "data-pagefind-ignore"),
        3,
        "theme, ally and report cards"
    );
    assert_has(
        &render("/what-we-do"),
        &[r#"role="list" data-pagefind-ignore"#],
    );
    for path in [
        "/search",
        "/fr/search",
        "/nope",
        "/what-we-do/no-such-theme",
    ] {
        assert!(
            !render(path).contains("data-pagefind-body"),
            "{path} is not indexed"
        );
    }
}

/// Without JavaScript, the search page explains itself and offers the
/// lists; its form still carries the query in the address.
#[test]
fn the_search_page_works_as_far_as_html_goes() {
    let html = render_with("/sub/", "/es/search", fixture());
    assert_has(
        &html,
        &[
            "<title>Buscar · INSP!R</title>",
            r#"<meta name="robots" content="noindex""#,
            r#"<form role="search" action="/sub/es/search" method="get" class="search-form">"#,
            r#"name="q""#,
            r#"<label for="search-page-q">"#,
            "<noscript><p class=\"form-note search-needs-script\">La búsqueda funciona en su navegador y necesita JavaScript",
            r#"<nav aria-label="Recorrer el sitio" class="browse">"#,
            r#"<a href="/sub/es/what-we-do">"#,
            r#"<a href="/sub/es/allies">"#,
            r#"<a href="/sub/es/reports">"#,
            r#"role="status" aria-live="polite""#,
        ],
    );
    // The search page has its own field, so the header's is hidden.
    assert_has(&html, &[r#"<div hidden id="site-search""#]);
    let theme = render_with("/sub/", "/es/what-we-do/first-theme", fixture());
    assert_has(
        &theme,
        &[
            r#"<form role="search" action="/sub/es/search" method="get">"#,
            r#"aria-keyshortcuts="/""#,
            r#"aria-expanded="false" aria-controls="site-search""#,
        ],
    );
}

/// What the app brings to life when it adopts a page is marked in the
/// page as built, with what it needs to find its content again; the rest
/// of `<main>` carries no mark, and so is left as it is.
#[test]
fn the_parts_that_act_are_marked_for_the_app() {
    let reports = render("/reports");
    assert_has(
        &reports,
        &[
            // The title names the button the app builds in its place.
            r#"<div data-widget="keep-offline" data-href="/reports/tiny.pdf" data-title="Report 2020" class="keep-offline">"#,
            r#"<div data-widget="newsletter-form:stay-informed">"#,
        ],
    );
    assert_eq!(
        count(&reports, "data-widget="),
        count(&reports, r#"data-widget="keep-offline""#) + 1
    );
    let newsletter = render("/newsletter");
    assert_has(
        &newsletter,
        &[r#"<div data-widget="newsletter-form:newsletter">"#],
    );
    assert_eq!(count(&newsletter, "data-widget="), 1);
    let search = render("/search");
    assert_has(&search, &[r#"<div data-widget="search" class="search">"#]);
    let theme = render("/what-we-do/first-theme");
    assert_eq!(
        count(&theme, "data-widget="),
        1,
        "only the Stay informed form"
    );
}
