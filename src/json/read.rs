//! Reading JSON that the browser has already parsed (a provider's reply,
//! Pagefind's results) with a few lookups, instead of serde deserialisers
//! that would cost the wasm far more for these few fields.

use wasm_bindgen::JsValue;

/// What reading needs of a parsed JSON value: the browser's own in the
/// app, serde_json's in the host tests.
pub trait JsonValue: Sized {
    fn get(&self, key: &str) -> Option<Self>;
    fn as_text(&self) -> Option<String>;
    fn as_flag(&self) -> Option<bool>;
    /// The items of an array; nothing for any other value.
    fn items(&self) -> Vec<Self>;

    /// The text at `key`, if it is text.
    fn text(&self, key: &str) -> Option<String> {
        self.get(key).and_then(|v| v.as_text())
    }
}

impl JsonValue for JsValue {
    fn get(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        js_sys::Reflect::get(self, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }
    fn as_text(&self) -> Option<String> {
        self.as_string()
    }
    fn as_flag(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Vec<Self> {
        if js_sys::Array::is_array(self) {
            js_sys::Array::from(self).iter().collect()
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
impl JsonValue for serde_json::Value {
    fn get(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key).cloned()
    }
    fn as_text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn as_flag(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Vec<Self> {
        self.as_array().cloned().unwrap_or_default()
    }
}
