//! The validator against arbitrary and mutated bundles (proptest): it never
//! panics, and for each kind of mistake an editor can make it names the
//! exact JSON path to fix.

use std::path::{Path, PathBuf};

use inspir_content::{check, files_under};
use proptest::prelude::*;
use serde_json::{Value, json};

fn public() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public")
}

fn shipped() -> Value {
    let text = std::fs::read_to_string(public().join("content/en.json")).expect("en.json");
    serde_json::from_str(&text).expect("en.json parses")
}

fn problems(bundle: &Value) -> Vec<String> {
    let public = public();
    check(&bundle.to_string(), files_under(&public))
        .iter()
        .map(|p| p.path.clone())
        .collect()
}

/// Text an editor or a hostile export might put anywhere: markup, scripts,
/// right-to-left and zero-width characters, long runs, empty and blank.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   \t\n".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img src=x onerror=alert(1)>".to_owned()),
        Just("\u{202e}gnissecorp\u{200b}\u{200d}\u{feff}".to_owned()),
        Just("x".repeat(100_000)),
        "\\PC{0,200}",
        any::<String>(),
    ]
}

/// Any JSON value, nested a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<f64>().prop_map(|n| json!(n)),
        any::<i64>().prop_map(Value::from),
        hostile_text().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A required text field of the shipped bundle, by JSON pointer and path.
fn required_text() -> impl Strategy<Value = (String, String)> {
    let theme_fields = prop_oneof![Just("title"), Just("summary")];
    prop_oneof![
        (0usize..11, theme_fields)
            .prop_map(|(i, f)| (format!("/themes/{i}/{f}"), format!("themes[{i}].{f}"))),
        (0usize..3, prop_oneof![Just("name"), Just("description")])
            .prop_map(|(i, f)| (format!("/allies/{i}/{f}"), format!("allies[{i}].{f}"))),
        (0usize..5).prop_map(|i| (
            format!("/figures/{i}/caption"),
            format!("figures[{i}].caption")
        )),
        Just(("/home/title".to_owned(), "home.title".to_owned())),
        Just(("/quote/author".to_owned(), "quote.author".to_owned())),
        Just((
            "/newsletter/privacy".to_owned(),
            "newsletter.privacy".to_owned()
        )),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_json_at_all_is_answered_not_panicked_on(value in any_json()) {
        let _ = problems(&value);
    }

    #[test]
    fn hostile_text_anywhere_is_never_a_panic(text in hostile_text(), (pointer, _) in required_text()) {
        let mut bundle = shipped();
        *bundle.pointer_mut(&pointer).unwrap() = Value::from(text);
        let _ = problems(&bundle);
    }

    #[test]
    fn an_emptied_field_is_named(blank in "[ \t\n]{0,4}", (pointer, path) in required_text()) {
        let mut bundle = shipped();
        *bundle.pointer_mut(&pointer).unwrap() = Value::from(blank);
        prop_assert_eq!(problems(&bundle), vec![path]);
    }

    #[test]
    fn a_removed_field_is_named((pointer, path) in required_text()) {
        let mut bundle = shipped();
        let (parent, field) = pointer.rsplit_once('/').unwrap();
        bundle.pointer_mut(parent).unwrap().as_object_mut().unwrap().remove(field);
        prop_assert_eq!(problems(&bundle), vec![path]);
    }

    #[test]
    fn a_wrong_type_is_named(
        (pointer, path) in required_text(),
        wrong in prop_oneof![Just(json!(7)), Just(json!(null)), Just(json!([])), Just(json!({"a": 1})), Just(json!(true))],
    ) {
        let mut bundle = shipped();
        *bundle.pointer_mut(&pointer).unwrap() = wrong.clone();
        let found = problems(&bundle);
        // serde reads null as the default (empty), which is then "is empty".
        prop_assert_eq!(found.len(), 1, "{:?} for {}", found, wrong);
        prop_assert_eq!(&found[0], &path);
    }

    #[test]
    fn a_duplicated_theme_is_named_at_the_copy(i in 0usize..11) {
        let mut bundle = shipped();
        let themes = bundle["themes"].as_array_mut().unwrap();
        let copy = themes[i].clone();
        themes.push(copy);
        prop_assert_eq!(problems(&bundle), vec!["themes[11].slug".to_owned()]);
    }

    #[test]
    fn an_unknown_field_is_named_wherever_it_is((pointer, _) in required_text(), name in "[a-z]{3,10}_x") {
        let mut bundle = shipped();
        let parent = pointer.rsplit_once('/').unwrap().0;
        bundle.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert(name.clone(), json!("?"));
        let expected = format!(
            "{}.{name}",
            parent.trim_start_matches('/').split('/').fold(String::new(), |path, part| match part.parse::<usize>() {
                Ok(i) => format!("{path}[{i}]"),
                Err(_) if path.is_empty() => part.to_owned(),
                Err(_) => format!("{path}.{part}"),
            })
        );
        prop_assert_eq!(problems(&bundle), vec![expected]);
    }

    #[test]
    fn a_huge_list_is_checked_whole(extra in 0usize..400) {
        let mut bundle = shipped();
        let themes = bundle["themes"].as_array_mut().unwrap();
        let template = themes[0].clone();
        for n in 0..extra {
            let mut theme = template.clone();
            theme["slug"] = Value::from(format!("extra-{n}"));
            themes.push(theme);
        }
        prop_assert_eq!(problems(&bundle), Vec::<String>::new());
    }
}
