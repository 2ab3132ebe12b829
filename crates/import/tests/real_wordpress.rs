//! The import against a real WordPress: Debian's package, installed and
//! filled by `scripts/wordpress.sh start` (tests/wordpress/install.php),
//! whose address is in `INSPIR_WORDPRESS_URL`. The README's test command
//! starts it and runs this with `--ignored`; without it, the test fails.
//!
//! That site has no multilingual plugin: one parent page per language.

mod support;

use support::{Public, slugs};

const MAPPING: &str = include_str!("../../../tests/wordpress/site.toml");

fn wordpress() -> String {
    std::env::var("INSPIR_WORDPRESS_URL")
        .expect("INSPIR_WORDPRESS_URL: start a WordPress with scripts/wordpress.sh start")
}

fn find<'a>(
    bundle: &'a serde_json::Value,
    list: &str,
    key: &str,
    value: &str,
) -> &'a serde_json::Value {
    bundle[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item[key] == value)
        .unwrap_or_else(|| panic!("no {list} item with {key} {value}"))
}

#[test]
#[ignore = "needs a WordPress: scripts/wordpress.sh start, then INSPIR_WORDPRESS_URL"]
fn a_real_wordpress_becomes_bundles_that_build_the_site() {
    let public = Public::copy();
    let (result, warnings) = public.import(MAPPING, &wordpress());
    let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    result.unwrap_or_else(|e| panic!("{e}\n{said:#?}"));

    let en = public.bundle("en");
    assert_eq!(slugs(&en, "themes"), ["social-security", "gender-equality"]);
    let security = &en["themes"][0];
    assert_eq!(
        security["summary"],
        "Protection for everyone, from birth to old age."
    );
    assert_eq!(
        security["body"],
        serde_json::json!([
            "Social security is a human right & a shared responsibility.",
            "Our members run mutual health schemes."
        ])
    );
    let figure = find(&en, "figures", "id", security["figure"].as_str().unwrap());
    assert_eq!(figure["caption"], "Mutual health insurance, Senegal 2019");
    assert_eq!(
        figure["image"]["alt"],
        "Three health workers in front of a clinic."
    );
    assert_eq!(
        (
            figure["image"]["width"].as_u64(),
            figure["image"]["height"].as_u64()
        ),
        (Some(64), Some(40))
    );
    assert_eq!(figure["image"]["src"], "images/wp/social-security.png");

    // Matched by their place under each language's parent page.
    let fr = public.bundle("fr");
    assert_eq!(
        find(&fr, "themes", "slug", "gender-equality")["title"],
        "Égalité de genre"
    );
    assert_eq!(
        find(&fr, "allies", "slug", "usp2030")["url"],
        "https://usp2030.org/"
    );
    let report = find(&fr, "reports", "slug", "annual-activity-report-2021");
    assert_eq!(
        (report["title"].as_str(), report["year"].as_u64()),
        (Some("Rapport d’activités 2021"), Some(2021))
    );
    assert_eq!(report["file"], "reports/annual-report-2021-fr.pdf");
    let es = public.bundle("es");
    assert_eq!(es["themes"].as_array().unwrap().len(), 1);

    assert!(
        said.iter()
            .any(|w| w.contains("\"Gender equality\": has no \"es\" version")),
        "{said:#?}"
    );
    assert!(
        said.iter().any(
            |w| w.contains("\"Women marching\": has no alternative text")
                && w.contains("/wp-admin/post.php?post=")
        ),
        "{said:#?}"
    );

    // The same checks as check-content, then the site built from them.
    let translations = public.check_content();
    assert!(translations[0].1.is_empty(), "{translations:?}");
    let site = public.build_site();
    let page =
        |path: &str| std::fs::read_to_string(site.path().join(path).join("index.html")).unwrap();
    let security = page("what-we-do/social-security");
    assert!(security.contains("Social security is a human right &amp; a shared responsibility."));
    assert!(
        !security.contains("not kept"),
        "no script from WordPress reaches the page"
    );
    assert!(
        page("fr/what-we-do/social-security").contains("La sécurité sociale est un droit humain.")
    );
    assert!(page("es/allies").contains("La Alianza Mundial para la Protección Social Universal."));
    assert!(page("reports").contains("Annual activity report 2021"));
}
