//! A site that fails as real ones do: each failure gives a clear error or
//! warning naming what failed, and a failed import leaves `public/` exactly
//! as it was, bundles and files alike.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use support::server::{Reply, Server};
use support::wordpress::Site;
use support::{POLYLANG, Public, serve, serve_with};

/// Imports from `server`, expecting failure: the error, and proof that
/// nothing under `public/` changed.
fn fails(server: &Server) -> String {
    let public = Public::copy();
    let before = public.snapshot();
    let (result, _) = public.import(POLYLANG, &server.origin);
    let error = result.expect_err("the import fails").to_string();
    assert!(
        public.snapshot() == before,
        "public/ changed after: {error}"
    );
    error
}

#[test]
fn a_server_error_that_lasts_is_retried_then_named() {
    let server = serve_with(Site::polylang(), |r| {
        (r.route == "/wp/v2/pages").then(|| Reply::status(500))
    });
    let error = fails(&server);
    assert!(
        error.starts_with(&format!(
            "GET {}/wp-json/wp/v2/pages?lang=en&slug=what-we-do",
            server.origin
        )),
        "{error}"
    );
    assert!(error.ends_with("HTTP 500 (after 3 tries)"), "{error}");
    assert_eq!(server.requests("/wp/v2/pages"), 3);
}

#[test]
fn a_stall_past_the_time_limit_is_named() {
    let server = serve_with(Site::polylang(), |r| {
        (r.route == "/wp/v2/pages" && r.param("parent").is_some()).then(|| Reply {
            stall: Duration::from_secs(4),
            ..Reply::list(Vec::new(), 1)
        })
    });
    let started = Instant::now();
    let error = fails(&server);
    assert!(
        error.contains("/wp-json/wp/v2/pages?lang=en&parent=10"),
        "{error}"
    );
    assert!(
        error.to_lowercase().contains("timeout") || error.contains("timed out"),
        "{error}"
    );
    // Three tries of two seconds each, not three stalls of four.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn a_429_waits_as_long_as_retry_after_says() {
    let refused = AtomicUsize::new(0);
    let server = serve_with(Site::polylang(), move |r| {
        let first = r.route == "/wp/v2/media" && refused.fetch_add(1, Ordering::SeqCst) == 0;
        first.then(|| Reply {
            headers: vec![("Retry-After".into(), "1".into())],
            ..Reply::status(429)
        })
    });
    let public = Public::copy();
    let started = Instant::now();
    let (result, _) = public.import(POLYLANG, &server.origin);
    result.expect("the import succeeds once the site lets it");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After was not obeyed"
    );
    assert_eq!(public.bundle("en")["reports"].as_array().unwrap().len(), 1);
}

#[test]
fn a_malformed_answer_is_named() {
    let server = serve_with(Site::polylang(), |r| {
        (r.route == "/wp/v2/categories")
            .then(|| Reply::bytes(200, "application/json", b"[{\"id\": 5,".to_vec()))
    });
    let error = fails(&server);
    assert!(
        error.contains("/wp-json/wp/v2/categories?lang=en&slug=allies"),
        "{error}"
    );
    assert!(
        error.contains("the answer is not the JSON expected"),
        "{error}"
    );
}

#[test]
fn an_image_that_404s_is_a_warning_and_the_theme_keeps_its_picture() {
    let server = serve_with(Site::polylang(), |r| {
        (r.route == "/wp-content/uploads/okra-2015.png").then(|| Reply::status(404))
    });
    let public = Public::copy();
    let kept = public.bundle("en")["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["slug"] == "advocacy")
        .unwrap()["figure"]
        .clone();
    let (result, warnings) = public.import(POLYLANG, &server.origin);
    result.expect("the import succeeds");
    let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    let url = format!(
        "{}/wp-content/uploads/okra-2015.png: HTTP 404",
        server.origin
    );
    assert!(
        said.iter().any(|w| w
            .starts_with("media 100 \"okra-2015\": its file could not be downloaded")
            && w.contains(&url)),
        "{said:#?}"
    );
    let en = public.bundle("en");
    let advocacy = en["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["slug"] == "advocacy")
        .unwrap();
    assert_eq!(advocacy["figure"], kept);
    assert!(
        en["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == kept)
    );
}

#[test]
fn content_the_site_cannot_show_is_refused_naming_the_page() {
    let mut site = Site::polylang();
    site.item(12)["content"]["rendered"] = serde_json::json!("<p> </p><script>only code</script>");
    let server = serve(site);
    let error = fails(&server);
    assert!(
        error.starts_with("the imported content is not valid, so nothing was written"),
        "{error}"
    );
    assert!(
        error.contains(
            "en.json: themes[0].body: has no entries (from page 12 \"Gender equality\"; edit: "
        ) && error.contains("/wp-admin/post.php?post=12&action=edit"),
        "{error}"
    );
}

#[test]
fn no_site_at_the_address_is_named() {
    let server = Server::start(|_| Reply::status(404));
    let error = fails(&server);
    assert_eq!(
        error,
        format!(
            "{}: no WordPress REST API answers at /wp-json/ or ?rest_route=/",
            server.origin
        )
    );
}

#[test]
fn a_report_whose_pdf_404s_is_left_out_with_a_warning() {
    let server = serve_with(Site::polylang(), |r| {
        r.route.ends_with(".pdf").then(|| Reply::status(404))
    });
    let public = Public::copy();
    let (result, warnings) = public.import(POLYLANG, &server.origin);
    result.expect("the rest is imported");
    let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert!(
        said.iter().any(|w| w.starts_with(
            "media 200 \"Annual activity report 2021\": its PDF could not be downloaded"
        ) && w.contains("annual-report-2021.pdf: HTTP 404")
            && w.contains("the report is left out")),
        "{said:#?}"
    );
    assert_eq!(public.bundle("en")["reports"], serde_json::json!([]));
}
