//! A short fingerprint of the content a page was built from, computed the
//! same way by the pre-renderer and by the app in the browser, so the app
//! can tell whether the content it fetched is the one the page shows.

/// FNV-1a (64 bit) over each text in turn, as 16 hex digits. Not for
/// security: it only tells two versions of the same files apart.
pub fn content_hash(texts: &[&str]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for text in texts {
        // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
        for byte in text.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_texts_give_the_same_hash() {
        assert_eq!(content_hash(&["{}", "[]"]), content_hash(&["{}", "[]"]));
        assert_eq!(content_hash(&["x"]).len(), 16);
    }

    #[test]
    fn any_change_or_regrouping_changes_it() {
        let base = content_hash(&["ab", "c"]);
        assert_ne!(base, content_hash(&["a", "bc"]));
        assert_ne!(base, content_hash(&["ab", "d"]));
        assert_ne!(base, content_hash(&["ab"]));
    }
}
