//! WordPress items into the content model, one language at a time. Where an
//! item lacks something the site can do without (alt text, a picture that
//! would not download), the import says so and carries on; what the site
//! cannot do without is left for the validator to refuse, by item.

use std::collections::BTreeMap;

use inspir_content::{Ally, Bundle, Figure, Image, Report, Theme};

use crate::error::Warning;
use crate::fetch::Site;
use crate::html;
use crate::mapping::{self, Field};
use crate::matching::Matched;
use crate::shapes::{self, Body, Picture};
use crate::staging::Staging;
use crate::wp::{self, Media, Post};

/// Which WordPress item a bundle entry came from, so a problem the
/// validator finds at `themes[3]` names the page to fix.
#[derive(Debug, Clone)]
pub struct Origin {
    /// e.g. `themes[3]`.
    pub path: String,
    pub item: String,
    pub edit: String,
}

/// A report's WordPress side: a PDF, and the post that presents it (when
/// reports are posts).
#[derive(Debug, Clone)]
pub struct ReportItem {
    pub pdf: Option<Media>,
    pub post: Option<Post>,
}

pub struct Composer<'a> {
    site: &'a Site<'a>,
    pub staging: Staging,
    media: BTreeMap<u64, Option<Media>>,
    pub warnings: Vec<Warning>,
}

impl<'a> Composer<'a> {
    pub fn new(site: &'a Site<'a>, staging: Staging) -> Self {
        Self {
            site,
            staging,
            media: BTreeMap::new(),
            warnings: Vec::new(),
        }
    }

    fn warn(&mut self, item: String, message: String, id: u64) {
        let edit = Some(self.site.client.edit_link(id));
        self.warnings.push(Warning {
            item,
            message,
            edit,
        });
    }

    fn origin(&self, path: String, item: String, id: u64) -> Origin {
        Origin {
            path,
            item,
            edit: self.site.client.edit_link(id),
        }
    }

    /// The themes in `lang`, with the figures they use.
    pub fn themes(
        &mut self,
        matched: &[Matched<Post>],
        lang: &str,
        existing: &Bundle,
        summary: &Field,
    ) -> (Vec<Theme>, Vec<Figure>, Vec<Origin>) {
        let (mut themes, mut figures, mut origins) = (Vec::new(), Vec::<Figure>::new(), Vec::new());
        for m in matched {
            let Some(page) = m.versions.get(lang) else {
                continue;
            };
            let body = self.read(&page.content.rendered, page.describe(), page.id);
            let summary = match summary {
                Field::Acf(field) => wp::acf_text(&page.acf, field).unwrap_or_default(),
                _ => excerpt(&page.excerpt.rendered),
            };
            let figure = match self.figure(page, &m.slug, &body.pictures) {
                Some(figure) => Some(figure),
                None => kept_figure(existing, &m.slug),
            };
            let figure_id = figure.as_ref().map(|f| f.id.clone()).unwrap_or_default();
            if let Some(figure) = figure.filter(|f| figures.iter().all(|known| known.id != f.id)) {
                figures.push(figure);
            }
            origins.push(self.origin(
                format!("themes[{}]", themes.len()),
                page.describe(),
                page.id,
            ));
            themes.push(Theme {
                slug: m.slug.clone(),
                title: html::text(&page.title.rendered),
                summary,
                body: body.paragraphs,
                figure: figure_id,
                untranslated: false,
            });
        }
        (themes, figures, origins)
    }

    /// The allies in `lang`.
    pub fn allies(
        &mut self,
        matched: &[Matched<Post>],
        lang: &str,
        existing: &Bundle,
        url: &Field,
    ) -> (Vec<Ally>, Vec<Origin>) {
        let (mut allies, mut origins) = (Vec::new(), Vec::new());
        for m in matched {
            let Some(item) = m.versions.get(lang) else {
                continue;
            };
            let before = existing.allies.iter().find(|a| a.slug == m.slug);
            let found = match url {
                Field::Acf(field) => wp::acf_text(&item.acf, field),
                _ => html::first_link(&item.content.rendered),
            };
            let url = match (found, before) {
                (Some(url), _) => url,
                (None, before) => {
                    self.warn(
                        item.describe(),
                        "has no link to the ally's own site".into(),
                        item.id,
                    );
                    before.map(|a| a.url.clone()).unwrap_or_default()
                }
            };
            let body = self.read(&item.content.rendered, item.describe(), item.id);
            let (shown, _) = self.shown(item, &body.pictures);
            let because = "an ally shows one picture, its mark (the featured image)";
            self.unshown(item, &body.pictures, shown, because);
            let mark = match shown.and_then(|media| self.image(item, media)) {
                Some((_, image)) => image,
                None => before.map(|a| a.mark.clone()).unwrap_or_default(),
            };
            let mut description = body.paragraphs.join(" ");
            if description.is_empty() {
                description = excerpt(&item.excerpt.rendered);
            }
            origins.push(self.origin(
                format!("allies[{}]", allies.len()),
                item.describe(),
                item.id,
            ));
            allies.push(Ally {
                slug: m.slug.clone(),
                name: html::text(&item.title.rendered),
                description,
                url,
                mark,
                untranslated: false,
            });
        }
        (allies, origins)
    }

    /// The reports in `lang`, their PDFs downloaded.
    pub fn reports(
        &mut self,
        matched: &[Matched<ReportItem>],
        lang: &str,
        existing: &Bundle,
        mapping: &mapping::Reports,
    ) -> (Vec<Report>, Vec<Origin>) {
        let (mut reports, mut origins) = (Vec::new(), Vec::new());
        for m in matched {
            let Some(item) = m.versions.get(lang) else {
                continue;
            };
            let (id, describe) = item.who();
            let Some(texts) = item.texts() else { continue };
            let summary = match texts.summary {
                Summary::Excerpt(html) => excerpt(html),
                Summary::Text(html) => {
                    let body = self.read(html, describe.clone(), id);
                    for picture in &body.pictures {
                        let message = format!(
                            "its description holds a picture (\"{}\"), which the site does not show: \
                             a report shows no picture",
                            picture.name()
                        );
                        self.warn(describe.clone(), message, id);
                    }
                    body.paragraphs.join(" ")
                }
            };
            let before = existing.reports.iter().find(|r| r.slug == m.slug);
            let file = match &item.pdf {
                Some(pdf) => self
                    .staging
                    .fetch(self.site.client, &pdf.source_url, "reports")
                    .map_err(|e| format!("its PDF could not be downloaded ({e})")),
                None => Err("has no PDF attached".into()),
            };
            let (file, size_bytes) = match (file, before) {
                (Ok(file), _) => (file.site_path, file.bytes.len() as u64),
                (Err(why), Some(before)) => {
                    self.warn(
                        describe.clone(),
                        format!("{why}: the site keeps the file it had"),
                        id,
                    );
                    (before.file.clone(), before.size_bytes)
                }
                (Err(why), None) => {
                    self.warn(describe, format!("{why}: the report is left out"), id);
                    continue;
                }
            };
            let year = match &mapping.year {
                Field::Acf(field) => wp::acf_text(texts.acf, field).and_then(|y| y.parse().ok()),
                _ => wp::year_of(texts.date),
            };
            let language = mapping
                .language
                .as_ref()
                .and_then(|field| match field {
                    Field::Acf(name) => wp::acf_text(texts.acf, name),
                    _ => None,
                })
                .or_else(|| texts.lang.clone())
                .unwrap_or_else(|| mapping.default_language.clone());
            origins.push(self.origin(format!("reports[{}]", reports.len()), describe, id));
            reports.push(Report {
                slug: m.slug.clone(),
                title: html::text(texts.title),
                year: year.unwrap_or_default(),
                language,
                format: "PDF".into(),
                file,
                size_bytes,
                summary,
                untranslated: false,
            });
        }
        (reports, origins)
    }

    /// An item's text, read shape by shape: what the site cannot show is
    /// named in a warning, with where to edit it.
    fn read(&mut self, html: &str, item: String, id: u64) -> Body {
        let body = shapes::read(html);
        for what in &body.left_out {
            let message =
                format!("its text holds {what}, which the site cannot show: it is left out");
            self.warn(item.clone(), message, id);
        }
        body
    }

    /// The media item that is an item's one picture: its featured image,
    /// else the first picture in its text that is in the media library.
    /// `None`, with a warning, when it has neither. Also the caption
    /// written with that picture in the text, if any.
    fn shown(&mut self, owner: &Post, pictures: &[Picture]) -> (Option<u64>, String) {
        if owner.featured_media != 0 {
            return (Some(owner.featured_media), String::new());
        }
        if let Some((media, picture)) = pictures.iter().find_map(|p| Some((p.media?, p))) {
            return (Some(media), picture.caption.clone());
        }
        let message = "has no featured image: the site keeps the picture it had".into();
        self.warn(owner.describe(), message, owner.id);
        (None, String::new())
    }

    /// A warning for each picture in an item's text that is not the one
    /// `shown`: the content model holds one picture per item.
    fn unshown(&mut self, owner: &Post, pictures: &[Picture], shown: Option<u64>, because: &str) {
        // The one shown, wherever it also stands in the text, is shown.
        for picture in pictures
            .iter()
            .filter(|p| p.media.is_none() || p.media != shown)
        {
            let message = format!(
                "its text holds a picture (\"{}\"), which the site does not show: {because}",
                picture.name()
            );
            self.warn(owner.describe(), message, owner.id);
        }
    }

    /// A theme's one picture as a figure with its caption: the one written
    /// with it in the page, else the media library's. A picture from the
    /// page's text is that theme's own figure, so another theme showing
    /// the same picture keeps its caption.
    fn figure(&mut self, page: &Post, theme: &str, pictures: &[Picture]) -> Option<Figure> {
        let (shown, written) = self.shown(page, pictures);
        let because = "a theme shows one picture, its featured image";
        self.unshown(page, pictures, shown, because);
        let (media, image) = self.image(page, shown?)?;
        let library = [&media.caption.rendered, &media.title.rendered]
            .into_iter()
            .map(|h| html::text(h))
            .find(|t| !t.is_empty())
            .unwrap_or_default();
        let mut id = if media.slug.is_empty() {
            format!("media-{}", media.id)
        } else {
            media.slug.clone()
        };
        if page.featured_media == 0 {
            // A picture from the page's text may carry a caption of its
            // own: that figure is this theme's, in every language alike.
            id = format!("{id}-{theme}");
        }
        Some(Figure {
            id,
            image,
            caption: if written.is_empty() { library } else { written },
            untranslated: false,
        })
    }

    /// An item's picture, downloaded and measured. `None`, with a
    /// warning, when it cannot be had.
    fn image(&mut self, owner: &Post, id: u64) -> Option<(Media, Image)> {
        let media = self.media(owner, id)?;
        let file = match self
            .staging
            .fetch(self.site.client, &media.source_url, "images/wp")
        {
            Ok(file) => file,
            Err(error) => {
                let message = format!(
                    "its file could not be downloaded ({error}): the site keeps the picture it had"
                );
                self.warn(media.describe(), message, media.id);
                return None;
            }
        };
        let (width, height) = match imagesize::blob_size(&file.bytes) {
            Ok(size) => (size.width as u32, size.height as u32),
            Err(_) => (media.media_details.width, media.media_details.height),
        };
        let mut alt = media.alt_text.trim().to_owned();
        if alt.is_empty() {
            let message = "has no alternative text: its caption or title stands in; write one in the media library";
            self.warn(media.describe(), message.into(), media.id);
            alt = [&media.caption.rendered, &media.title.rendered]
                .into_iter()
                .map(|h| html::text(h))
                .find(|t| !t.is_empty())
                .unwrap_or_default();
        }
        let image = Image {
            src: file.site_path,
            alt,
            width,
            height,
        };
        Some((media, image))
    }

    fn media(&mut self, owner: &Post, id: u64) -> Option<Media> {
        if !self.media.contains_key(&id) {
            let found = match self.site.media(id) {
                Ok(media) => Some(media),
                Err(error) => {
                    let message = format!("its picture could not be read: {error}");
                    self.warn(owner.describe(), message, owner.id);
                    None
                }
            };
            self.media.insert(id, found);
        }
        self.media[&id].clone()
    }
}

/// What a report's texts are read from: its post, else its PDF.
struct ReportTexts<'a> {
    title: &'a str,
    summary: Summary<'a>,
    date: &'a str,
    acf: &'a serde_json::Value,
    lang: &'a Option<String>,
}

/// A report's summary: a post's excerpt, or a PDF's caption or description
/// (without the link to the file WordPress puts above a description).
enum Summary<'a> {
    Excerpt(&'a str),
    Text(&'a str),
}

impl ReportItem {
    fn texts(&self) -> Option<ReportTexts<'_>> {
        Some(match (&self.post, &self.pdf) {
            (Some(post), _) => ReportTexts {
                title: &post.title.rendered,
                summary: Summary::Excerpt(&post.excerpt.rendered),
                date: &post.date,
                acf: &post.acf,
                lang: &post.lang,
            },
            (None, Some(pdf)) => {
                let (caption, description) = (&pdf.caption.rendered, &pdf.description.rendered);
                let written =
                    !html::text(caption).is_empty() && !html::is_excerpt_of(caption, description);
                ReportTexts {
                    title: &pdf.title.rendered,
                    summary: Summary::Text(if written { caption } else { description }),
                    date: &pdf.date,
                    acf: &pdf.acf,
                    lang: &pdf.lang,
                }
            }
            (None, None) => return None,
        })
    }

    /// The id and name an editor knows the report by.
    fn who(&self) -> (u64, String) {
        match (&self.post, &self.pdf) {
            (Some(post), _) => (post.id, post.describe()),
            (None, Some(pdf)) => (pdf.id, pdf.describe()),
            (None, None) => (0, "report".into()),
        }
    }
}

/// The figure a theme had before, so a picture that cannot be had now does
/// not take the theme's illustration away.
fn kept_figure(existing: &Bundle, slug: &str) -> Option<Figure> {
    let theme = existing.theme(slug)?;
    existing.figure(&theme.figure).cloned()
}

/// An excerpt's text without WordPress's "[…]" for a cut.
fn excerpt(html: &str) -> String {
    let text = html::text(html);
    text.trim_end_matches("[…]").trim_end().to_owned()
}
