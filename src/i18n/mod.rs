//! The site's languages and its interface labels (menu, buttons, messages).
//!
//! Page text lives in the content bundles; only the words the interface
//! itself needs are here, as one typed table per language so a missing
//! label is a compile error rather than a blank button.

mod en;
mod es;
mod fr;
pub mod preference;

/// A language the site is published in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
}

impl Lang {
    /// Every published language, in the order the switcher lists them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The BCP 47 code, used for `lang` attributes and bundle names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// Position in `Lang::ALL`, for tables kept by language.
    pub fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
        }
    }

    /// The locale OpenGraph wants (`og:locale`), language and territory.
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::En => "en_GB",
            Lang::Fr => "fr_FR",
            Lang::Es => "es_ES",
        }
    }

    /// The language named in itself, as the switcher shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
        }
    }

    /// The language with this code; also takes region tags such as `fr-BE`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The first path segment of this language's pages; English has none.
    pub fn prefix(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Fr => Some("fr"),
            Lang::Es => Some("es"),
        }
    }

    /// The language whose prefix is `segment`, if any.
    pub fn from_prefix(segment: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.prefix() == Some(segment))
    }

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &en::UI,
            Lang::Fr => &fr::UI,
            Lang::Es => &es::UI,
        }
    }
}

/// Interface labels for one language.
pub struct Ui {
    /// The network's name as shown in the header and page titles.
    pub site_name: &'static str,
    pub skip_to_content: &'static str,
    pub menu: &'static str,
    pub main_nav: &'static str,
    pub footer_nav: &'static str,
    pub nav_home: &'static str,
    pub nav_themes: &'static str,
    pub nav_allies: &'static str,
    pub nav_reports: &'static str,
    pub nav_newsletter: &'static str,
    /// The footer's link to `/privacy`.
    pub nav_privacy: &'static str,
    pub footer_note: &'static str,
    pub loading: &'static str,
    pub load_error_title: &'static str,
    pub load_error_body: &'static str,
    pub retry: &'static str,
    pub technical_details: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_home: &'static str,
    pub theme_pager: &'static str,
    pub previous_theme: &'static str,
    pub next_theme: &'static str,
    pub all_themes: &'static str,
    pub breadcrumb: &'static str,
    pub more_info: &'static str,
    pub all_allies: &'static str,
    pub all_reports: &'static str,
    pub download: &'static str,
    pub report_year: &'static str,
    pub report_language: &'static str,
    pub report_format: &'static str,
    pub report_size: &'static str,
    /// The newsletter form's labels and messages.
    pub form: FormUi,
    /// The search field's labels and what the results panel says.
    pub search: SearchUi,
    /// The offline page, keeping reports on the device, and the update notice.
    pub offline: OfflineUi,
    /// The footer's lite-mode switch and the pictures it holds back.
    pub lite: LiteUi,
    /// Title of the reports feed (Atom), in the page head and the feed.
    pub feed_title: &'static str,
    /// Name of the language switcher's navigation.
    pub languages: &'static str,
    /// Shown on an item whose translation is missing, above its English text.
    pub not_translated: &'static str,
    /// English, French and Spanish named in this language, in `Lang::ALL` order.
    pub language_names: [&'static str; 3],
    /// Decimal separator and units for file sizes.
    pub decimal_separator: char,
    pub kilobytes: &'static str,
    pub megabytes: &'static str,
}

/// The newsletter form's labels, and what it says in each state.
pub struct FormUi {
    pub email: &'static str,
    pub name: &'static str,
    /// States the purpose of the subscription; the box is never pre-ticked.
    pub consent: &'static str,
    /// The link to `/privacy` beside the consent box.
    pub privacy_link: &'static str,
    /// The honeypot's label, which people never see.
    pub honeypot: &'static str,
    pub subscribe: &'static str,
    pub sending: &'static str,
    pub email_invalid: &'static str,
    pub consent_missing: &'static str,
    pub subscribed: &'static str,
    /// When the service has mailed a link the reader must open.
    pub confirm_inbox: &'static str,
    /// A 4xx, without a full stop: followed by the provider's own words
    /// when it gave any, or by the error code.
    pub refused: &'static str,
    /// Introduces the provider's own message, which is then quoted.
    pub provider_said: &'static str,
    pub server_trouble: &'static str,
    /// "error" as in "(error 500)".
    pub error_code: &'static str,
    pub timeout: &'static str,
    pub offline: &'static str,
    pub unreachable: &'static str,
    /// The sending code (a wasm chunk) could not be fetched.
    pub not_loaded: &'static str,
    pub cors_refused: &'static str,
    pub malformed: &'static str,
    /// Added to every failure: nothing typed is lost.
    pub kept: &'static str,
    /// Shown instead of the form while no service is set up.
    pub closed: &'static str,
    /// Followed by the contact address, when one is set.
    pub contact: &'static str,
    /// Shown instead of the form when `config.json` has a broken
    /// `newsletter`, followed by the problem for the site's team.
    pub misconfigured: &'static str,
}

/// Reading without a connection (see `src/offline`).
pub struct OfflineUi {
    /// The page the service worker shows for a page not saved on the device.
    pub title: &'static str,
    pub body: &'static str,
    /// Introduces the list of pages saved on the device.
    pub readable: &'static str,
    /// Under the reports link: kept reports open too.
    pub kept_reports: &'static str,
    /// The button on a report card, then its state once the file is kept.
    pub keep: &'static str,
    pub kept: &'static str,
    pub remove: &'static str,
    /// Said when keeping fails (no space, no connection).
    pub keep_failed: &'static str,
    /// The code for keeping reports could not be fetched.
    pub unavailable: &'static str,
    /// The notice of a new build, and its button.
    pub update_ready: &'static str,
    pub reload: &'static str,
}

/// Lite mode (see `index.html`): pages as built, no app, pictures on request.
pub struct LiteUi {
    /// The switch's name with its colon, as the language writes it;
    /// followed by its state.
    pub toggle: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    /// What lite mode does, beside the switch.
    pub hint: &'static str,
    /// On a picture held back, under its description.
    pub show_picture: &'static str,
}

/// Search: the field, the page, and each state of the results.
pub struct SearchUi {
    /// The field's label, the page's heading and the narrow-screen button.
    pub label: &'static str,
    /// The page's description in its head.
    pub description: &'static str,
    /// Before anything is typed.
    pub hint: &'static str,
    pub searching: &'static str,
    /// `{q}` is the query.
    pub one_result: &'static str,
    /// `{n}` is the number of results and `{q}` the query.
    pub results: &'static str,
    pub no_results: &'static str,
    /// After "no results": a way on, followed by a link to the themes.
    pub try_browsing: &'static str,
    /// The index could not be loaded, said plainly.
    pub failed: &'static str,
    /// On the search page without JavaScript.
    pub needs_javascript: &'static str,
    /// Name of the results list, and of the links to the lists.
    pub results_label: &'static str,
    pub browse: &'static str,
    /// The kind of each hit: theme, ally, report, other page.
    pub kinds: [&'static str; 4],
}

impl SearchUi {
    /// What the live region says once results are in.
    pub fn count(&self, count: usize, query: &str) -> String {
        let template = match count {
            0 => self.no_results,
            1 => self.one_result,
            _ => self.results,
        };
        template
            .replace("{n}", &count.to_string())
            .replace("{q}", query)
    }
}

impl Ui {
    /// A document's language, named in this language ("Anglais" in French).
    pub fn language_name(&self, code: &str) -> String {
        match Lang::from_code(code) {
            Some(lang) => {
                let i = Lang::ALL
                    .iter()
                    .position(|l| *l == lang)
                    .unwrap_or_default();
                self.language_names[i].to_owned()
            }
            None => code.to_uppercase(),
        }
    }

    /// A file size the way a reader of this language expects it: "25 KB",
    /// "1.2 MB" in English, "1,2 Mo" in French.
    pub fn file_size(&self, bytes: u64) -> String {
        const KB: u64 = 1000;
        // A no-break space keeps the number and its unit on one line.
        if bytes < KB * KB {
            let kb = bytes.div_ceil(KB).max(1);
            format!("{kb}\u{a0}{}", self.kilobytes)
        } else {
            let tenths = (bytes + KB * 50) / (KB * 100);
            let (whole, frac) = (tenths / 10, tenths % 10);
            format!(
                "{whole}{}{frac}\u{a0}{}",
                self.decimal_separator, self.megabytes
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(lang: Lang, bytes: u64) -> String {
        lang.ui().file_size(bytes).replace('\u{a0}', " ")
    }

    #[test]
    fn file_sizes_round_like_a_file_manager() {
        assert_eq!(size(Lang::En, 0), "1 KB");
        assert_eq!(size(Lang::En, 24_001), "25 KB");
        assert_eq!(size(Lang::En, 1_234_567), "1.2 MB");
        assert_eq!(size(Lang::En, 1_000_000), "1.0 MB");
    }

    #[test]
    fn file_sizes_follow_the_language() {
        assert_eq!(size(Lang::Fr, 1_234_567), "1,2 Mo");
        assert_eq!(size(Lang::Fr, 20_121), "21 Ko");
        assert_eq!(size(Lang::Es, 1_234_567), "1,2 MB");
    }

    #[test]
    fn codes_with_regions_are_understood() {
        assert_eq!(Lang::from_code("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn every_language_round_trips_through_its_prefix() {
        for lang in Lang::ALL {
            if let Some(prefix) = lang.prefix() {
                assert_eq!(Lang::from_prefix(prefix), Some(lang));
            }
        }
        assert_eq!(Lang::from_prefix("what-we-do"), None);
    }
}
