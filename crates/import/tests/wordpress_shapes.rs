//! Every shape of HTML WordPress 6 writes for a text, imported from the
//! real WordPress of `scripts/wordpress.sh start`: the same pages written
//! in the block editor and in the classic editor
//! (tests/wordpress/shapes/), rendered by WordPress itself. The README's
//! test command runs this with `--ignored`.

mod support;

use inspir_import::Warning;
use serde_json::{Value, json};
use support::{Public, slugs};

const BLOCKS: &str = include_str!("../../../tests/wordpress/shapes.toml");

fn wordpress() -> String {
    std::env::var("INSPIR_WORDPRESS_URL")
        .expect("INSPIR_WORDPRESS_URL: start a WordPress with scripts/wordpress.sh start")
}

/// The English bundle and the warnings of an import with `mapping`.
fn import(mapping: &str) -> (Value, Vec<Warning>) {
    let public = Public::copy();
    let (result, warnings) = public.import(mapping, &wordpress());
    let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    result.unwrap_or_else(|e| panic!("{e}\n{said:#?}"));
    (public.bundle("en"), warnings)
}

fn theme<'a>(bundle: &'a Value, slug: &str) -> &'a Value {
    bundle["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["slug"] == slug)
        .unwrap_or_else(|| panic!("no theme {slug}"))
}

/// What the import said about the item titled `title`, without its id
/// and edit link, which differ from page to page.
fn said(warnings: &[Warning], title: &str) -> Vec<String> {
    let named = format!("\"{title}\"");
    warnings
        .iter()
        .filter(|w| w.item.ends_with(&named))
        .map(|w| w.message.clone())
        .collect()
}

fn picture(name: &str, because: &str) -> String {
    format!("its text holds a picture (\"{name}\"), which the site does not show: {because}")
}

fn left_out(what: &str) -> String {
    format!("its text holds {what}, which the site cannot show: it is left out")
}

const THEMES: &str = "a theme shows one picture, its featured image";

/// Each page's body as a reader reads it, and what the editor is told.
fn expected() -> Vec<(&'static str, Value, Vec<String>)> {
    vec![
        (
            "text",
            json!([
                "Social protection is a right, not a favour.",
                "What members do",
                "Run mutual health schemes",
                "in towns",
                "in villages",
                "Organise workers",
                "Nobody should be left behind.",
                "— A member, Dakar",
                "Line one",
                "line two."
            ]),
            vec![],
        ),
        (
            "pictures",
            json!([
                "Before the pictures.",
                "Between the pictures.",
                "After the pictures."
            ]),
            vec![
                picture("Women marching with banners.", THEMES),
                picture("Teal circle with a white letter U.", THEMES),
            ],
        ),
        (
            "gallery",
            json!(["Our campaign in pictures.", "More to come."]),
            vec![left_out("a gallery of 2 pictures")],
        ),
        (
            "embeds",
            json!(["Watch the march.", "Share it."]),
            vec![left_out(
                "an embed of https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            )],
        ),
        (
            "shortcodes",
            json!([
                "Write to us.",
                "Bring water to the march.",
                "Prices rose [sic] in 2020 [1]."
            ]),
            vec![
                left_out("the shortcode [contact-form-7]"),
                left_out("the shortcode [su_note]"),
            ],
        ),
        (
            "table",
            json!(["Coverage by region.", "Source: ILO."]),
            vec![left_out("a table (\"Region, Covered, Africa\")")],
        ),
    ]
}

#[test]
#[ignore = "needs a WordPress: scripts/wordpress.sh start, then INSPIR_WORDPRESS_URL"]
fn each_shape_becomes_what_a_reader_should_read() {
    let (en, warnings) = import(BLOCKS);
    let all: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        slugs(&en, "themes"),
        [
            "text",
            "pictures",
            "gallery",
            "embeds",
            "shortcodes",
            "table",
            "layout",
            "cannot-show",
            "no-featured-image"
        ]
    );
    for (slug, body, told) in expected() {
        assert_eq!(theme(&en, slug)["body"], body, "{slug}");
        let title = theme(&en, slug)["title"].as_str().unwrap().to_owned();
        assert_eq!(said(&warnings, &title), told, "{slug}: {all:#?}");
    }

    // Columns, groups and covers are wrappers: their text is the text.
    assert_eq!(
        theme(&en, "layout")["body"],
        json!([
            "Left column.",
            "Right column.",
            "In a group.",
            "On a cover.",
            "Beside a picture."
        ])
    );
    // The cover's picture is the featured image, so it is shown.
    assert_eq!(
        said(&warnings, "Layout"),
        [picture("Women marching with banners.", THEMES)]
    );

    assert_eq!(
        theme(&en, "cannot-show")["body"],
        json!(["Join the campaign.", "Thank you."])
    );
    assert_eq!(
        said(&warnings, "Cannot show"),
        [
            left_out("a button \"Join us\" to https://example.org/join"),
            left_out("a file to download (\"annual-report-2021-en.pdf\")"),
            left_out("a video player"),
            left_out("a \"latest posts\" block"),
            left_out("a form"),
        ]
    );

    // A page without a featured image shows the picture in its text, with
    // the caption written there.
    let page = theme(&en, "no-featured-image");
    assert_eq!(page["body"], json!(["This page has no featured image."]));
    let figure = en["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == page["figure"])
        .expect("its figure");
    assert_eq!(figure["caption"], "A clinic run by members");
    assert_eq!(
        figure["image"]["alt"],
        "Three health workers in front of a clinic."
    );
    assert!(said(&warnings, "No featured image").is_empty(), "{all:#?}");

    // An ally's description is its text, not its picture's caption.
    let ally = &en["allies"][0];
    assert_eq!(ally["description"], "A network of clinics in West Africa.");
    assert_eq!(ally["url"], "https://ally.example.org/");
    assert_eq!(
        said(&warnings, "Shapes ally"),
        [
            left_out("the shortcode [wpforms]"),
            picture(
                "Three health workers in front of a clinic.",
                "an ally shows one picture, its mark (the featured image)"
            ),
        ]
    );

    // A PDF's description, without the link to the file WordPress adds.
    let report = &en["reports"][0];
    assert_eq!(report["summary"], "A summary written in the media library.");
}

#[test]
#[ignore = "needs a WordPress: scripts/wordpress.sh start, then INSPIR_WORDPRESS_URL"]
fn the_block_and_the_classic_editor_give_the_same_text() {
    let (blocks, blocks_said) = import(BLOCKS);
    let classic_mapping = BLOCKS.replace(
        "\"shapes-blocks\" }\n[allies]",
        "\"shapes-classic\" }\n[allies]",
    );
    assert_ne!(
        classic_mapping, BLOCKS,
        "tests/wordpress/shapes.toml names shapes-blocks"
    );
    let (classic, classic_said) = import(&classic_mapping);
    let written_in_both = slugs(&classic, "themes");
    assert_eq!(
        written_in_both,
        [
            "text",
            "pictures",
            "gallery",
            "embeds",
            "shortcodes",
            "table"
        ]
    );
    for slug in &written_in_both {
        let (b, c) = (theme(&blocks, slug), theme(&classic, slug));
        assert_eq!(b["body"], c["body"], "{slug}");
        let title = b["title"].as_str().unwrap();
        assert_eq!(
            said(&blocks_said, title),
            said(&classic_said, title),
            "{slug}"
        );
    }
}
