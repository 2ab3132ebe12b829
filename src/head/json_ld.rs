//! The page's schema.org data, as JSON-LD: written by the pre-renderer only.

use inspir_content::Bundle;

use super::describe::{LOGO_PATH, PageInfo, media_type};
use crate::json::Json;
use crate::routes::{Page, Route};

/// Absolute addresses for the schema.org data.
pub struct Urls<'a> {
    /// This page's own address.
    pub page: &'a str,
    /// The home page in this language.
    pub home: &'a str,
    /// An absolute URL for a site path such as `reports/x.pdf`.
    pub file: &'a dyn Fn(&str) -> String,
}

/// schema.org data for the page, as JSON-LD: the organisation on the home
/// page, a web page elsewhere, and each report as a document on the reports
/// page.
pub fn json_ld(route: &Route, info: &PageInfo, content: &Bundle, urls: &Urls) -> String {
    let ui = route.lang.ui();
    let lang = route.lang.code();
    let organisation = || {
        Json::Obj(vec![
            ("@type", Json::str("NGO")),
            ("@id", Json::str(format!("{}#organisation", urls.home))),
            ("name", Json::str(ui.site_name)),
            ("url", Json::str(urls.home)),
            ("logo", Json::str((urls.file)(LOGO_PATH))),
            ("description", Json::str(&content.site.description)),
        ])
    };
    let web_page = Json::Obj(vec![
        ("@type", Json::str("WebPage")),
        ("@id", Json::str(urls.page)),
        ("url", Json::str(urls.page)),
        ("name", Json::str(&info.title)),
        ("description", Json::str(&info.description)),
        ("inLanguage", Json::str(lang)),
        ("image", Json::str((urls.file)(&info.card.path))),
        (
            "publisher",
            Json::Obj(vec![(
                "@id",
                Json::str(format!("{}#organisation", urls.home)),
            )]),
        ),
    ]);
    let mut graph = vec![organisation(), web_page];
    if route.page == Page::Reports {
        graph.extend(content.reports.iter().map(|report| {
            Json::Obj(vec![
                ("@type", Json::str("DigitalDocument")),
                ("name", Json::str(&report.title)),
                ("description", Json::str(&report.summary)),
                ("url", Json::str((urls.file)(&report.file))),
                ("encodingFormat", Json::str(media_type(&report.format))),
                ("inLanguage", Json::str(&report.language)),
                ("datePublished", Json::str(report.year.to_string())),
                ("contentSize", Json::str(ui.file_size(report.size_bytes))),
                (
                    "publisher",
                    Json::Obj(vec![(
                        "@id",
                        Json::str(format!("{}#organisation", urls.home)),
                    )]),
                ),
            ])
        }));
    }
    Json::Obj(vec![
        ("@context", Json::str("https://schema.org")),
        ("@graph", Json::Arr(graph)),
    ])
    .write()
}
