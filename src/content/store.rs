//! The bundles the app holds, one per language. The first is in the store
//! before anything renders, so the app's first render is exactly the page
//! that was pre-rendered; another language loads when the visitor switches.

use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use super::{ContentError, SiteConfig};
use crate::i18n::Lang;
use crate::newsletter::NewsletterSetting;

/// What the page in one language can show.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(Arc<Bundle>),
    Failed(ContentError),
}

/// Bundles by language, shared through context (see `context::expect_store`).
#[derive(Clone, Copy)]
pub struct ContentStore {
    /// Indexed like `Lang::ALL`; `None` until a language is first asked for.
    bundles: RwSignal<[Option<Loaded>; 3]>,
    config: StoredValue<SiteConfig>,
}

impl ContentStore {
    /// A store holding `first` for `lang`.
    pub fn new(config: SiteConfig, lang: Lang, first: Result<Arc<Bundle>, ContentError>) -> Self {
        let mut bundles: [Option<Loaded>; 3] = Default::default();
        bundles[lang.index()] = Some(match first {
            Ok(bundle) => Loaded::Ready(bundle),
            Err(error) => Loaded::Failed(error),
        });
        Self {
            bundles: RwSignal::new(bundles),
            config: StoredValue::new(config),
        }
    }

    /// The newsletter setting of `config.json`, as this visit read it.
    pub fn newsletter(&self) -> NewsletterSetting {
        self.config.with_value(|config| config.newsletter.clone())
    }

    /// What `lang` can show now (tracked).
    pub fn get(&self, lang: Lang) -> Loaded {
        self.bundles
            .with(|b| b[lang.index()].clone())
            .unwrap_or(Loaded::Loading)
    }

    /// Starts loading `lang` unless it is loaded, loading or failed.
    pub fn ensure(&self, lang: Lang) {
        if self.bundles.with_untracked(|b| b[lang.index()].is_none()) {
            self.load(lang);
        }
    }

    /// Loads `lang` again, e.g. after a failure. Called from effects and
    /// clicks, so only in the browser: the pre-renderer fills the store itself.
    pub fn load(&self, lang: Lang) {
        self.set(lang, Loaded::Loading);
        let this = *self;
        leptos::task::spawn_local(async move {
            let loaded = match super::load_bundle(&this.config.get_value(), lang).await {
                Ok(fetched) => Loaded::Ready(Arc::new(fetched.bundle)),
                Err(error) => Loaded::Failed(error),
            };
            this.set(lang, loaded);
        });
    }

    fn set(&self, lang: Lang, loaded: Loaded) {
        self.bundles.update(|b| b[lang.index()] = Some(loaded));
    }
}
