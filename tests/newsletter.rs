//! The newsletter form as each provider's setting renders it: this is the
//! form a reader posts with JavaScript off, so its action, field names and
//! hidden fields are what the provider gets.
//!
//! Run with `cargo test -p inspir-site --features ssr`.
#![cfg(feature = "ssr")]

mod support;

use serde_json::json;
use support::{config_with, fixture, newsletter_form_starts, render_page};

fn page(newsletter: serde_json::Value, path: &str) -> String {
    render_page("/", &config_with(newsletter), path, fixture())
}

/// The `<form …>` start tag, and the form's inner HTML.
fn form(html: &str) -> (&str, &str) {
    let start = *newsletter_form_starts(html).first().expect("a form");
    let open_end = start + html[start..].find('>').expect("a start tag");
    let end = start + html[start..].find("</form>").expect("an end tag");
    (&html[start..=open_end], &html[open_end + 1..end])
}

fn assert_has(html: &str, fragments: &[&str]) {
    for fragment in fragments {
        assert!(html.contains(fragment), "missing {fragment:?} in:\n{html}");
    }
}

fn listmonk() -> serde_json::Value {
    json!({"provider": "listmonk", "url": "https://lists.example.org",
           "lists": {"en": ["uuid-en"], "fr": ["uuid-fr"], "es": ["uuid-es"]}})
}

#[test]
fn listmonk_without_javascript_posts_its_plain_form_with_the_pages_list() {
    let html = page(listmonk(), "/fr/newsletter");
    let (tag, inner) = form(&html);
    assert_has(
        tag,
        &[
            r#"method="post""#,
            r#"action="https://lists.example.org/subscription/form""#,
        ],
    );
    assert_has(
        inner,
        &[
            r#"<input type="hidden" name="l" value="uuid-fr">"#,
            r#"type="email" name="email""#,
            r#"type="text" name="name""#,
            r#"name="nonce" tabindex="-1""#,
            "Adresse e-mail",
            ">S’abonner</button>",
        ],
    );
    assert!(!inner.contains("uuid-en"), "only the page's language list");
}

#[test]
fn the_form_checks_natively_until_the_app_takes_over() {
    let html = page(
        json!({"provider": "formspree", "url": "https://formspree.io/f/abc"}),
        "/newsletter",
    );
    let (tag, inner) = form(&html);
    assert!(!tag.contains("novalidate"), "{tag}");
    assert_has(
        inner,
        &[r#"type="email" name="email" autocomplete="email" inputmode="email" required"#],
    );
    assert_has(
        inner,
        &[r#"type="checkbox" name="consent" value="yes" required"#],
    );
}

#[test]
fn consent_is_unticked_states_its_purpose_and_links_to_the_privacy_page() {
    let html = page(listmonk(), "/es/newsletter");
    let (_, inner) = form(&html);
    assert!(!inner.contains("checked"), "{inner}");
    assert_has(
        inner,
        &[
            "Acepto recibir por correo electrónico el boletín de INSP!R",
            r#"<a href="/es/privacy">"#,
        ],
    );
}

#[test]
fn the_honeypot_is_hidden_from_people_and_screen_readers() {
    let html = page(listmonk(), "/newsletter");
    let (_, inner) = form(&html);
    assert_has(
        inner,
        &[
            r#"<div aria-hidden="true" class="field honeypot">"#,
            r#"tabindex="-1" autocomplete="off""#,
        ],
    );
}

#[test]
fn formspree_gets_its_honeypot_and_the_language() {
    let html = page(
        json!({"provider": "formspree", "url": "https://formspree.io/f/abc"}),
        "/es/newsletter",
    );
    let (tag, inner) = form(&html);
    assert_has(tag, &[r#"action="https://formspree.io/f/abc""#]);
    assert_has(
        inner,
        &[r#"name="language" value="es""#, r#"name="_gotcha""#],
    );
}

#[test]
fn netlify_finds_its_form_in_the_built_html() {
    let html = page(json!({"provider": "netlify"}), "/newsletter");
    let (tag, inner) = form(&html);
    assert_has(
        tag,
        &[
            r#"name="newsletter""#,
            r#"data-netlify="true""#,
            r#"netlify-honeypot="bot-field""#,
        ],
    );
    assert!(
        !tag.contains("action="),
        "Netlify answers at the page's own address: {tag}"
    );
    assert_has(
        inner,
        &[
            r#"name="form-name" value="newsletter""#,
            r#"name="language" value="en""#,
            r#"name="email""#,
            r#"name="name""#,
            r#"name="consent""#,
            r#"name="bot-field""#,
        ],
    );
}

#[test]
fn html_form_uses_the_providers_field_names() {
    let mailchimp = json!({"provider": "html-form",
        "url": "https://example.us1.list-manage.com/subscribe/post?u=1&id=2",
        "fields": {"email": "EMAIL", "name": "FNAME", "honeypot": "b_1_2"},
        "hidden": {"tags": "web"}});
    let html = page(mailchimp, "/newsletter");
    let (tag, inner) = form(&html);
    assert_has(
        tag,
        &[r#"action="https://example.us1.list-manage.com/subscribe/post?u=1&amp;id=2""#],
    );
    assert_has(
        inner,
        &[
            r#"name="EMAIL""#,
            r#"name="FNAME""#,
            r#"name="b_1_2""#,
            r#"name="tags" value="web""#,
        ],
    );
    let buttondown = json!({"provider": "html-form",
        "url": "https://buttondown.com/api/emails/embed-subscribe/inspir",
        "fields": {"email": "email", "name": ""}, "hidden": {"embed": "1"}});
    let html = page(buttondown, "/newsletter");
    let (_, inner) = form(&html);
    assert!(
        !inner.contains("autocomplete=\"name\""),
        "no name field to post: {inner}"
    );
    assert_has(inner, &[r#"name="embed" value="1""#]);
}

#[test]
fn no_provider_says_subscription_is_not_open_and_where_to_write() {
    let html = page(
        json!({"provider": "none", "contact": "news@inspir.example.org"}),
        "/fr/newsletter",
    );
    assert!(
        newsletter_form_starts(&html).is_empty(),
        "nothing to post to"
    );
    assert_has(
        &html,
        &[
            "L’inscription en ligne n’est pas encore ouverte",
            r#"<a href="mailto:news@inspir.example.org">news@inspir.example.org</a>"#,
        ],
    );
    assert!(
        !html.contains("abonné·e à la lettre"),
        "never says subscribed"
    );
    let html = page(serde_json::Value::Null, "/newsletter");
    assert_has(&html, &["Online subscription is not open yet"]);
}

#[test]
fn a_broken_setting_is_named_where_the_form_would_be() {
    let html = page(
        json!({"provider": "listmonk", "url": "https://l.example.org", "lists": []}),
        "/newsletter",
    );
    assert!(newsletter_form_starts(&html).is_empty());
    assert_has(
        &html,
        &[
            "The newsletter form is switched off",
            "<code>newsletter.lists: no listmonk list for \"en\"</code>",
            "Fixture newsletter intro.",
        ],
    );
}

#[test]
fn the_privacy_page_is_in_every_language_and_linked_from_every_footer() {
    for (path, footer_link) in [
        ("/privacy", r#"<a href="/privacy">Privacy</a>"#),
        (
            "/fr/privacy",
            r#"<a href="/fr/privacy">Confidentialité</a>"#,
        ),
        ("/es/privacy", r#"<a href="/es/privacy">Privacidad</a>"#),
    ] {
        let html = page(listmonk(), path);
        assert_has(
            &html,
            &[
                "<h1",
                "Fixture privacy page</h1>",
                "Fixture privacy heading",
                "Fixture privacy body.",
                footer_link,
            ],
        );
    }
}
