//! A recorded WordPress site with Polylang, served by the stand-in server:
//! answers shaped as WordPress 6 and Polylang document them (each item's
//! `lang` and `translations`; lists filtered by `lang`, `slug`, `parent`,
//! `categories` and `mime_type`; paged with `X-WP-TotalPages`).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::server::{Reply, Request};

/// Items per page: small, so every list takes more than one request.
const PAGE_SIZE: usize = 2;

/// The fixture site, which tests change before serving.
#[derive(Clone)]
pub struct Site {
    pub pages: Vec<Value>,
    pub posts: Vec<Value>,
    pub media: Vec<Value>,
    pub categories: Vec<Value>,
    /// Files by path, e.g. `/wp-content/uploads/okra.png`.
    pub files: BTreeMap<String, Vec<u8>>,
}

/// A PNG's first bytes, enough to read its size from.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    bytes.extend(b"IHDR");
    bytes.extend(width.to_be_bytes());
    bytes.extend(height.to_be_bytes());
    bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    bytes
}

pub const PDF: &[u8] = b"%PDF-1.4\n% an annual report\n%%EOF\n";

fn page(id: u64, lang: &str, slug: &str, title: &str, parent: u64, order: i64) -> Value {
    json!({
        "id": id, "slug": slug, "type": "page", "lang": lang, "parent": parent,
        "menu_order": order, "date": "2021-03-01T10:00:00",
        "title": { "rendered": title },
        "content": { "rendered": "", "protected": false },
        "excerpt": { "rendered": "", "protected": false },
        "featured_media": 0, "translations": {}, "acf": []
    })
}

fn theme(
    id: u64,
    lang: &str,
    slug: &str,
    title: &str,
    parent: u64,
    order: i64,
    media: u64,
) -> Value {
    let mut p = page(id, lang, slug, title, parent, order);
    p["content"]["rendered"] = json!(format!(
        "<p>{title} &amp; social protection&#8217;s future.</p>\n\
         <script>alert('hostile')</script>\n<p>Second <em>paragraph</em>.</p>"
    ));
    p["excerpt"]["rendered"] = json!(format!("<p>{title}: the summary [&hellip;]</p>"));
    p["featured_media"] = json!(media);
    p
}

fn image(id: u64, lang: &str, slug: &str, alt: &str, caption: &str) -> Value {
    json!({
        "id": id, "slug": slug, "lang": lang, "date": "2020-01-01T00:00:00",
        "title": { "rendered": slug }, "caption": { "rendered": format!("<p>{caption}</p>") },
        "description": { "rendered": "" }, "alt_text": alt, "media_type": "image",
        "mime_type": "image/png", "source_url": format!("ORIGIN/wp-content/uploads/{slug}.png"),
        "media_details": { "width": 1, "height": 1 }, "post": null, "translations": {}
    })
}

fn report(id: u64, lang: &str, title: &str, caption: &str) -> Value {
    json!({
        "id": id, "slug": format!("annual-report-2021-{lang}"), "lang": lang,
        "date": "2021-05-01T09:00:00", "title": { "rendered": title },
        "caption": { "rendered": format!("<p>{caption}</p>") }, "description": { "rendered": "" },
        "alt_text": "", "media_type": "file", "mime_type": "application/pdf",
        "source_url": "ORIGIN/wp-content/uploads/annual-report-2021.pdf",
        "media_details": {}, "post": null, "translations": {}
    })
}

fn ally(id: u64, lang: &str, name: &str, text: &str) -> Value {
    let mut p = page(id, lang, &name.to_lowercase(), name, 0, 0);
    p["type"] = json!("post");
    p["content"]["rendered"] = json!(format!("<p>{text}</p>"));
    p["categories"] = json!([match lang {
        "fr" => 6,
        "es" => 7,
        _ => 5,
    }]);
    p["featured_media"] = json!(103);
    p["acf"] = json!({ "website": "https://usp2030.org/" });
    p
}

/// Links items that translate each other, as Polylang does.
fn translations(items: &mut [Value], groups: &[&[u64]]) {
    for group in groups {
        let map: BTreeMap<String, u64> = items
            .iter()
            .filter(|i| group.contains(&i["id"].as_u64().unwrap()))
            .map(|i| {
                (
                    i["lang"].as_str().unwrap().to_owned(),
                    i["id"].as_u64().unwrap(),
                )
            })
            .collect();
        for item in items
            .iter_mut()
            .filter(|i| group.contains(&i["id"].as_u64().unwrap()))
        {
            item["translations"] = json!(map);
        }
    }
}

impl Site {
    /// Three themes (the third with no Spanish version), one ally, one
    /// report, in English, French and Spanish.
    pub fn polylang() -> Self {
        let mut pages = vec![
            page(10, "en", "what-we-do", "What we do", 0, 0),
            page(20, "fr", "ce-que-nous-faisons", "Ce que nous faisons", 0, 0),
            page(30, "es", "lo-que-hacemos", "Lo que hacemos", 0, 0),
            theme(11, "en", "advocacy", "Advocacy", 10, 2, 100),
            theme(12, "en", "gender-equality", "Gender equality", 10, 1, 101),
            theme(13, "en", "pensions", "Pensions", 10, 3, 101),
            theme(21, "fr", "plaidoyer", "Plaidoyer", 20, 2, 100),
            theme(22, "fr", "egalite-de-genre", "Égalité de genre", 20, 1, 101),
            theme(23, "fr", "retraites", "Retraites", 20, 3, 101),
            theme(31, "es", "incidencia", "Incidencia", 30, 2, 100),
            theme(
                32,
                "es",
                "igualdad-de-genero",
                "Igualdad de género",
                30,
                1,
                101,
            ),
        ];
        translations(
            &mut pages,
            &[&[10, 20, 30], &[11, 21, 31], &[12, 22, 32], &[13, 23]],
        );
        let mut posts = vec![
            ally(
                40,
                "en",
                "USP2030",
                "The Global Partnership for Universal Social Protection.",
            ),
            ally(
                41,
                "fr",
                "USP2030",
                "Le Partenariat mondial pour la protection sociale universelle.",
            ),
            ally(
                42,
                "es",
                "USP2030",
                "La Alianza Mundial para la Protección Social Universal.",
            ),
        ];
        translations(&mut posts, &[&[40, 41, 42]]);
        let mut media = vec![
            image(
                100,
                "en",
                "okra-2015",
                "Five people around a low table.",
                "OKRA 2015",
            ),
            image(
                101,
                "en",
                "march-2019",
                "",
                "March for social protection, 2019",
            ),
            image(103, "en", "usp2030-mark", "USP2030's mark.", "USP2030"),
            report(
                200,
                "en",
                "Annual activity report 2021",
                "The year in review.",
            ),
            report(
                201,
                "fr",
                "Rapport d&#8217;activités 2021",
                "L’année en revue.",
            ),
            report(202, "es", "Informe anual 2021", "El año en resumen."),
        ];
        translations(&mut media, &[&[200, 201, 202]]);
        let mut categories = vec![
            json!({ "id": 5, "slug": "allies", "name": "Allies", "lang": "en" }),
            json!({ "id": 6, "slug": "allies-fr", "name": "Alliés", "lang": "fr" }),
            json!({ "id": 7, "slug": "aliados", "name": "Aliados", "lang": "es" }),
        ];
        translations(&mut categories, &[&[5, 6, 7]]);
        let files = BTreeMap::from([
            (
                "/wp-content/uploads/okra-2015.png".to_owned(),
                png(640, 400),
            ),
            (
                "/wp-content/uploads/march-2019.png".to_owned(),
                png(800, 600),
            ),
            (
                "/wp-content/uploads/usp2030-mark.png".to_owned(),
                png(120, 120),
            ),
            (
                "/wp-content/uploads/annual-report-2021.pdf".to_owned(),
                PDF.to_vec(),
            ),
        ]);
        Self {
            pages,
            posts,
            media,
            categories,
            files,
        }
    }

    /// The same site organised otherwise: allies as child pages of an
    /// "allies" page, reports as posts in a category with a PDF attached,
    /// and themes' summaries and reports' years in custom fields.
    pub fn with_other_layouts(mut self) -> Self {
        let mut pages = vec![
            page(50, "en", "allies", "Allies", 0, 0),
            page(60, "fr", "allies-fr", "Alliés", 0, 0),
            page(70, "es", "aliados", "Aliados", 0, 0),
        ];
        for (id, lang, parent, text) in [
            (51, "en", 50, "The International Labour Organization."),
            (61, "fr", 60, "L’Organisation internationale du Travail."),
            (71, "es", 70, "La Organización Internacional del Trabajo."),
        ] {
            let mut ally = page(id, lang, "ilo", "ILO", parent, 1);
            ally["content"]["rendered"] = json!(format!(
                "<p><a href=\"https://www.ilo.org/\">{text}</a></p>"
            ));
            ally["featured_media"] = json!(103);
            pages.push(ally);
        }
        translations(&mut pages, &[&[50, 60, 70], &[51, 61, 71]]);
        self.pages.extend(pages);
        for page in self.pages.iter_mut().filter(|p| p["parent"] != json!(0)) {
            let title = page["title"]["rendered"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            page["acf"] = json!({ "card": format!("{title}, in one line.") });
        }
        let mut posts = Vec::new();
        let mut pdfs = Vec::new();
        for (id, lang, category, title) in [
            (80, "en", 8, "Annual report 2022"),
            (81, "fr", 9, "Rapport annuel 2022"),
            (82, "es", 10, "Informe anual 2022"),
        ] {
            let mut post = page(id, lang, "annual-report-2022", title, 0, 0);
            post["type"] = json!("post");
            post["categories"] = json!([category]);
            post["excerpt"]["rendered"] = json!(format!("<p>{title}: what the year brought.</p>"));
            post["acf"] = json!({ "year": 2022 });
            posts.push(post);
            let mut pdf = report(id + 124, lang, title, "");
            pdf["post"] = json!(id);
            pdf["source_url"] = json!("ORIGIN/wp-content/uploads/annual-report-2022.pdf");
            pdfs.push(pdf);
        }
        translations(&mut posts, &[&[80, 81, 82]]);
        self.posts.extend(posts);
        self.media.extend(pdfs);
        let mut categories = vec![
            json!({ "id": 8, "slug": "reports", "name": "Reports", "lang": "en" }),
            json!({ "id": 9, "slug": "rapports", "name": "Rapports", "lang": "fr" }),
            json!({ "id": 10, "slug": "informes", "name": "Informes", "lang": "es" }),
        ];
        translations(&mut categories, &[&[8, 9, 10]]);
        self.categories.extend(categories);
        self.files.insert(
            "/wp-content/uploads/annual-report-2022.pdf".into(),
            PDF.to_vec(),
        );
        self
    }

    /// The item with `id` in any collection, for a test to change.
    pub fn item(&mut self, id: u64) -> &mut Value {
        [&mut self.pages, &mut self.posts, &mut self.media]
            .into_iter()
            .flat_map(|list| list.iter_mut())
            .find(|item| item["id"] == json!(id))
            .expect("a fixture item")
    }

    /// What WordPress answers to `request`; `origin` is the server's.
    pub fn answer(&self, request: &Request, origin: &str) -> Reply {
        let route = request.route.as_str();
        if route == "/" {
            return Reply::json(json!({ "name": "INSP!R", "namespaces": ["wp/v2"] }));
        }
        if let Some(bytes) = self.files.get(route) {
            let kind = if route.ends_with(".pdf") {
                "application/pdf"
            } else {
                "image/png"
            };
            return Reply::bytes(200, kind, bytes.clone());
        }
        let (collection, id) = match route.strip_prefix("/wp/v2/") {
            Some(rest) => match rest.split_once('/') {
                Some((name, id)) => (name, id.parse::<u64>().ok()),
                None => (rest, None),
            },
            None => return Reply::status(404),
        };
        let items = match collection {
            "pages" => &self.pages,
            "posts" => &self.posts,
            "media" => &self.media,
            "categories" => &self.categories,
            _ => return Reply::status(404),
        };
        // Addresses in answers are the server's own, as WordPress's are.
        let fill = |item: &Value| -> Value {
            serde_json::from_str(&item.to_string().replace("ORIGIN", origin)).expect("fixture JSON")
        };
        if let Some(id) = id {
            return match items.iter().find(|i| i["id"] == json!(id)) {
                Some(item) => Reply::json(fill(item)),
                None => Reply::status(404),
            };
        }
        let matching: Vec<Value> = items
            .iter()
            .filter(|item| filters(request, item))
            .map(fill)
            .collect();
        let pages = matching.len().div_ceil(PAGE_SIZE).max(1);
        let page: usize = request
            .param("page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        let slice = matching
            .into_iter()
            .skip((page - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .collect();
        Reply::list(slice, pages)
    }
}

fn filters(request: &Request, item: &Value) -> bool {
    let text = |key: &str| {
        item[key]
            .as_str()
            .map(String::from)
            .or_else(|| item[key].as_u64().map(|n| n.to_string()))
    };
    request
        .query
        .iter()
        .all(|(key, wanted)| match key.as_str() {
            "lang" | "slug" | "mime_type" => text(key).as_deref() == Some(wanted.as_str()),
            "parent" => {
                let parent = text("parent").or_else(|| text("post"));
                parent.as_deref() == Some(wanted.as_str())
            }
            "categories" => item["categories"].as_array().is_some_and(|c| {
                c.iter().any(|id| {
                    id.as_u64().map(|n| n.to_string()).as_deref() == Some(wanted.as_str())
                })
            }),
            _ => true,
        })
}
