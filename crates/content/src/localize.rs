//! A translation with its gaps filled from English.
//!
//! Visitors never get a blank where a translation is missing: the English
//! item stands in, marked `untranslated` so the page says so. The validator
//! uses the same pass to warn editors, so the two always agree.

use crate::model::{Ally, Bundle, Figure, Image, Report, Theme};
use crate::validate::Problem;

/// Copies each empty text field from `$english`, and says whether any was.
macro_rules! fill_texts {
    ($target:expr, $english:expr, $($field:ident),+ $(,)?) => {{
        let mut filled = Vec::new();
        $(
            if $target.$field.trim().is_empty() && !$english.$field.trim().is_empty() {
                $target.$field = $english.$field.clone();
                filled.push(stringify!($field));
            }
        )+
        filled
    }};
}

/// The result of [`fill_from_english`].
pub struct Localized {
    /// The translation, complete, with `untranslated` set where English stands in.
    pub bundle: Bundle,
    /// One warning per item that is not (fully) translated, naming the item
    /// (`themes/advocacy`) and its fields.
    pub missing: Vec<Problem>,
}

/// Completes `translation` with `english`. Items are matched by slug (id for
/// figures) and keep the English order; items only in the translation stay,
/// at the end.
pub fn fill_from_english(mut translation: Bundle, english: &Bundle) -> Localized {
    let mut missing = Vec::new();
    let mut note = |name: String, fields: Vec<&str>, untranslated: &mut bool| {
        if !fields.is_empty() {
            *untranslated = true;
            missing.push(Problem {
                path: name,
                message: format!("{} not translated; English is shown", fields.join(", ")),
            });
        }
    };
    let (t, e) = (&mut translation, english);
    let f = fill_texts!(t.site, e.site, tagline, description);
    note("site".into(), f, &mut t.site.untranslated);
    let f = fill_texts!(t.home, e.home, title, objective, members, themes_intro);
    note("home".into(), f, &mut t.home.untranslated);
    for (name, section, english) in [
        ("themes_page", &mut t.themes_page, &e.themes_page),
        ("allies_page", &mut t.allies_page, &e.allies_page),
        ("reports_page", &mut t.reports_page, &e.reports_page),
    ] {
        let f = fill_texts!(section, english, title, intro);
        note(name.into(), f, &mut section.untranslated);
    }
    let f = fill_texts!(t.newsletter, e.newsletter, title, call, intro, privacy);
    note("newsletter".into(), f, &mut t.newsletter.untranslated);
    let mut f = fill_texts!(t.privacy, e.privacy, title, intro);
    if t.privacy.sections.is_empty() && !e.privacy.sections.is_empty() {
        t.privacy.sections = e.privacy.sections.clone();
        f.push("sections");
    }
    note("privacy".into(), f, &mut t.privacy.untranslated);
    let f = fill_texts!(t.quote, e.quote, text, author);
    note("quote".into(), f, &mut t.quote.untranslated);

    t.themes = merge_list(&mut t.themes, &e.themes, &mut note);
    t.figures = merge_list(&mut t.figures, &e.figures, &mut note);
    t.allies = merge_list(&mut t.allies, &e.allies, &mut note);
    t.reports = merge_list(&mut t.reports, &e.reports, &mut note);
    Localized {
        bundle: translation,
        missing,
    }
}

/// An entry of one of the bundle's lists, as the merge needs it.
trait Item: Clone {
    /// The list's name in warnings, e.g. `themes`.
    const LIST: &'static str;
    /// What matches an item across languages: its slug, or a figure's id.
    fn key(&self) -> &str;
    fn untranslated(&mut self) -> &mut bool;
    /// Takes each empty field from `english`; returns the fields taken.
    fn fill_from(&mut self, english: &Self) -> Vec<&'static str>;
}

/// English order, translated items where they exist, English ones elsewhere.
fn merge_list<T: Item>(
    translated: &mut Vec<T>,
    english: &[T],
    note: &mut impl FnMut(String, Vec<&str>, &mut bool),
) -> Vec<T> {
    let mut rest = std::mem::take(translated);
    let mut merged = Vec::with_capacity(english.len().max(rest.len()));
    for en in english {
        let name = format!("{}/{}", T::LIST, en.key());
        let item = match rest.iter().position(|t| t.key() == en.key()) {
            Some(i) => {
                let mut item = rest.remove(i);
                let fields = item.fill_from(en);
                note(name, fields, item.untranslated());
                item
            }
            None => {
                let mut item = en.clone();
                note(name, vec!["whole item"], item.untranslated());
                item
            }
        };
        merged.push(item);
    }
    merged.extend(rest);
    merged
}

impl Item for Theme {
    const LIST: &'static str = "themes";
    fn key(&self) -> &str {
        &self.slug
    }
    fn untranslated(&mut self) -> &mut bool {
        &mut self.untranslated
    }
    fn fill_from(&mut self, e: &Self) -> Vec<&'static str> {
        let mut filled = fill_texts!(self, e, title, summary, figure);
        if self.body.iter().all(|p| p.trim().is_empty()) && !e.body.is_empty() {
            self.body = e.body.clone();
            filled.push("body");
        }
        filled
    }
}

impl Item for Figure {
    const LIST: &'static str = "figures";
    fn key(&self) -> &str {
        &self.id
    }
    fn untranslated(&mut self) -> &mut bool {
        &mut self.untranslated
    }
    fn fill_from(&mut self, e: &Self) -> Vec<&'static str> {
        let mut filled = fill_texts!(self, e, caption);
        filled.extend(fill_image(&mut self.image, &e.image));
        filled
    }
}

impl Item for Ally {
    const LIST: &'static str = "allies";
    fn key(&self) -> &str {
        &self.slug
    }
    fn untranslated(&mut self) -> &mut bool {
        &mut self.untranslated
    }
    fn fill_from(&mut self, e: &Self) -> Vec<&'static str> {
        let mut filled = fill_texts!(self, e, name, description, url);
        filled.extend(fill_image(&mut self.mark, &e.mark));
        filled
    }
}

impl Item for Report {
    const LIST: &'static str = "reports";
    fn key(&self) -> &str {
        &self.slug
    }
    fn untranslated(&mut self) -> &mut bool {
        &mut self.untranslated
    }
    fn fill_from(&mut self, e: &Self) -> Vec<&'static str> {
        let filled = fill_texts!(self, e, title, summary, language, format, file);
        if self.year == 0 {
            self.year = e.year;
        }
        if self.size_bytes == 0 {
            self.size_bytes = e.size_bytes;
        }
        filled
    }
}

/// An image's alt text is translated; its file and size may simply be shared.
fn fill_image(t: &mut Image, e: &Image) -> Vec<&'static str> {
    if t.src.trim().is_empty() {
        t.src = e.src.clone();
        t.width = e.width;
        t.height = e.height;
    }
    fill_texts!(t, e, alt).into_iter().map(|_| "alt").collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Bundle {
        let mut b = Bundle::default();
        b.home.title = "Home".into();
        b.quote.text = "Quote".into();
        b.quote.author = "Author".into();
        for slug in ["one", "two"] {
            b.themes.push(Theme {
                slug: slug.into(),
                title: format!("Title {slug}"),
                summary: format!("Summary {slug}"),
                body: vec![format!("Body {slug}")],
                figure: "fig".into(),
                ..Theme::default()
            });
        }
        b
    }

    fn lines(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_complete_translation_is_left_alone() {
        let mut fr = english();
        fr.home.title = "Accueil".into();
        let localized = fill_from_english(fr.clone(), &english());
        assert_eq!(localized.missing, vec![]);
        assert_eq!(localized.bundle, fr);
    }

    #[test]
    fn a_missing_item_is_taken_from_english_and_marked() {
        let mut fr = english();
        fr.themes.remove(0);
        let localized = fill_from_english(fr, &english());
        assert_eq!(
            lines(&localized.missing),
            ["themes/one: whole item not translated; English is shown"]
        );
        let one = &localized.bundle.themes[0];
        assert_eq!((one.slug.as_str(), one.untranslated), ("one", true));
        assert!(!localized.bundle.themes[1].untranslated);
    }

    #[test]
    fn an_empty_field_is_taken_from_english_and_named() {
        let mut fr = english();
        fr.themes[1].summary.clear();
        fr.quote.author.clear();
        let localized = fill_from_english(fr, &english());
        assert_eq!(
            lines(&localized.missing),
            [
                "quote: author not translated; English is shown",
                "themes/two: summary not translated; English is shown"
            ]
        );
        assert_eq!(localized.bundle.themes[1].summary, "Summary two");
        assert!(localized.bundle.quote.untranslated);
    }

    #[test]
    fn the_english_order_wins_and_extra_items_stay() {
        let mut fr = english();
        fr.themes.reverse();
        fr.themes.push(Theme {
            slug: "only-fr".into(),
            ..fr.themes[0].clone()
        });
        let slugs: Vec<String> = fill_from_english(fr, &english())
            .bundle
            .themes
            .into_iter()
            .map(|t| t.slug)
            .collect();
        assert_eq!(slugs, ["one", "two", "only-fr"]);
    }
}
