//! The app in a real browser (headless Chromium through wasm-bindgen-test):
//! the shell when content cannot be fetched, and a page from fixture content
//! that a visitor clicks and types into.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;
use std::time::Duration;

use inspir_content::Bundle;
use inspir_site::app::App;
use inspir_site::content::{ContentError, ContentStore, SiteConfig};
use inspir_site::context::{provide_app, provide_route};
use inspir_site::i18n::Lang;
use inspir_site::in_place::replace;
use inspir_site::pages::PageView;
use inspir_site::routes::{BaseUrl, Route};
use inspir_site::takeover::replace_page;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos_router::components::Router;
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

/// When the first load failed (as it does here: the test server has no
/// content files), the shell still renders its header and a clear error,
/// and its retry really fetches again.
#[wasm_bindgen_test]
async fn the_shell_explains_a_failed_load_and_offers_a_retry() {
    let root = container();
    let owner = Owner::new();
    let failed = ContentError::Status {
        url: "content/en.json".into(),
        status: 404,
    };
    let handle = owner.with(|| {
        mount_to(root.clone(), move || {
            let store = ContentStore::new(SiteConfig::default(), Lang::En, Err(failed));
            view! { <App base=BaseUrl::new("/") store /> }
        })
    });

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
fn mount_page(root: &HtmlElement, path: &str, config: SiteConfig) -> (Owner, impl Drop) {
    let content: Arc<Bundle> = Arc::new(serde_json::from_str(FIXTURE).unwrap());
    let route = Route::parse(path);
    let owner = Owner::new();
    let handle = owner.with(|| {
        mount_to(root.clone(), move || {
            let lang = route.lang;
            let store = ContentStore::new(config.clone(), lang, Ok(content.clone()));
            provide_app(BaseUrl::new("/"), store);
            let shown = route.clone();
            provide_route(Memo::new(move |_| shown.clone()));
            view! { <PageView route content /> }
        })
    });
    (owner, handle)
}

#[wasm_bindgen_test]
async fn a_theme_page_shows_its_text_and_sets_the_title() {
    let root = container();
    let (owner, handle) = mount_page(&root, "/what-we-do/second-theme", SiteConfig::default());
    assert_eq!(text(&root, "h1"), "Second theme");
    assert_eq!(text(&root, "figcaption"), "Dot caption 2024");
    assert!(query(&root, r#"a[rel="prev"][href="/what-we-do/first-theme"]"#).is_some());
    sleep(Duration::from_millis(20)).await;
    assert_eq!(document().title(), "Second theme · INSP!R");
    drop(handle);
    owner.cleanup();
    root.remove();
}

/// A site whose newsletter service cannot be reached: nothing listens on
/// port 9, so any request that is sent fails at once.
fn unreachable_service() -> SiteConfig {
    let newsletter =
        serde_json::json!({"provider": "formspree", "url": "http://127.0.0.1:9/f/test"});
    serde_json::from_value(serde_json::json!({ "newsletter": newsletter })).unwrap()
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|el| el.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_newsletter_form_checks_the_entry_and_points_at_the_field() {
    let root = container();
    let (owner, handle) = mount_page(&root, "/newsletter", unreachable_service());
    let email: HtmlInputElement = query(&root, "#newsletter-email").unwrap().unchecked_into();
    let consent: HtmlInputElement = query(&root, "#newsletter-consent")
        .unwrap()
        .unchecked_into();
    let submit = query(&root, "button[type=submit]").unwrap();
    assert!(!consent.checked(), "consent starts unticked");

    submit.click();
    sleep(Duration::from_millis(50)).await;
    assert!(text(&root, ".form-message").starts_with("Enter an email address"));
    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        email.get_attribute("aria-describedby").as_deref(),
        Some("newsletter-message")
    );
    assert_eq!(active_id(), "newsletter-email");

    type_into(&email, "ana@example.org");
    submit.click();
    sleep(Duration::from_millis(50)).await;
    assert!(text(&root, ".form-message").starts_with("Tick the box"));
    assert_eq!(
        consent.get_attribute("aria-describedby").as_deref(),
        Some("newsletter-message")
    );
    assert_eq!(email.get_attribute("aria-invalid"), None);
    assert_eq!(active_id(), "newsletter-consent");

    // Sent, but the service is not there: said so, and nothing is lost.
    consent.click();
    submit.click();
    let message = wait_for_text(&root, ".form-message", "could not be reached").await;
    assert!(
        message.ends_with("press Subscribe to try again."),
        "{message}"
    );
    assert_eq!(email.value(), "ana@example.org");
    assert!(consent.checked());

    drop(handle);
    owner.cleanup();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_filled_honeypot_is_told_it_succeeded() {
    let root = container();
    let (owner, handle) = mount_page(&root, "/fr/newsletter", unreachable_service());
    type_into(
        &query(&root, "#newsletter-email").unwrap().unchecked_into(),
        "bot@example.org",
    );
    query(&root, "#newsletter-consent").unwrap().click();
    type_into(
        &query(&root, "#newsletter-check").unwrap().unchecked_into(),
        "http://spam.example",
    );
    query(&root, "button[type=submit]").unwrap().click();
    sleep(Duration::from_millis(50)).await;
    // Nothing was sent: a request to the missing service would have failed.
    assert!(text(&root, ".form-message").starts_with("Merci : vous êtes abonné·e"));
    drop(handle);
    owner.cleanup();
    root.remove();
}

#[wasm_bindgen_test]
async fn without_a_service_the_page_says_subscription_is_not_open() {
    let root = container();
    let (owner, handle) = mount_page(&root, "/newsletter", SiteConfig::default());
    assert!(query(&root, "form").is_none());
    assert!(text(&root, ".form-note").contains("not open yet"));
    drop(handle);
    owner.cleanup();
    root.remove();
}

/// The test server has no search index, as a site whose index failed to
/// load: the search page says so, in the live region, and offers the lists.
#[wasm_bindgen_test]
async fn search_without_its_index_says_so_and_offers_the_lists() {
    let root = container();
    let content: Arc<Bundle> = Arc::new(serde_json::from_str(FIXTURE).unwrap());
    let route = Route::parse("/fr/search");
    let owner = Owner::new();
    let handle = owner.with(|| {
        mount_to(root.clone(), move || {
            let store = ContentStore::new(SiteConfig::default(), Lang::Fr, Ok(content.clone()));
            provide_app(BaseUrl::new("/"), store);
            let shown = route.clone();
            provide_route(Memo::new(move |_| shown.clone()));
            view! { <Router><PageView route content /></Router> }
        })
    });
    let status = wait_for(&root, r#"#search-page-results [role="status"]"#).await;
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert!(text(&root, ".search-status").starts_with("Saisissez un mot"));
    let field: HtmlInputElement = wait_for(&root, "#search-page-q").await.unchecked_into();
    type_into(&field, "égalité");
    let said = wait_for_text(&root, ".search-status", "n’a pas pu être chargée").await;
    assert!(
        said.starts_with("La recherche n’a pas pu être chargée"),
        "{said}"
    );
    // The page's own lists, once: the results add no second set.
    assert!(query(&root, r#"nav.browse a[href="/fr/allies"]"#).is_some());
    assert_eq!(root.query_selector_all("nav.browse").unwrap().length(), 1);
    assert_eq!(field.value(), "égalité", "the query stays");
    drop(handle);
    owner.cleanup();
    root.remove();
    // The page kept its address in step with the field; put it back.
    let _ = window().history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some("/"),
    );
}

/// Waits up to five seconds for `selector`'s text to contain `part`.
async fn wait_for_text(root: &HtmlElement, selector: &str, part: &str) -> String {
    for _ in 0..100 {
        let now = text(root, selector);
        if now.contains(part) {
            return now;
        }
        sleep(Duration::from_millis(50)).await;
    }
    panic!("{selector} never said {part:?}: {}", text(root, selector));
}

/// Sets an input's value the way typing does, so `bind:value` sees it.
fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

/// The takeover: the app's page replaces the pre-rendered one, and what the
/// visitor typed, where their focus was and how far they had scrolled all
/// carry over.
#[wasm_bindgen_test]
async fn the_app_takes_over_a_page_keeping_input_focus_and_scroll() {
    let root = container();
    root.set_inner_html(
        r#"<p id="old" style="height:3000px">Pre-rendered</p><form><input id="email" value=""><a id="more" href="/x">More</a></form>"#,
    );
    let email: HtmlInputElement = query(&root, "#email").unwrap().unchecked_into();
    type_into(&email, "ana@example.org");
    query(&root, "#more").unwrap().focus().unwrap();
    window().scroll_to_with_x_and_y(0.0, 500.0);

    let typed = RwSignal::new(String::new());
    let owner = Owner::new();
    owner
        .with(|| {
            replace_page(&root, true, |root| {
                mount_to(root.clone(), move || {
                    view! {
                        <p id="new" style="height:3000px">"Live"</p>
                        <form>
                            <input id="email" value="" bind:value=typed />
                            <a id="more" href="/x">"More"</a>
                        </form>
                    }
                })
                .forget();
            })
        })
        .await;

    assert!(query(&root, "#old").is_none(), "the old page is gone");
    assert_eq!(text(&root, "#new"), "Live");
    assert_eq!(root.query_selector_all("#email").unwrap().length(), 1);
    let email: HtmlInputElement = query(&root, "#email").unwrap().unchecked_into();
    assert_eq!(email.value(), "ana@example.org");
    assert_eq!(typed.get_untracked(), "ana@example.org", "the app knows it");
    let focused = document().active_element().unwrap();
    assert_eq!(focused.id(), "more");
    assert!(root.contains(Some(&focused)), "focus is on the new link");
    assert_eq!(window().scroll_y().unwrap(), 500.0);

    owner.cleanup();
    root.remove();
}

/// Adopting a page: one part (a form) is built again in its twin's
/// place, keeping what was typed there and the focus, and it acts; what
/// is around it is the very same markup, untouched.
#[wasm_bindgen_test]
async fn an_adopted_part_comes_alive_in_place_keeping_input_and_focus() {
    let root = container();
    root.set_inner_html(
        r#"<p id="before">Static</p><form id="part"><input id="name" value=""><button id="go" type="button">Go</button></form><p id="after">Static</p>"#,
    );
    let before = query(&root, "#before").unwrap();
    let name: HtmlInputElement = query(&root, "#name").unwrap().unchecked_into();
    type_into(&name, "Ana");
    query(&root, "#go").unwrap().focus().unwrap();

    let typed = RwSignal::new(String::new());
    let clicks = RwSignal::new(0);
    let owner = Owner::new();
    let old = query(&root, "#part").unwrap();
    let alive = owner.with(|| {
        replace(&old, move || {
            view! {
                <form id="part">
                    <input id="name" value="" bind:value=typed />
                    <button id="go" type="button" on:click=move |_| clicks.update(|n| *n += 1)>
                        "Go"
                    </button>
                </form>
            }
        })
    });
    assert!(alive.is_some());

    assert_eq!(root.children().length(), 3, "{}", root.inner_html());
    assert_eq!(
        root.first_element_child().as_ref(),
        Some(before.as_ref()),
        "the rest is kept as it is"
    );
    assert!(!root.contains(Some(&old)), "the pre-rendered twin is gone");
    let name: HtmlInputElement = query(&root, "#name").unwrap().unchecked_into();
    assert_eq!(name.value(), "Ana");
    assert_eq!(typed.get_untracked(), "Ana", "the app knows what was typed");
    assert_eq!(document().active_element().unwrap().id(), "go");
    query(&root, "#go").unwrap().click();
    assert_eq!(clicks.get_untracked(), 1, "the part acts");

    drop(alive);
    owner.cleanup();
    root.remove();
}
