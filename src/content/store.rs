//! The bundles the app holds, one per language. The first is in the store
//! before anything renders, so the app's first render is exactly the page
//! that was pre-rendered; another language loads when the visitor switches.
//! On a page the app adopts, the first is held as fetched, and read only
//! when something first asks for it ([`ContentStore::read_first`]), and
//! so is `config.json`.

use std::sync::Arc;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use inspir_content::Bundle;
use leptos::prelude::*;

use super::{BundleUrls, ConfigFile, ContentError, Fetched, SiteConfig};
use crate::i18n::Lang;
use crate::newsletter::NewsletterSetting;

/// What the page in one language can show.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(Arc<Bundle>),
    Failed(ContentError),
}

/// Reading a language's files: begun once, awaited by all who ask.
type Reading = Shared<LocalBoxFuture<'static, Loaded>>;

/// `config.json`, read or as fetched.
#[derive(Clone, Debug)]
enum Config {
    Read(Box<SiteConfig>),
    /// Held as fetched on an adopted page: read before any content is,
    /// so whatever shows content can also use the settings.
    Held(ConfigFile),
}

/// Bundles by language, shared through context (see `context::expect_store`).
#[derive(Clone, Copy)]
pub struct ContentStore {
    /// Indexed like `Lang::ALL`; `None` until a language is first asked for.
    bundles: RwSignal<[Option<Loaded>; 3]>,
    config: StoredValue<Config>,
    /// The first language's files, held unread on an adopted page.
    unread: StoredValue<Option<(Lang, Fetched)>, LocalStorage>,
    reading: StoredValue<Option<(Lang, Reading)>, LocalStorage>,
}

impl ContentStore {
    /// A store holding `first` for `lang`.
    pub fn new(config: SiteConfig, lang: Lang, first: Result<Arc<Bundle>, ContentError>) -> Self {
        let store = Self::empty(Config::Read(Box::new(config)));
        store.set(
            lang,
            match first {
                Ok(bundle) => Loaded::Ready(bundle),
                Err(error) => Loaded::Failed(error),
            },
        );
        store
    }

    /// A store holding `config.json` and `lang`'s files as fetched, to be
    /// read when first asked for; until then `lang` is loading.
    pub fn unread(config: ConfigFile, lang: Lang, fetched: Fetched) -> Self {
        let store = Self::empty(Config::Held(config));
        store.set(lang, Loaded::Loading);
        store.unread.set_value(Some((lang, fetched)));
        store
    }

    fn empty(config: Config) -> Self {
        Self {
            bundles: RwSignal::new(Default::default()),
            config: StoredValue::new(config),
            unread: StoredValue::new_local(None),
            reading: StoredValue::new_local(None),
        }
    }

    /// Reads the files held unread, once, and resolves with what they
    /// hold; at once with `lang`'s content if nothing is held. Reading goes
    /// on even if the caller stops waiting.
    pub fn read_first(&self, lang: Lang) -> LocalBoxFuture<'static, Loaded> {
        if let Some((first, fetched)) = self.unread.try_update_value(Option::take).flatten() {
            let this = *self;
            self.begin(first, async move {
                this.config().await?;
                crate::chunks::content::read(fetched).await
            });
        }
        match self.reading.get_value() {
            // Once read, the store says (a retry may have loaded it since).
            Some((first, reading)) if first == lang && reading.peek().is_none() => {
                reading.boxed_local()
            }
            // A reading that failed is tried again (the newsletter form's
            // next press), as a fresh load.
            _ if matches!(self.get_untracked(lang), Loaded::Failed(_)) => {
                self.load(lang);
                self.read_first(lang)
            }
            _ => std::future::ready(self.get_untracked(lang)).boxed_local(),
        }
    }

    /// The language whose files are held unread, if any.
    fn held(&self) -> Option<Lang> {
        self.unread
            .with_value(|unread| unread.as_ref().map(|(first, _)| *first))
    }

    fn get_untracked(&self, lang: Lang) -> Loaded {
        self.bundles
            .with_untracked(|b| b[lang.index()].clone())
            .unwrap_or(Loaded::Loading)
    }

    /// The newsletter setting of `config.json`, as this visit read it:
    /// always read once a language's content is ready.
    pub fn newsletter(&self) -> NewsletterSetting {
        self.config.with_value(|config| match config {
            Config::Read(config) => config.newsletter.clone(),
            Config::Held(_) => NewsletterSetting::Broken("config.json is not read yet".into()),
        })
    }

    /// The settings, read first if they are held as fetched.
    async fn config(self) -> Result<SiteConfig, ContentError> {
        let held = match self.config.get_value() {
            Config::Read(config) => return Ok(*config),
            Config::Held(file) => file,
        };
        let config = crate::chunks::content::read_config(held).await?;
        self.config
            .set_value(Config::Read(Box::new(config.clone())));
        Ok(config)
    }

    /// What `lang` can show now (tracked).
    pub fn get(&self, lang: Lang) -> Loaded {
        self.bundles
            .with(|b| b[lang.index()].clone())
            .unwrap_or(Loaded::Loading)
    }

    /// Starts loading `lang` unless it is loaded, loading or failed; files
    /// held unread for `lang` are read.
    pub fn ensure(&self, lang: Lang) {
        if self.held() == Some(lang) {
            drop(self.read_first(lang));
        } else if self.bundles.with_untracked(|b| b[lang.index()].is_none()) {
            self.load(lang);
        }
    }

    /// Loads `lang` again, e.g. after a failure. Called from effects and
    /// clicks, so only in the browser: the pre-renderer fills the store itself.
    pub fn load(&self, lang: Lang) {
        self.set(lang, Loaded::Loading);
        // Files held unread for `lang` are older than these: never read
        // them now. Another language's stay held.
        if self.held() == Some(lang) {
            self.unread.set_value(None);
        }
        let this = *self;
        self.begin(lang, async move {
            let config = this.config().await?;
            let fetched = super::fetch_bundle(&BundleUrls::of(&config, lang)).await?;
            crate::chunks::content::read(fetched).await
        });
    }

    /// Runs `read` in the app's own task, not a caller's, and puts what it
    /// gives in the store for `lang`; whoever asks for `lang` meanwhile
    /// awaits it ([`Self::read_first`]).
    fn begin(
        &self,
        lang: Lang,
        read: impl Future<Output = Result<Bundle, ContentError>> + 'static,
    ) {
        let this = *self;
        let reading = async move {
            let loaded = read
                .await
                .map_or_else(Loaded::Failed, |bundle| Loaded::Ready(Arc::new(bundle)));
            this.set(lang, loaded.clone());
            loaded
        }
        .boxed_local()
        .shared();
        leptos::task::spawn_local(reading.clone().map(drop));
        self.reading.set_value(Some((lang, reading)));
    }

    fn set(&self, lang: Lang, loaded: Loaded) {
        self.bundles.update(|b| b[lang.index()] = Some(loaded));
    }
}
