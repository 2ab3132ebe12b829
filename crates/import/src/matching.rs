//! Matching one item across languages, so a theme keeps the same slug (and
//! address) in every bundle: by Polylang's `translations`, or, on a site
//! without a multilingual plugin, by its place in each language's list.

use std::collections::BTreeMap;

use crate::error::Warning;
use crate::wp::{Category, Media, Post};

/// One item in each language it exists in, named by the source-language
/// version's slug.
#[derive(Debug, Clone)]
pub struct Matched<T> {
    pub slug: String,
    pub versions: BTreeMap<String, T>,
}

/// What matching needs of a page, post or media item.
pub trait Item: Clone {
    fn id(&self) -> u64;
    fn slug(&self) -> &str;
    fn translations(&self) -> &BTreeMap<String, u64>;
    fn describe(&self) -> String;
}

/// `Item` for a REST type with `id`, `slug` and `translations` fields.
macro_rules! item {
    ($type:ty, $describe:expr) => {
        impl Item for $type {
            fn id(&self) -> u64 {
                self.id
            }
            fn slug(&self) -> &str {
                &self.slug
            }
            fn translations(&self) -> &BTreeMap<String, u64> {
                &self.translations
            }
            fn describe(&self) -> String {
                $describe(self)
            }
        }
    };
}

item!(Post, Post::describe);
item!(Media, Media::describe);
item!(Category, |c: &Category| crate::wp::describe(
    "category", c.id, &c.name
));

/// The lists of one kind of item, one per language, the source first.
pub struct Lists<'a, T> {
    pub languages: &'a [String],
    pub lists: BTreeMap<String, Vec<T>>,
}

impl<T: Item> Lists<'_, T> {
    fn source(&self) -> &[T] {
        self.lists
            .get(&self.languages[0])
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    fn others(&self) -> impl Iterator<Item = (&String, &[T])> {
        self.languages[1..].iter().map(|lang| {
            let list = self.lists.get(lang).map(Vec::as_slice).unwrap_or_default();
            (lang, list)
        })
    }

    /// Polylang: each source item names its translations' ids.
    pub fn by_translations(&self, edit: &dyn Fn(u64) -> String) -> (Vec<Matched<T>>, Vec<Warning>) {
        self.matched_by(edit, |_, source, list| {
            let id = source.translations().get(list.0)?;
            list.1.iter().find(|item| item.id() == *id)
        })
    }

    /// No plugin: the nth item of each language's list is one item.
    pub fn by_position(&self, edit: &dyn Fn(u64) -> String) -> (Vec<Matched<T>>, Vec<Warning>) {
        self.matched_by(edit, |i, _, list| list.1.get(i))
    }

    /// Each source item with the version `find` picks from each other
    /// language's list (given the source item's place and the item); a
    /// warning for each version missing, and for each item left over.
    fn matched_by<'s>(
        &'s self,
        edit: &dyn Fn(u64) -> String,
        find: impl Fn(usize, &T, (&str, &'s [T])) -> Option<&'s T>,
    ) -> (Vec<Matched<T>>, Vec<Warning>) {
        let source_lang = &self.languages[0];
        let mut warnings = Vec::new();
        let mut matched: Vec<Matched<T>> = self
            .source()
            .iter()
            .map(|item| matched_from(source_lang, item))
            .collect();
        for (lang, list) in self.others() {
            for (i, m) in matched.iter_mut().enumerate() {
                let source = &m.versions[source_lang];
                match find(i, source, (lang, list)) {
                    Some(item) => {
                        m.versions.insert(lang.clone(), item.clone());
                    }
                    None => warnings.push(no_version(source, lang, source_lang, edit)),
                }
            }
            for item in list {
                let claimed = matched
                    .iter()
                    .any(|m| m.versions.get(lang).is_some_and(|v| v.id() == item.id()));
                if !claimed {
                    warnings.push(no_source(item, lang, source_lang, edit));
                }
            }
        }
        (matched, warnings)
    }
}

fn matched_from<T: Item>(lang: &str, item: &T) -> Matched<T> {
    Matched {
        slug: item.slug().to_owned(),
        versions: BTreeMap::from([(lang.to_owned(), item.clone())]),
    }
}

fn no_version<T: Item>(
    source: &T,
    lang: &str,
    shown_in: &str,
    edit: &dyn Fn(u64) -> String,
) -> Warning {
    Warning {
        item: source.describe(),
        message: format!(
            "has no \"{lang}\" version: the \"{lang}\" site shows it in \"{shown_in}\""
        ),
        edit: Some(edit(source.id())),
    }
}

fn no_source<T: Item>(item: &T, lang: &str, source: &str, edit: &dyn Fn(u64) -> String) -> Warning {
    Warning {
        item: format!("{} ({lang})", item.describe()),
        message: format!("matches no \"{source}\" item, so it was not imported"),
        edit: Some(edit(item.id())),
    }
}
