//! What the pre-renderer leaves in a page for the app to find when it takes
//! the page over: the two sides meet here.

/// Attribute of `<html>` holding the fingerprint of what the page was
/// built from ([`fingerprint`]).
pub const CONTENT_HASH_ATTR: &str = "data-content-hash";

/// What a page is built from: the text of `config.json` (the newsletter
/// form depends on it) and the hash of its bundles. The app adopts the
/// page only when both are as they were, and renders it anew otherwise.
pub fn fingerprint(config_text: &str, bundles_hash: &str) -> String {
    inspir_content::content_hash(&[config_text, bundles_hash])
}

/// Text of the comment in `<head>` after which the page's own head tags
/// start (leptos_meta's marker). The app removes what follows it after the
/// first navigation, as those tags describe the first page only.
pub const HEAD_MARKER: &str = "HEAD";

/// Attribute of `<html>` listing, space-separated, what the app fetches
/// first when it starts (`config.json` and the page's bundles). The loader
/// in Trunk.toml requests them as it starts the wasm, so they arrive
/// together, yet never compete with the page's own first paint.
pub const PRELOAD_ATTR: &str = "data-preload";

/// Attribute of `<html>` naming the picture at the top of the page, if
/// any (`pages::lead_picture`). Content pictures are lazy, so that lite mode
/// can keep them back; the head script in `index.html` asks for this one
/// at once on other pages, as an eager picture would be.
pub const PICTURE_ATTR: &str = "data-picture";

/// Marks the offline page, which the service worker shows at the address of
/// a page not saved on the device. The app leaves it as it is: taking it
/// over would show that other page, from whatever content is at hand.
pub const OFFLINE_PAGE_ATTR: &str = "data-offline-page";

/// Attribute `<html>` gets once the app owns the page ([`APP_LIVE`]): tests
/// wait for it, and styles may show a control only when it works.
pub const APP_ATTR: &str = "data-app";
pub const APP_LIVE: &str = "live";

/// Marks a part of `<main>` that acts, which the app brings to life when it
/// adopts a page (`adopt.rs`); its value names the part ([`Widget`]).
pub const WIDGET_ATTR: &str = "data-widget";

/// The report file a "keep for offline" widget keeps.
pub const WIDGET_HREF_ATTR: &str = "data-href";
/// The title of the report it keeps, which names its button: the app
/// brings it to life without reading the content.
pub const WIDGET_TITLE_ATTR: &str = "data-title";

/// The parts of `<main>` the app brings to life on an adopted page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// A newsletter form, by its id: the page's own, or "Stay informed".
    NewsletterForm(&'static str),
    KeepForOffline,
    /// The search page's field and results.
    Search,
}

/// The ids a newsletter form may have, one per place it is shown.
pub const NEWSLETTER_FORM_IDS: [&str; 2] = ["newsletter", "stay-informed"];

impl Widget {
    /// The attribute's value: `newsletter-form:stay-informed`, `search`.
    pub fn name(self) -> String {
        match self {
            Widget::NewsletterForm(id) => format!("newsletter-form:{id}"),
            Widget::KeepForOffline => "keep-offline".into(),
            Widget::Search => "search".into(),
        }
    }

    pub fn parse(name: &str) -> Option<Widget> {
        match name.split_once(':') {
            Some(("newsletter-form", id)) => NEWSLETTER_FORM_IDS
                .into_iter()
                .find(|known| *known == id)
                .map(Widget::NewsletterForm),
            None if name == "keep-offline" => Some(Widget::KeepForOffline),
            None if name == "search" => Some(Widget::Search),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_adopted_only_with_the_config_and_bundles_it_was_built_from() {
        let built = fingerprint(r#"{"newsletter":{"provider":"none"}}"#, "0123456789abcdef");
        assert_eq!(
            built,
            fingerprint(r#"{"newsletter":{"provider":"none"}}"#, "0123456789abcdef")
        );
        assert_ne!(
            built,
            fingerprint(
                r#"{"newsletter":{"provider":"formspree"}}"#,
                "0123456789abcdef"
            )
        );
        assert_ne!(
            built,
            fingerprint(r#"{"newsletter":{"provider":"none"}}"#, "fedcba9876543210")
        );
        // No config.json reads as empty text, unlike an empty object.
        assert_ne!(
            fingerprint("", "0123456789abcdef"),
            fingerprint("{}", "0123456789abcdef")
        );
    }

    #[test]
    fn every_widget_reads_back_from_its_name() {
        let all = NEWSLETTER_FORM_IDS
            .map(Widget::NewsletterForm)
            .into_iter()
            .chain([Widget::KeepForOffline, Widget::Search]);
        for widget in all {
            assert_eq!(Widget::parse(&widget.name()), Some(widget));
        }
        assert_eq!(Widget::parse("newsletter-form:elsewhere"), None);
        assert_eq!(Widget::parse("menu"), None);
    }
}
