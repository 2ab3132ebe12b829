//! Finding each collection on the site, in every language: the children of
//! a page, the posts of a category, the PDFs of the media library.

use std::collections::BTreeMap;

use crate::client::Client;
use crate::error::{Error, Warning};
use crate::mapping::{Mapping, Multilingual, PerLanguage};
use crate::matching::{Item, Lists, Matched};
use crate::wp::{Category, Media, Post};

pub struct Site<'a> {
    pub client: &'a Client,
    pub mapping: &'a Mapping,
}

impl Site<'_> {
    fn polylang(&self) -> bool {
        self.mapping.multilingual == Multilingual::Polylang
    }

    /// Polylang answers one language at a time; a plain site ignores it.
    fn in_language(&self, lang: &str) -> Vec<(&'static str, String)> {
        if self.polylang() {
            vec![("lang", lang.to_owned())]
        } else {
            Vec::new()
        }
    }

    /// The one item a slug names on a list route, in `lang`.
    fn by_slug<T: serde::de::DeserializeOwned + Item>(
        &self,
        route: &str,
        what: &str,
        slug: &str,
        lang: &str,
    ) -> Result<T, Error> {
        let mut query = self.in_language(lang);
        query.push(("slug", slug.to_owned()));
        let found: Vec<T> = self.client.list(route, &query)?;
        found.into_iter().next().ok_or_else(|| {
            Error::new(format!(
                "no {what} with the slug \"{slug}\" ({lang}) at {}",
                self.client.url(route, &query)
            ))
        })
    }

    /// The page or category `slugs` names in `lang`: its own slug there,
    /// or (Polylang) the translation of the source language's.
    fn named<T: serde::de::DeserializeOwned + Item>(
        &self,
        route: &str,
        what: &str,
        slugs: &PerLanguage,
        lang: &str,
    ) -> Result<Option<T>, Error> {
        let source = self.mapping.source_language();
        match (slugs, self.polylang()) {
            (PerLanguage::Each(each), _) if each.contains_key(lang) => {
                self.by_slug(route, what, &each[lang], lang).map(Some)
            }
            (_, true) => {
                let slug = slugs.get(source).unwrap_or_default();
                let original: T = self.by_slug(route, what, slug, source)?;
                if lang == source {
                    return Ok(Some(original));
                }
                match original.translations().get(lang) {
                    Some(id) => self.client.one(&format!("{route}/{id}")).map(Some),
                    None => Ok(None),
                }
            }
            (_, false) => Ok(None),
        }
    }

    /// Child pages of the page `parent` names, in `menu_order`, per language.
    pub fn children(&self, parent: &PerLanguage) -> Result<Lists<'_, Post>, Error> {
        self.per_language(|lang| {
            let Some(page) = self.named::<Post>("/wp/v2/pages", "page", parent, lang)? else {
                return Ok(Vec::new());
            };
            let mut query = self.in_language(lang);
            query.extend([
                ("parent", page.id.to_string()),
                ("orderby", "menu_order".into()),
                ("order", "asc".into()),
            ]);
            let mut pages: Vec<Post> = self.client.list("/wp/v2/pages", &query)?;
            pages.sort_by_key(|p| (p.menu_order, p.id));
            Ok(pages)
        })
    }

    /// Posts of the category `category` names, newest first, per language.
    pub fn posts_in(&self, category: &PerLanguage) -> Result<Lists<'_, Post>, Error> {
        self.per_language(|lang| {
            let Some(found) =
                self.named::<Category>("/wp/v2/categories", "category", category, lang)?
            else {
                return Ok(Vec::new());
            };
            let mut query = self.in_language(lang);
            query.push(("categories", found.id.to_string()));
            self.client.list("/wp/v2/posts", &query)
        })
    }

    /// PDF media items, all or those attached to `parent`'s page, per language.
    pub fn pdfs(&self, parent: Option<&PerLanguage>) -> Result<Lists<'_, Media>, Error> {
        self.per_language(|lang| {
            let mut query = self.in_language(lang);
            query.push(("mime_type", "application/pdf".into()));
            if let Some(parent) = parent {
                match self.named::<Post>("/wp/v2/pages", "page", parent, lang)? {
                    Some(page) => query.push(("parent", page.id.to_string())),
                    None => return Ok(Vec::new()),
                }
            }
            self.client.list("/wp/v2/media", &query)
        })
    }

    /// The PDF attached to a post, if any.
    pub fn attached_pdf(&self, post: &Post) -> Result<Option<Media>, Error> {
        let query = [
            ("parent", post.id.to_string()),
            ("mime_type", "application/pdf".into()),
        ];
        Ok(self
            .client
            .list::<Media>("/wp/v2/media", &query)?
            .into_iter()
            .next())
    }

    pub fn media(&self, id: u64) -> Result<Media, Error> {
        self.client.one(&format!("/wp/v2/media/{id}"))
    }

    fn per_language<T>(
        &self,
        list: impl Fn(&str) -> Result<Vec<T>, Error>,
    ) -> Result<Lists<'_, T>, Error> {
        let mut lists = BTreeMap::new();
        for lang in &self.mapping.languages {
            lists.insert(lang.clone(), list(lang)?);
        }
        Ok(Lists {
            languages: &self.mapping.languages,
            lists,
        })
    }

    /// Matches a collection across languages the way the site holds them.
    pub fn matched<T: Item>(&self, lists: &Lists<'_, T>) -> (Vec<Matched<T>>, Vec<Warning>) {
        let edit = |id| self.client.edit_link(id);
        if self.polylang() {
            lists.by_translations(&edit)
        } else {
            lists.by_position(&edit)
        }
    }
}
