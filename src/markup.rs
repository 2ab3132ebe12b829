//! Escaping text for HTML and XML: a leaf module, so that both the page
//! head (in the app) and the pre-renderer's feeds can use it without either
//! importing the other.

/// Text made safe to place in HTML or XML, as content or as an attribute
/// value. leptos_meta writes the `<title>` text as it is under `ssr`, so
/// `DocumentTitle` escapes it first; the pre-renderer's sitemap and feeds use
/// it too.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escape("a < b & </title>"), "a &lt; b &amp; &lt;/title&gt;");
        assert_eq!(escape(r#"x="1" y='2'"#), "x=&quot;1&quot; y=&#39;2&#39;");
    }
}
