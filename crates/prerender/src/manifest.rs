//! What makes the site installable to a phone's home screen: PNG icons
//! drawn from the favicon, and a web app manifest per language (its name,
//! description and start page in that language). Android reads the
//! manifest; iOS reads `apple-touch-icon`.

use inspir_site::head::{APPLE_TOUCH_ICON, manifest_path};
use inspir_site::routes::{Page, Route};
use resvg::tiny_skia;
use serde_json::json;

use crate::BuildError;
use crate::og_image::{options, rasterise, render};
use crate::output::Output;
use crate::site::Site;

/// The site's colours, as `index.html`'s theme-color and the CSS's paper.
const TEAL: [u8; 3] = [0x0b, 0x55, 0x63];
const THEME_COLOR: &str = "#0b5563";
const BACKGROUND_COLOR: &str = "#ffffff";

/// One home-screen icon. A maskable one fills its square, since launchers
/// crop it to their own shape: the mark sits inside the middle 80%.
pub struct Icon {
    pub path: &'static str,
    pub size: u32,
    pub maskable: bool,
}

/// The sizes Android asks for (192 and 512), a maskable one, and iOS's.
pub const ICONS: [Icon; 4] = [
    Icon {
        path: "images/icons/icon-192.png",
        size: 192,
        maskable: false,
    },
    Icon {
        path: "images/icons/icon-512.png",
        size: 512,
        maskable: false,
    },
    Icon {
        path: "images/icons/icon-maskable-512.png",
        size: 512,
        maskable: true,
    },
    Icon {
        path: APPLE_TOUCH_ICON,
        size: 180,
        maskable: true,
    },
];

pub fn write(site: &Site, out: &mut Output) -> Result<(), BuildError> {
    let favicon = site.dist.join("favicon.svg");
    let svg = std::fs::read_to_string(&favicon).map_err(|source| BuildError::Io {
        path: favicon.clone(),
        source,
    })?;
    for icon in &ICONS {
        let png = draw(&svg, icon).map_err(|e| BuildError::file(&favicon, e))?;
        out.write(icon.path, png)?;
    }
    for language in &site.languages {
        let home = site.base.href(&Route::new(language.lang, Page::Home));
        let icons: Vec<_> = ICONS[..3]
            .iter()
            .map(|icon| {
                json!({
                    "src": site.base.file(icon.path),
                    "sizes": format!("{0}x{0}", icon.size),
                    "type": "image/png",
                    "purpose": if icon.maskable { "maskable" } else { "any" },
                })
            })
            .collect();
        let name = language.lang.ui().site_name;
        let manifest = json!({
            "id": home,
            "name": name,
            "short_name": name,
            "description": language.content.site.description,
            "lang": language.lang.code(),
            "dir": "ltr",
            "start_url": home,
            "scope": site.base.file(""),
            "display": "standalone",
            "background_color": BACKGROUND_COLOR,
            "theme_color": THEME_COLOR,
            "icons": icons,
        });
        let text = serde_json::to_string_pretty(&manifest).expect("a manifest serialises");
        out.write(&manifest_path(language.lang), text + "\n")?;
    }
    Ok(())
}

/// The favicon at the icon's size; a maskable one on a full teal square.
fn draw(svg: &str, icon: &Icon) -> Result<Vec<u8>, String> {
    let options = options();
    if !icon.maskable {
        return rasterise(svg, &options, (icon.size, icon.size));
    }
    let inner = icon.size * 7 / 10;
    let mark = render(svg, &options, (inner, inner))?;
    let mut square = tiny_skia::Pixmap::new(icon.size, icon.size).ok_or("image size is zero")?;
    let [r, g, b] = TEAL;
    square.fill(tiny_skia::Color::from_rgba8(r, g, b, 0xff));
    let offset = ((icon.size - inner) / 2) as i32;
    square.draw_pixmap(
        offset,
        offset,
        mark.as_ref(),
        &tiny_skia::PixmapPaint::default(),
        tiny_skia::Transform::identity(),
        None,
    );
    square.encode_png().map_err(|e| e.to_string())
}
