//! Which links content may contain. The site renders only links that pass
//! here, so a hostile `javascript:` URL in the JSON never becomes an `href`.

/// The two kinds of link content may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// An absolute `http://` or `https://` address.
    Web,
    /// A file of the site itself, relative to its base, e.g. `reports/x.pdf`.
    SitePath,
}

/// Classifies `link`, or `None` when it is neither kind (other schemes,
/// `//host` links, `..` segments, and characters an address never holds
/// unencoded: spaces, controls, backslashes, quotes, angle brackets).
pub fn link_kind(link: &str) -> Option<LinkKind> {
    if link.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '\\' | '"' | '\'' | '<' | '>' | '`')
    }) {
        return None;
    }
    let lower = link.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    if let Some(rest) = rest {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        return (!host.is_empty()).then_some(LinkKind::Web);
    }
    let path = link.trim_start_matches('/');
    let safe = !path.is_empty()
        && !link.starts_with("//")
        && !path.contains(':')
        && !path.split('/').any(|segment| segment == "..");
    safe.then_some(LinkKind::SitePath)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses() {
        assert_eq!(link_kind("https://usp2030.org/"), Some(LinkKind::Web));
        assert_eq!(link_kind("HTTP://example.org"), Some(LinkKind::Web));
        assert_eq!(link_kind("https://"), None);
        assert_eq!(link_kind("https://a b.org"), None);
    }

    #[test]
    fn site_paths() {
        assert_eq!(link_kind("reports/a.pdf"), Some(LinkKind::SitePath));
        assert_eq!(link_kind("/images/a.svg"), Some(LinkKind::SitePath));
        assert_eq!(link_kind("../secret"), None);
        assert_eq!(link_kind("images/../../x"), None);
        assert_eq!(link_kind(""), None);
    }

    #[test]
    fn characters_no_address_holds_unencoded() {
        assert_eq!(link_kind("https://a.example/x\"onerror=\"alert(1)"), None);
        assert_eq!(link_kind("https://a.example/<script>"), None);
        assert_eq!(link_kind("images/a'b.svg"), None);
        assert_eq!(link_kind("images/a\u{7}.svg"), None);
        assert_eq!(link_kind("https://a.example/?q=a%22b"), Some(LinkKind::Web));
    }

    #[test]
    fn hostile_links() {
        assert_eq!(link_kind("javascript:alert(1)"), None);
        assert_eq!(link_kind(" javascript:alert(1)"), None);
        assert_eq!(link_kind("data:text/html,x"), None);
        assert_eq!(link_kind("//evil.example/x"), None);
        assert_eq!(link_kind("mailto:a@b.c"), None);
    }
}
