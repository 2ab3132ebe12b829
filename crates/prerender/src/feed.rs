//! An Atom feed of the reports in each language, so a reader or a partner's
//! site learns of a new report without visiting.

use inspir_site::head::{LOGO_PATH, feed_path, media_type};
use inspir_site::routes::{Page, Route, report_anchor};

use crate::BuildError;
use crate::output::Output;
use crate::site::{Language, Site};
use inspir_site::markup::escape;

pub fn write(site: &Site, out: &mut Output) -> Result<(), BuildError> {
    for language in &site.languages {
        out.write(&feed_path(language.lang), feed(site, language))?;
    }
    Ok(())
}

/// Reports carry a year, not a date: each is dated the first of January of
/// its year, and the feed by its newest report.
fn date(year: u16) -> String {
    format!("{year:04}-01-01T00:00:00Z")
}

fn feed(site: &Site, language: &Language) -> String {
    let content = &language.content;
    let ui = language.lang.ui();
    let route_url = |page| {
        format!(
            "{}{}",
            site.origin,
            site.base.href(&Route::new(language.lang, page))
        )
    };
    let reports_page = route_url(Page::Reports);
    let updated = content.reports.iter().map(|r| r.year).max().unwrap_or(2020);
    let mut reports = content.reports.clone();
    reports.sort_by_key(|r| std::cmp::Reverse(r.year));
    let entries: String = reports
        .iter()
        .map(|report| {
            let file = site.absolute_file(&report.file);
            format!(
                "  <entry>\n    <title>{title}</title>\n    <id>{file}</id>\n    \
                 <link rel=\"alternate\" type=\"text/html\" href=\"{page}#{anchor}\"/>\n    \
                 <link rel=\"enclosure\" type=\"{kind}\" length=\"{length}\" href=\"{file}\"/>\n    \
                 <updated>{updated}</updated>\n    <summary>{summary}</summary>\n  </entry>\n",
                title = escape(&report.title),
                file = escape(&file),
                page = escape(&reports_page),
                anchor = escape(&report_anchor(&report.slug)),
                kind = media_type(&report.format),
                length = report.size_bytes,
                updated = date(report.year),
                summary = escape(&report.summary),
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  \
         <title>{title}</title>\n  <subtitle>{subtitle}</subtitle>\n  <id>{self_url}</id>\n  \
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{self_url}\"/>\n  \
         <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n  \
         <updated>{updated}</updated>\n  <author><name>{name}</name><uri>{home}</uri></author>\n  \
         <icon>{icon}</icon>\n{entries}</feed>\n",
        lang = language.lang.code(),
        title = escape(ui.feed_title),
        subtitle = escape(&content.reports_page.intro),
        self_url = escape(&site.absolute_file(&feed_path(language.lang))),
        page = escape(&reports_page),
        updated = date(updated),
        name = escape(ui.site_name),
        home = escape(&route_url(Page::Home)),
        icon = escape(&site.absolute_file(LOGO_PATH)),
    )
}
