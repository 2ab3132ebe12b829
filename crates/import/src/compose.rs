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
            let body = html::paragraphs(&page.content.rendered);
            let summary = match summary {
                Field::Acf(field) => wp::acf_text(&page.acf, field).unwrap_or_default(),
                _ => excerpt(&page.excerpt.rendered),
            };
            let figure = match self.figure(page) {
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
                body,
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
            let mark = match self.image(item) {
                Some((_, image)) => image,
                None => before.map(|a| a.mark.clone()).unwrap_or_default(),
            };
            let mut description = html::text(&item.content.rendered);
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
                summary: texts.summary,
                untranslated: false,
            });
        }
        (reports, origins)
    }

    /// A page's featured image as a figure with its caption.
    fn figure(&mut self, page: &Post) -> Option<Figure> {
        let (media, image) = self.image(page)?;
        let mut caption = html::text(&media.caption.rendered);
        if caption.is_empty() {
            caption = html::text(&media.title.rendered);
        }
        let id = if media.slug.is_empty() {
            format!("media-{}", media.id)
        } else {
            media.slug.clone()
        };
        Some(Figure {
            id,
            image,
            caption,
            untranslated: false,
        })
    }

    /// An item's featured image, downloaded and measured. `None`, with a
    /// warning, when it has none or it cannot be had.
    fn image(&mut self, owner: &Post) -> Option<(Media, Image)> {
        if owner.featured_media == 0 {
            let message = "has no featured image: the site keeps the picture it had".into();
            self.warn(owner.describe(), message, owner.id);
            return None;
        }
        let media = self.media(owner)?;
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

    fn media(&mut self, owner: &Post) -> Option<Media> {
        let id = owner.featured_media;
        if !self.media.contains_key(&id) {
            let found = match self.site.media(id) {
                Ok(media) => Some(media),
                Err(error) => {
                    let message = format!("its featured image could not be read: {error}");
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
    summary: String,
    date: &'a str,
    acf: &'a serde_json::Value,
    lang: &'a Option<String>,
}

impl ReportItem {
    fn texts(&self) -> Option<ReportTexts<'_>> {
        Some(match (&self.post, &self.pdf) {
            (Some(post), _) => ReportTexts {
                title: &post.title.rendered,
                summary: excerpt(&post.excerpt.rendered),
                date: &post.date,
                acf: &post.acf,
                lang: &post.lang,
            },
            (None, Some(pdf)) => {
                let caption = html::text(&pdf.caption.rendered);
                ReportTexts {
                    title: &pdf.title.rendered,
                    summary: if caption.is_empty() {
                        html::text(&pdf.description.rendered)
                    } else {
                        caption
                    },
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
