//! Link-preview images (OpenGraph, Twitter cards): PNG, since previews do
//! not take SVG, drawn from the page's illustration and words with resvg,
//! and a square logo from the favicon for schema.org.
//!
//! Text is set in DejaVu Sans, which ships inside the `dejavu` crate, so the
//! images are the same on every machine, fonts installed or not.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine;
use inspir_site::head::{Card, LOGO_PATH, OG_IMAGE_SIZE, describe};
use inspir_site::routes::{Page, Route};
use resvg::{tiny_skia, usvg};

use crate::BuildError;
use crate::output::Output;
use crate::site::Site;
use inspir_site::markup::escape;

const FONT: &str = "DejaVu Sans";
const TEAL: &str = "#0b5563";
const LIGHT: &str = "#cfe7e5";
const ACCENT: &str = "#e8772e";
/// The logo's size in pixels; search engines want at least 112.
const LOGO_SIZE: u32 = 512;

/// Draws every card that a page's head points to, once each.
pub fn write(site: &Site, routes: &[Route], out: &mut Output) -> Result<(), BuildError> {
    let options = options();
    let mut cards = BTreeMap::new();
    for language in &site.languages {
        let home = Route::new(language.lang, Page::Home);
        for route in routes
            .iter()
            .filter(|r| r.lang == language.lang)
            .chain([&home])
        {
            let card = describe(route, &language.content).card;
            cards.entry(card.path.clone()).or_insert(card);
        }
    }
    for (path, card) in cards {
        let svg = card_svg(&card, &site.dist, &options);
        let png = rasterise(&svg, &options, OG_IMAGE_SIZE)
            .map_err(|e| BuildError::file(site.dist.join(&path), e))?;
        out.write(&path, png)?;
    }
    let favicon = site.dist.join("favicon.svg");
    let svg = std::fs::read_to_string(&favicon).map_err(|source| BuildError::Io {
        path: favicon.clone(),
        source,
    })?;
    let png = rasterise(&svg, &options, (LOGO_SIZE, LOGO_SIZE))
        .map_err(|e| BuildError::file(&favicon, e))?;
    out.write(LOGO_PATH, png)
}

pub(crate) fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: FONT.into(),
        ..usvg::Options::default()
    };
    let fonts = options.fontdb_mut();
    fonts.load_font_data(dejavu::sans::regular().to_vec());
    fonts.load_font_data(dejavu::sans::bold().to_vec());
    options
}

/// Renders `svg` to a PNG of `size`, scaled to fit.
pub(crate) fn rasterise(
    svg: &str,
    options: &usvg::Options,
    size: (u32, u32),
) -> Result<Vec<u8>, String> {
    render(svg, options, size)?
        .encode_png()
        .map_err(|e| e.to_string())
}

/// Draws `svg` on a transparent canvas of `size`, scaled to fit.
pub(crate) fn render(
    svg: &str,
    options: &usvg::Options,
    size: (u32, u32),
) -> Result<tiny_skia::Pixmap, String> {
    let tree = usvg::Tree::from_str(svg, options).map_err(|e| e.to_string())?;
    let mut pixmap = tiny_skia::Pixmap::new(size.0, size.1).ok_or("image size is zero")?;
    let scale = (size.0 as f32 / tree.size().width()).min(size.1 as f32 / tree.size().height());
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// The card as SVG: words on the left, the illustration in a white frame on
/// the right, the site's colours.
fn card_svg(card: &Card, dist: &Path, options: &usvg::Options) -> String {
    let (width, height) = OG_IMAGE_SIZE;
    let drawing = card
        .drawing
        .as_ref()
        .and_then(|image| data_url(&dist.join(&image.src)));
    // Without an illustration the words take the whole width.
    let text_width = if drawing.is_some() { 540.0 } else { 1080.0 };
    let mut heading_size = 64.0;
    let mut heading = wrap(&card.heading, heading_size, true, text_width, options);
    if heading.len() > 3 {
        heading_size = 48.0;
        heading = wrap(&card.heading, heading_size, true, text_width, options);
    }
    heading.truncate(5);
    let sub_size = 30.0;
    let mut subheading = wrap(&card.subheading, sub_size, false, text_width, options);
    subheading.truncate(4);
    let (heading_step, sub_step) = (heading_size * 1.2, sub_size * 1.4);
    let block = heading.len() as f32 * heading_step + 36.0 + subheading.len() as f32 * sub_step;
    let top = (height as f32 - block) / 2.0 + heading_size;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><rect width="{width}" height="{height}" fill="{TEAL}"/><rect x="60" y="{bar}" width="120" height="8" rx="4" fill="{ACCENT}"/>"#,
        bar = top - heading_size - 40.0,
    );
    let mut y = top;
    for line in &heading {
        svg.push_str(&text(line, 60.0, y, heading_size, true, "#ffffff"));
        y += heading_step;
    }
    y += 36.0 - heading_step + sub_step;
    for line in &subheading {
        svg.push_str(&text(line, 60.0, y, sub_size, false, LIGHT));
        y += sub_step;
    }
    if let Some(href) = drawing {
        svg.push_str(&format!(
            r##"<rect x="632" y="151" width="516" height="328" rx="16" fill="#ffffff"/><image x="640" y="159" width="500" height="312" preserveAspectRatio="xMidYMid meet" href="{href}"/>"##
        ));
    }
    svg.push_str("</svg>");
    svg
}

fn text(line: &str, x: f32, y: f32, size: f32, bold: bool, fill: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}" font-family="{FONT}" font-size="{size}" font-weight="{}" fill="{fill}">{}</text>"#,
        if bold { 700 } else { 400 },
        escape(line)
    )
}

/// Splits `text` into lines no wider than `width`, measured with the font
/// itself; a single word wider than the line keeps a line of its own.
fn wrap(text: &str, size: f32, bold: bool, width: f32, options: &usvg::Options) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if measure(&format!("{line} {word}"), size, bold, options) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The width of `text` set in the card's font.
fn measure(text: &str, size: f32, bold: bool, options: &usvg::Options) -> f32 {
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200">{}</svg>"#,
        self::text(text, 0.0, 100.0, size, bold, "#000")
    );
    usvg::Tree::from_str(&svg, options)
        .ok()
        .and_then(|tree| Some(tree.root().abs_bounding_box().width()).filter(|w| *w > 0.0))
        .unwrap_or(size * text.chars().count() as f32)
}

/// The illustration as a `data:` URL, so the card's SVG is self-contained;
/// `None` for an image from another site or of a kind resvg cannot draw.
fn data_url(file: &Path) -> Option<String> {
    let kind = match file.extension()?.to_str()? {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        _ => return None,
    };
    let bytes = std::fs::read(file).ok()?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    Some(format!("data:{kind};base64,{encoded}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_wrap_within_the_width() {
        let options = options();
        let lines = wrap(
            "Human Rights Due Diligence (HRDD) and other long titles",
            64.0,
            true,
            540.0,
            &options,
        );
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(measure(line, 64.0, true, &options) <= 540.0, "{line}");
        }
        assert_eq!(
            lines.join(" "),
            "Human Rights Due Diligence (HRDD) and other long titles"
        );
    }

    #[test]
    fn a_card_is_a_png_of_the_preview_size() {
        let options = options();
        let card = Card {
            path: "x.png".into(),
            heading: "Gender & equality <b>".into(),
            subheading: "INSP!R".into(),
            drawing: None,
        };
        let png = rasterise(
            &card_svg(&card, Path::new("."), &options),
            &options,
            OG_IMAGE_SIZE,
        )
        .expect("renders");
        assert_eq!(&png[1..4], b"PNG");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((width, height), OG_IMAGE_SIZE);
    }
}
