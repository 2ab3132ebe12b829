//! Shortcodes WordPress left as text: a plugin's (`[contact-form-7 id="12"]`,
//! `[su_note]…[/su_note]`) that is not installed, or that the REST API does
//! not run. On this site they would be noise, so their tags go and the
//! text they enclose stays. Square brackets in prose (`[sic]`, `[1]`,
//! `[…]`) are not shortcodes and stay.

/// `text` without its shortcodes' tags, and the shortcodes' names.
pub fn strip(text: &str) -> (String, Vec<String>) {
    let tags = tags(text);
    let closing: std::collections::HashSet<&str> = tags
        .iter()
        .filter(|t| t.closing)
        .map(|t| t.name.as_str())
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut names: Vec<String> = Vec::new();
    let mut at = 0;
    for tag in &tags {
        let shortcode = tag.closing
            || tag.attributes
            || tag.self_closing
            || tag.name.contains(['-', '_'])
            || closing.contains(tag.name.as_str());
        if !shortcode {
            continue;
        }
        out.push_str(&text[at..tag.start]);
        at = tag.end;
        if !names.contains(&tag.name) {
            names.push(tag.name.clone());
        }
    }
    out.push_str(&text[at..]);
    (out, names)
}

/// One `[name …]`, `[name/]` or `[/name]` in a text.
struct Tag {
    start: usize,
    end: usize,
    name: String,
    closing: bool,
    /// `name="value"` after the name (WordPress may have curled the quotes).
    attributes: bool,
    /// `[name/]`, a form prose never takes.
    self_closing: bool,
}

fn tags(text: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find('[') {
        let start = from + offset;
        from = start + 1;
        if let Some(tag) = tag_at(text, start) {
            from = tag.end;
            found.push(tag);
        }
    }
    found
}

fn tag_at(text: &str, start: usize) -> Option<Tag> {
    let rest = &text[start + 1..];
    let closing = rest.starts_with('/');
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let after = &rest[name_len..];
    let close = after.find(']')?;
    let inside = &after[..close];
    if inside.contains('[') || !(inside.is_empty() || inside.starts_with([' ', '/'])) {
        return None;
    }
    if closing && !inside.is_empty() {
        return None;
    }
    let end = start + 1 + usize::from(closing) + name_len + close + 1;
    Some(Tag {
        start,
        end,
        name: name.to_owned(),
        closing,
        attributes: inside.contains('='),
        self_closing: inside.trim_end().ends_with('/'),
    })
}

#[cfg(test)]
mod tests {
    use super::strip;

    fn stripped(text: &str) -> (String, Vec<String>) {
        strip(text)
    }

    #[test]
    fn a_plugins_shortcodes_go_and_the_text_they_enclose_stays() {
        // As WordPress sends it: wptexturize has curled the quotes.
        assert_eq!(
            stripped("After [contact-form-7 id=”12″ title=”Contact”] text."),
            ("After  text.".into(), vec!["contact-form-7".into()])
        );
        assert_eq!(
            stripped("[su_note note_color=\"#fff\"]Bring water.[/su_note]"),
            ("Bring water.".into(), vec!["su_note".into()])
        );
        assert_eq!(
            stripped("A [highlight]key[/highlight] point [donate/]"),
            (
                "A key point ".into(),
                vec!["highlight".into(), "donate".into()]
            )
        );
        assert_eq!(
            stripped("[wpforms id=\"3\"]"),
            (String::new(), vec!["wpforms".into()])
        );
    }

    #[test]
    fn many_tags_take_no_time_to_read() {
        let text = "[a] ".repeat(40_000);
        let (kept, names) = stripped(&text);
        assert_eq!((kept.len(), names.len()), (text.len(), 0));
    }

    #[test]
    fn brackets_in_prose_stay() {
        for text in [
            "He said [sic] it.",
            "As shown [1].",
            "Cut here […]",
            "A [citation needed] claim",
            "[ not a tag ]",
            "an array[0] and a[b]",
            "[Photo]",
            "[sic]",
            "[é] [aé] [/] [a [[a]] [a [b]] ü[a]ü",
        ] {
            assert_eq!(
                stripped(text),
                (text.into(), Vec::<String>::new()),
                "{text}"
            );
        }
    }
}
