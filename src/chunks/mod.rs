//! Code that arrives when a reader first reaches for it. Each feature
//! below is a chunk of wasm of its own, cut from the app's wasm after
//! the build (`scripts/split-wasm.mjs`, README "The wasm in chunks"),
//! so a first load carries only the skeleton and what adopting the page
//! takes.
//!
//! A chunk is entered through a function declared with [`chunk!`]: the
//! call is async, as its code may first have to be fetched. It can fail
//! (offline before the chunk was kept, a new deploy in between): the call
//! then returns [`Unavailable`], the feature says so and offers to try
//! again, and the rest of the app goes on. Without the `split` feature
//! (the host, the browser tests) the same functions run in place.

pub mod content;
pub mod newsletter;
pub mod offline;
pub mod pages;
pub mod search;

use std::future::Future;

use futures::FutureExt;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// A chunk's code could not be fetched; a later call tries again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Unavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        Unavailable
    }
}

/// Declares a function whose body lives in chunk `$chunk`. The first
/// function of a chunk also names its preload (`$chunk, $preload:`), which
/// fetches the chunk ahead of need (on focus, say) so the call does not
/// wait. Both are async and return `Result<_, Unavailable>`. A chunk's
/// functions are plain `fn`s: no generics, no borrowed arguments.
macro_rules! chunk {
    (
        $chunk:ident, $preload:ident:
        $(#[$attr:meta])*
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block
    ) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[wasm_split_helpers::wasm_split(
            $chunk,
            fallible,
            preload(#[doc = "Fetches this chunk ahead of need."] $preload)
        )]
        $vis fn $name($($arg: $ty),*) -> Result<$out, $crate::chunks::Unavailable> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        /// Nothing to fetch: the code is in place.
        $vis async fn $preload() -> Result<(), $crate::chunks::Unavailable> {
            Ok(())
        }

        $crate::chunks::chunk!(@in_place $(#[$attr])* $vis fn $name($($arg: $ty),*) -> $out $body);
    };
    (
        $chunk:ident:
        $(#[$attr:meta])*
        $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block
    ) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$out, $crate::chunks::Unavailable> {
            Ok($body)
        }

        $crate::chunks::chunk!(@in_place $(#[$attr])* $vis fn $name($($arg: $ty),*) -> $out $body);
    };
    (@in_place $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block) => {
        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> Result<$out, $crate::chunks::Unavailable> {
            Ok($body)
        }
    };
}
pub(crate) use chunk;

/// Shows the view a chunk builds (`view`, a call of its function): at once
/// when the chunk is in, as it is after its first use; else `waiting`
/// until it arrives, then `arrived` is called once it is on screen; or
/// `failed` if it cannot be fetched.
pub fn lazy_view<W: IntoView + 'static, F: IntoView + 'static>(
    view: impl Future<Output = Result<AnyView, Unavailable>> + 'static,
    waiting: impl Fn() -> W + Send + Sync + 'static,
    failed: impl FnOnce() -> F + 'static,
    arrived: impl FnOnce() + 'static,
) -> impl IntoView {
    let mut view = Box::pin(view);
    match view.as_mut().now_or_never() {
        Some(Ok(view)) => EitherOf3::A(view),
        Some(Err(Unavailable)) => EitherOf3::B(failed()),
        None => {
            let here = RwSignal::new(false);
            let later = Suspend::new(SendWrapper::new(async move {
                let view = view.await;
                here.set(true);
                request_animation_frame(arrived);
                view.unwrap_or_else(|Unavailable| failed().into_any())
            }));
            EitherOf3::C((move || (!here.get()).then(&waiting), later))
        }
    }
}

/// Fetches a chunk ahead of need, in the background. A failure is left
/// for the call that needs the chunk to report.
pub fn warm<E: 'static>(preload: impl std::future::Future<Output = Result<(), E>> + 'static) {
    #[cfg(feature = "csr")]
    leptos::task::spawn_local(async move {
        let _ = preload.await;
    });
    #[cfg(not(feature = "csr"))]
    drop(preload);
}
