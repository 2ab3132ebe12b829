//! A very small JSON writer, for the schema.org data in page heads and the
//! newsletter requests, and ([`JsonValue`]) the reading of JSON the browser
//! has parsed. The wasm has no JSON serialiser (the browser parses content
//! JSON), and these are a few strings, so a writer of strings, objects and
//! arrays is enough.

mod read;

pub use read::JsonValue;

/// A JSON value made of strings, objects and arrays.
pub enum Json {
    Str(String),
    Obj(Vec<(&'static str, Json)>),
    Arr(Vec<Json>),
}

impl Json {
    pub fn str(text: impl Into<String>) -> Json {
        Json::Str(text.into())
    }

    /// The JSON text. `<`, `>` and `&` are written as `\u003c` and so on, so
    /// no content can close the `<script>` element it is placed in.
    pub fn write(&self) -> String {
        let mut out = String::new();
        self.write_into(&mut out);
        out
    }

    fn write_into(&self, out: &mut String) {
        match self {
            Json::Str(text) => write_string(text, out),
            Json::Obj(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_into(out);
                }
                out.push('}');
            }
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_into(out);
                }
                out.push(']');
            }
        }
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => unicode_escape(c, out),
            c if c.is_control() => unicode_escape(c, out),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn unicode_escape(c: char, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    let code = c as u32;
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((code >> shift) & 0xf) as usize] as char);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_nested_values() {
        let json = Json::Obj(vec![
            ("name", Json::str("INSP!R")),
            ("list", Json::Arr(vec![Json::str("a"), Json::Obj(vec![])])),
        ]);
        assert_eq!(json.write(), r#"{"name":"INSP!R","list":["a",{}]}"#);
    }

    #[test]
    fn hostile_text_cannot_end_the_script() {
        let text = "</script><script>alert(\"x\")</script>\\\n\u{1}";
        let written = Json::str(text).write();
        assert!(
            !written.contains('<') && !written.contains('>'),
            "{written}"
        );
        let parsed: String = serde_json::from_str(&written).expect("valid JSON");
        assert_eq!(parsed, text);
    }
}
