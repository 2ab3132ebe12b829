//! The site's security headers and cache rules, from one source: the
//! Content-Security-Policy each page carries in a meta tag, and the rules
//! that `hosts` writes for Netlify and Cloudflare Pages (`_headers`), nginx,
//! Caddy and CloudFront.
//!
//! Everything is read from the built site itself (its pages' inline scripts
//! and styles, its hashed files, its `config.json`), so the policy can be
//! made again after a deployer edits `config.json`, without a rebuild.

use std::path::Path;

use base64::Engine;
use inspir_site::content::{SiteConfig, origin_of};
use inspir_site::i18n::Lang;
use inspir_site::newsletter::NewsletterSetting;
use inspir_site::routes::BaseUrl;
use sha2::{Digest, Sha256};

use crate::BuildError;

/// How long a file whose name carries its content hash may be cached.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// For everything else: the browser asks the server each time (a cheap 304
/// when nothing changed), so a new build or new content shows at once.
pub const REVALIDATE: &str = "no-cache";

/// The policy of one built site.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Content-Security-Policy directives, in order.
    pub csp: Vec<(&'static str, Vec<String>)>,
    /// Header rules by path pattern (`/*`, `/sub/content/*`, an exact path).
    /// No header appears in two rules whose patterns can match one path, so
    /// hosts that join repeated headers (Cloudflare Pages) and hosts that
    /// let the later rule win (Netlify) serve the same thing.
    pub rules: Vec<Rule>,
    /// The base path, e.g. `/` or `/sub/`.
    pub base: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub pattern: String,
    pub headers: Vec<(&'static str, String)>,
}

/// Folders of Pagefind's output whose files are named by their content.
const SEARCH_INDEX_HASHED: [&str; 2] = ["pagefind/fragment/", "pagefind/index/"];

/// The files of Pagefind's output whose names are the same in every build:
/// its script, its worker, its entry point, and its wasm per language (and
/// for pages of no known language).
fn search_index_fixed() -> Vec<String> {
    let wasm = Lang::ALL
        .iter()
        .map(|lang| lang.code())
        .chain(["unknown"])
        .map(|code| format!("wasm.{code}.pagefind"));
    ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json"]
        .map(String::from)
        .into_iter()
        .chain(wasm)
        .collect()
}

/// Directives a `<meta>` policy cannot hold (the CSP spec ignores them there).
const HEADER_ONLY: [&str; 3] = ["frame-ancestors", "report-uri", "sandbox"];

/// Features the site does not use, turned off for it and for anything it
/// could embed. Only names Chromium knows: an unknown one is a console error.
const PERMISSIONS_OFF: [&str; 18] = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "publickey-credentials-get",
    "screen-wake-lock",
    "sync-xhr",
    "usb",
    "xr-spatial-tracking",
];

impl Policy {
    /// The policy for the site in `dist`: hashes of the inline scripts and
    /// styles its pages carry, the origins its `config.json` names, and its
    /// hashed files.
    pub fn of(dist: &Path) -> Result<Policy, BuildError> {
        let index = dist.join("index.html");
        let page = read(&index)?;
        let base =
            page_base(&page).ok_or_else(|| BuildError::file(&index, "has no <base href>"))?;
        let config = crate::site::read_config(&dist.join("config.json"))?;
        let hashed = hashed_files(dist).map_err(|source| BuildError::Io {
            path: dist.to_owned(),
            source,
        })?;
        Ok(Policy::new(&base, &config, &inline_code(&page), &hashed))
    }

    /// The policy from its parts: the base path, the deployment settings,
    /// the inline `(kind, text)` elements of a page, and the hashed files.
    pub fn new(
        base: &BaseUrl,
        config: &SiteConfig,
        inline: &[Inline],
        hashed: &[String],
    ) -> Policy {
        let hashes = |kind| {
            inline
                .iter()
                .filter(|i| i.kind == kind)
                .map(|i| format!("'sha256-{}'", sha256_base64(&i.text)))
                .collect::<Vec<_>>()
        };
        let self_ = || vec!["'self'".to_owned()];
        // The newsletter service is both fetched (its API) and posted to
        // (its plain form), so a deployer can switch between the two.
        let newsletter = match &config.newsletter {
            NewsletterSetting::Ready(newsletter) => newsletter.origin(),
            NewsletterSetting::Broken(_) => None,
        };
        let mut connect = self_();
        connect.extend(origin_of(&config.content_url));
        connect.extend(newsletter.clone());
        let mut form_action = self_();
        form_action.extend(newsletter);
        let csp = vec![
            ("default-src", self_()),
            (
                "script-src",
                [
                    vec!["'self'".into(), "'wasm-unsafe-eval'".into()],
                    hashes(InlineKind::Script),
                ]
                .concat(),
            ),
            ("style-src", [self_(), hashes(InlineKind::Style)].concat()),
            // Content may show pictures from other sites; a picture cannot run code.
            ("img-src", vec!["'self'".into(), "https:".into()]),
            ("connect-src", connect),
            // Pagefind searches in a worker of its own (pagefind-worker.js).
            ("worker-src", self_()),
            ("form-action", form_action),
            ("object-src", vec!["'none'".into()]),
            ("base-uri", self_()),
            ("frame-ancestors", vec!["'none'".into()]),
        ];
        let base_path = base.as_str().to_owned();
        let security = |csp: String| {
            vec![
                ("Content-Security-Policy", csp),
                (
                    "Strict-Transport-Security",
                    "max-age=63072000; includeSubDomains".to_owned(),
                ),
                ("X-Content-Type-Options", "nosniff".to_owned()),
                ("X-Frame-Options", "DENY".to_owned()),
                (
                    "Referrer-Policy",
                    "strict-origin-when-cross-origin".to_owned(),
                ),
                (
                    "Permissions-Policy",
                    PERMISSIONS_OFF.map(|f| format!("{f}=()")).join(", "),
                ),
                ("Cross-Origin-Opener-Policy", "same-origin".to_owned()),
            ]
        };
        let cache = |pattern: String, value: &str| Rule {
            pattern,
            headers: vec![("Cache-Control", value.to_owned())],
        };
        let mut rules = vec![Rule {
            pattern: format!("{base_path}*"),
            headers: security(render_csp(&csp, false)),
        }];
        rules.extend(
            hashed
                .iter()
                .map(|file| cache(format!("{base_path}{file}"), IMMUTABLE)),
        );
        // The search index's fragments and chunks are named by their
        // content (scripts/search-index.mjs writes them after this policy).
        rules.extend(
            SEARCH_INDEX_HASHED
                .iter()
                .map(|folder| cache(format!("{base_path}{folder}*"), IMMUTABLE)),
        );
        // Pagefind's own files keep their names from build to build.
        rules.extend(
            search_index_fixed()
                .into_iter()
                .map(|file| cache(format!("{base_path}pagefind/{file}"), REVALIDATE)),
        );
        rules.push(cache(format!("{base_path}config.json"), REVALIDATE));
        // Browsers look for a new build here; a cached copy would hide it.
        rules.push(cache(
            format!("{base_path}{}", crate::offline::WORKER_FILE),
            REVALIDATE,
        ));
        rules.push(cache(format!("{base_path}content/*"), REVALIDATE));
        // wasm-bindgen names its snippet folders after the crate, not the
        // code, so a new build can change a snippet under the same name.
        rules.push(cache(format!("{base_path}snippets/*"), REVALIDATE));
        Policy {
            csp,
            rules,
            base: base_path,
        }
    }

    /// The policy as the `Content-Security-Policy` header sends it.
    pub fn header(&self) -> String {
        render_csp(&self.csp, false)
    }

    /// The policy as a `<meta http-equiv>` can hold it.
    pub fn meta(&self) -> String {
        render_csp(&self.csp, true)
    }

    /// The headers every response gets (those of the rule for `base*`).
    pub fn site_headers(&self) -> &[(&'static str, String)] {
        &self.rules[0].headers
    }

    /// Exact paths whose names carry their content hash.
    pub fn immutable_paths(&self) -> Vec<&str> {
        self.rules
            .iter()
            .filter(|r| r.headers.iter().any(|(_, v)| v == IMMUTABLE))
            .map(|r| r.pattern.as_str())
            .collect()
    }
}

fn render_csp(csp: &[(&'static str, Vec<String>)], meta: bool) -> String {
    csp.iter()
        .filter(|(name, _)| !(meta && HEADER_ONLY.contains(name)))
        .map(|(name, values)| format!("{name} {}", values.join(" ")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn sha256_base64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum InlineKind {
    Script,
    Style,
}

/// An inline script or style, whose exact text the policy allows by hash.
#[derive(Debug, Clone, PartialEq)]
pub struct Inline {
    pub kind: InlineKind,
    pub text: String,
}

/// The inline scripts and styles of a page, those in `<noscript>` too.
/// Scripts with `src`, and data blocks such as JSON-LD, which a browser
/// never runs, are not code and need no hash.
pub fn inline_code(page: &str) -> Vec<Inline> {
    let mut found = Vec::new();
    for (tag, kind) in [("script", InlineKind::Script), ("style", InlineKind::Style)] {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        let mut rest = page;
        while let Some(start) = rest.find(&open) {
            let after = &rest[start + open.len()..];
            let Some(tag_end) = after.find('>') else {
                break;
            };
            let attributes = &after[..tag_end];
            let body = &after[tag_end + 1..];
            let Some(body_end) = body.find(&close) else {
                break;
            };
            let is_data = kind == InlineKind::Script && attributes.contains("application/ld+json");
            let is_code = !attributes.contains("src=") && !is_data;
            if is_code && attributes.chars().next().is_none_or(char::is_whitespace) {
                found.push(Inline {
                    kind,
                    text: body[..body_end].to_owned(),
                });
            }
            rest = &body[body_end + close.len()..];
        }
    }
    found
}

/// Files at the top of `dist` whose names carry a content hash, as trunk
/// names the loader and the wasm (`inspir-site-0123456789abcdef.js`).
fn hashed_files(dist: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dist)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| is_hashed(name))
        .collect();
    names.sort();
    Ok(names)
}

/// Whether `name` is trunk's `stem-<hash>.ext`. trunk writes the hash in
/// hex without leading zeros, so it is sometimes shorter than 16 digits.
pub fn is_hashed(name: &str) -> bool {
    let stem = name
        .strip_suffix("_bg.wasm")
        .or_else(|| name.strip_suffix(".js"))
        .or_else(|| name.strip_suffix(".wasm"))
        .or_else(|| name.strip_suffix(".css"));
    stem.and_then(|stem| stem.rsplit_once('-'))
        .is_some_and(|(_, hash)| {
            (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
}

fn page_base(page: &str) -> Option<BaseUrl> {
    let tag = page.split("<base").nth(1)?.split('>').next()?;
    let href = tag.split("href=\"").nth(1)?.split('"').next()?;
    Some(BaseUrl::from_url(href))
}

fn read(path: &Path) -> Result<String, BuildError> {
    std::fs::read_to_string(path).map_err(|source| BuildError::Io {
        path: path.to_owned(),
        source,
    })
}

/// The meta policy goes right after `<meta charset>` (which must stay in
/// the first 1024 bytes), before any script or style it governs.
const META_PREFIX: &str = r#"<meta http-equiv="Content-Security-Policy" content=""#;

/// `page` carrying `policy` in its meta tag: added, or replaced if present.
pub fn with_meta(page: &str, policy: &Policy) -> String {
    let meta = format!(
        "{META_PREFIX}{}\">",
        inspir_site::markup::escape(&policy.meta())
    );
    if let Some(start) = page.find(META_PREFIX) {
        let end = start + page[start..].find('>').map_or(0, |i| i + 1);
        return [&page[..start], &meta, &page[end..]].concat();
    }
    let after = |tag: &str| {
        let start = page.find(tag)?;
        Some(start + page[start..].find('>')? + 1)
    };
    match after("<meta charset").or_else(|| after("<head")) {
        Some(at) => [&page[..at], &meta, &page[at..]].concat(),
        None => page.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(content_url: &str) -> Policy {
        let config = SiteConfig {
            content_url: content_url.into(),
            site_url: "https://example.org".into(),
            newsletter: NewsletterSetting::default(),
        };
        let inline = inline_code(
            "<head><style>b{}</style><noscript><style>\n a{} </style></noscript>\
             <script type=\"module\">go()</script><script src=\"x.js\"></script>\
             <script type=\"application/ld+json\">{}</script></head>",
        );
        Policy::new(
            &BaseUrl::new("/sub/"),
            &config,
            &inline,
            &["site-0123456789abcdef.js".into()],
        )
    }

    #[test]
    fn inline_code_is_found_but_not_data_or_files() {
        let p = policy("content/{lang}.json");
        let header = p.header();
        assert!(
            header.contains(&format!("'sha256-{}'", sha256_base64("b{}"))),
            "{header}"
        );
        assert!(header.contains(&format!("'sha256-{}'", sha256_base64("\n a{} "))));
        assert!(header.contains(&format!("'sha256-{}'", sha256_base64("go()"))));
        assert!(!header.contains(&sha256_base64("{}")));
        assert!(!header.contains("unsafe-inline") && !header.contains("'unsafe-eval'"));
        assert!(header.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
    }

    #[test]
    fn the_meta_policy_leaves_out_what_a_meta_cannot_hold() {
        let p = policy("content/{lang}.json");
        assert!(p.header().contains("frame-ancestors 'none'"));
        assert!(!p.meta().contains("frame-ancestors"));
        assert!(p.meta().contains("default-src 'self'"));
    }

    #[test]
    fn a_content_api_on_another_origin_may_be_fetched() {
        let p = policy("https://cms.example.net/api/{lang}?x=1");
        assert!(
            p.header()
                .contains("connect-src 'self' https://cms.example.net;"),
            "{}",
            p.header()
        );
        assert!(
            policy("content/{lang}.json")
                .header()
                .contains("connect-src 'self';")
        );
    }

    #[test]
    fn no_header_is_set_by_two_rules_that_can_meet() {
        let p = policy("content/{lang}.json");
        assert_eq!(p.rules[0].pattern, "/sub/*");
        assert!(
            p.rules[0]
                .headers
                .iter()
                .all(|(name, _)| *name != "Cache-Control")
        );
        assert_eq!(
            p.immutable_paths(),
            [
                "/sub/site-0123456789abcdef.js",
                "/sub/pagefind/fragment/*",
                "/sub/pagefind/index/*"
            ]
        );
        let cached: Vec<&str> = p.rules[1..].iter().map(|r| r.pattern.as_str()).collect();
        assert_eq!(
            cached,
            [
                "/sub/site-0123456789abcdef.js",
                "/sub/pagefind/fragment/*",
                "/sub/pagefind/index/*",
                "/sub/pagefind/pagefind.js",
                "/sub/pagefind/pagefind-worker.js",
                "/sub/pagefind/pagefind-entry.json",
                "/sub/pagefind/wasm.en.pagefind",
                "/sub/pagefind/wasm.fr.pagefind",
                "/sub/pagefind/wasm.es.pagefind",
                "/sub/pagefind/wasm.unknown.pagefind",
                "/sub/config.json",
                "/sub/sw.js",
                "/sub/content/*",
                "/sub/snippets/*"
            ]
        );
        for rule in &p.rules[1..] {
            assert_eq!(rule.headers.len(), 1, "{rule:?}");
        }
    }

    #[test]
    fn the_meta_follows_the_charset_then_is_replaced() {
        let p = policy("content/{lang}.json");
        let page = with_meta(
            "<html><head><meta charset=\"utf-8\"><style>a{}</style></head></html>",
            &p,
        );
        let expected = format!("<html><head><meta charset=\"utf-8\">{META_PREFIX}default-src");
        assert!(page.starts_with(&expected), "{page}");
        let again = with_meta(&page, &policy("https://api.example.net/{lang}"));
        assert_eq!(again.matches(META_PREFIX).count(), 1);
        assert!(again.contains("https://api.example.net"));
    }

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("inspir-site-55427278e421778e.js"));
        assert!(is_hashed("inspir-site-55427278e421778e_bg.wasm"));
        // A hash whose first hex digit was 0.
        assert!(is_hashed("inspir-site-7934519672ee324.js"));
        assert!(!is_hashed("config.json"));
        assert!(!is_hashed("inspir-site.js"));
        assert!(!is_hashed("a-notahexstring00.js"));
    }
}
