//! The app in a real browser (headless Chromium through wasm-bindgen-test):
//! the shell when content cannot be fetched, and a page from fixture content
//! that a visitor clicks and types into.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;
use std::time::Duration;

use inspir_content::Bundle;
use inspir_site::app::App;
use inspir_site::context::provide_site;
use inspir_site::pages::PageView;
use inspir_site::routes::{BaseUrl, Route};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("../crates/content/tests/fixtures/public/content/valid.json");

fn container() -> HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn query(root: &HtmlElement, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .map(|el| el.unchecked_into())
}

fn text(root: &HtmlElement, selector: &str) -> String {
    query(root, selector)
        .and_then(|el| el.text_content())
        .unwrap_or_default()
}

async fn sleep(duration: Duration) {
    let ms = duration.as_millis() as i32;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits up to five seconds for `selector` to appear under `root`.
async fn wait_for(root: &HtmlElement, selector: &str) -> HtmlElement {
    for _ in 0..100 {
        if let Some(el) = query(root, selector) {
            return el;
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!("{selector} never appeared in:\n{}", root.inner_html());
}

/// With no content files where the app looks for them (the test server has
/// none), the shell still renders its header and a clear error with a retry.
#[wasm_bindgen_test]
async fn the_shell_explains_a_failed_load_and_offers_a_retry() {
    let root = container();
    let owner = Owner::new();
    let handle = owner.with(|| mount_to(root.clone(), || view! { <App base=BaseUrl::new("/") /> }));

    let alert = wait_for(&root, ".load-error").await;
    assert_eq!(text(&root, "h1"), "This page could not be loaded");
    assert!(text(&alert, "details").contains("content/en.json answered HTTP 404"));
    assert_eq!(text(&root, ".brand"), "INSP!R");

    let retry = query(&alert, "button").expect("a retry button");
    retry.click();
    sleep(Duration::from_millis(300)).await;
    wait_for(&root, ".load-error").await;

    // The menu button opens and closes the navigation.
    let menu = query(&root, ".menu-button").unwrap();
    assert_eq!(
        menu.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    menu.click();
    sleep(Duration::from_millis(20)).await;
    assert_eq!(menu.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(query(&root, "#main-nav.open").is_some());

    drop(handle);
    owner.cleanup();
    root.remove();
}

/// Mounts a page from the fixture bundle, as the shell does once content is in.
fn mount_page(root: &HtmlElement, path: &str) -> (Owner, impl Drop) {
    let content: Arc<Bundle> = Arc::new(serde_json::from_str(FIXTURE).unwrap());
    let route = Route::parse(path);
    let owner = Owner::new();
    let handle = owner.with(|| {
        mount_to(root.clone(), move || {
            leptos_meta::provide_meta_context();
            let page = route.page.clone();
            provide_site(BaseUrl::new("/"), Memo::new(move |_| route.clone()));
            view! { <PageView page content /> }
        })
    });
    (owner, handle)
}

#[wasm_bindgen_test]
async fn a_theme_page_shows_its_text_and_sets_the_title() {
    let root = container();
    let (owner, handle) = mount_page(&root, "/what-we-do/second-theme");
    assert_eq!(text(&root, "h1"), "Second theme");
    assert_eq!(text(&root, "figcaption"), "Dot caption 2024");
    assert!(query(&root, r#"a[rel="prev"][href="/what-we-do/first-theme"]"#).is_some());
    sleep(Duration::from_millis(20)).await;
    assert_eq!(document().title(), "Second theme · INSP!R");
    drop(handle);
    owner.cleanup();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_newsletter_form_checks_the_entry_and_never_pretends() {
    let root = container();
    let (owner, handle) = mount_page(&root, "/newsletter");
    let email: HtmlInputElement = query(&root, "input[type=email]").unwrap().unchecked_into();
    let consent: HtmlInputElement = query(&root, "input[type=checkbox]")
        .unwrap()
        .unchecked_into();
    let submit = query(&root, "button[type=submit]").unwrap();
    assert!(!consent.checked(), "consent starts unticked");

    submit.click();
    sleep(Duration::from_millis(20)).await;
    assert!(text(&root, ".form-message").starts_with("Enter an email address"));
    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&email, "ana@example.org");
    submit.click();
    sleep(Duration::from_millis(20)).await;
    assert!(text(&root, ".form-message").starts_with("Tick the box"));

    consent.click();
    submit.click();
    sleep(Duration::from_millis(20)).await;
    let message = text(&root, ".form-message");
    assert!(message.contains("not open yet"), "{message}");
    assert!(
        !message.to_lowercase().contains("thank"),
        "must not claim success"
    );

    drop(handle);
    owner.cleanup();
    root.remove();
}

/// Sets an input's value the way typing does, so `bind:value` sees it.
fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}
