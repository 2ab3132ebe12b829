//! `sitemap.xml`, every page in every language with its alternates, and the
//! `robots.txt` that points crawlers to it.

use inspir_site::i18n::Lang;
use inspir_site::routes::Route;

use crate::BuildError;
use crate::output::Output;
use crate::site::Site;
use inspir_site::markup::escape;

pub const SITEMAP: &str = "sitemap.xml";

pub fn write(site: &Site, routes: &[Route], out: &mut Output) -> Result<(), BuildError> {
    out.write(SITEMAP, sitemap(site, routes))?;
    out.write("robots.txt", robots(site))
}

fn sitemap(site: &Site, routes: &[Route]) -> String {
    let url = |route: &Route| escape(&format!("{}{}", site.origin, site.base.href(route)));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in routes.iter().filter(|r| r.page.listed()) {
        xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", url(route)));
        let alternates = Lang::ALL
            .into_iter()
            .map(|lang| (lang.code(), lang))
            .chain([("x-default", Lang::En)]);
        for (hreflang, lang) in alternates {
            let alternate = Route::new(lang, route.page.clone());
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\"/>\n",
                url(&alternate)
            ));
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.absolute_file(SITEMAP)
    )
}
