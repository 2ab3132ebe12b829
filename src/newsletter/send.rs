//! Sending a subscription from the browser, with a time limit, and telling
//! apart the ways it can fail: offline, no answer, refused by CORS, or a
//! service that cannot be reached.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Method, Request, RequestBuilder};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{AbortController, RequestMode};

use super::{Outcome, Outgoing, Provider, Reply, TIME_LIMIT_MS, read_reply};

/// How long the check for a CORS refusal may take: the reader has waited
/// for one failure already.
const PROBE_LIMIT_MS: i32 = 3_000;

/// Sends `outgoing` and reads the reply. Never panics: every failure is
/// an [`Outcome`] the form can explain.
pub async fn send(provider: Provider, outgoing: &Outgoing) -> Outcome {
    if !navigator_online() {
        return Outcome::Offline;
    }
    let limit = Limit::start(TIME_LIMIT_MS);
    let outcome = exchange(provider, outgoing, limit.controller.as_ref()).await;
    match outcome {
        Ok(outcome) => outcome,
        Err(_) if limit.reached() => Outcome::Timeout,
        Err(_) if !navigator_online() => Outcome::Offline,
        Err(_) => {
            if answers_at_all(&outgoing.url).await {
                Outcome::CorsRefused
            } else {
                Outcome::Unreachable
            }
        }
    }
}

/// The request and the reading of its reply, both within the time limit
/// (the abort signal stops the body too, so no late success can follow).
async fn exchange(
    provider: Provider,
    outgoing: &Outgoing,
    controller: Option<&AbortController>,
) -> Result<Outcome, gloo_net::Error> {
    let request = RequestBuilder::new(&outgoing.url)
        .method(Method::POST)
        .header("Accept", "application/json")
        .header("Content-Type", outgoing.body.content_type())
        .abort_signal(controller.map(|c| c.signal()).as_ref())
        .body(outgoing.body.text())?;
    let response = request.send().await?;
    let status = response.status();
    let text = response.text().await?;
    Ok(read_reply(provider, status, parse(&text)))
}

/// The reply as JSON, parsed by the browser so no JSON parser ships in the
/// wasm; `None` when it is not a JSON object.
fn parse(text: &str) -> Option<Reply> {
    let value = js_sys::JSON::parse(text).ok().filter(|v| v.is_object())?;
    Some(Reply::read(&value))
}

/// After a failed request, whether the service answers a request that
/// needs no permission (`no-cors`). If it does, the failure was the
/// service refusing this site's origin, which its settings can fix.
async fn answers_at_all(url: &str) -> bool {
    let limit = Limit::start(PROBE_LIMIT_MS);
    let probe = Request::get(url)
        .mode(RequestMode::NoCors)
        .abort_signal(limit.controller.as_ref().map(|c| c.signal()).as_ref())
        .send();
    probe.await.is_ok()
}

/// A time limit on a request: past it, the request is aborted (its body
/// too), so nothing it brings afterwards can be shown.
struct Limit {
    controller: Option<AbortController>,
    reached: Rc<Cell<bool>>,
    timer: Option<i32>,
}

impl Limit {
    fn start(ms: i32) -> Limit {
        let controller = AbortController::new().ok();
        let reached = Rc::new(Cell::new(false));
        let timer = controller.clone().and_then(|controller| {
            let reached = reached.clone();
            after(ms, move || {
                reached.set(true);
                controller.abort();
            })
        });
        Limit {
            controller,
            reached,
            timer,
        }
    }

    fn reached(&self) -> bool {
        self.reached.get()
    }
}

impl Drop for Limit {
    fn drop(&mut self) {
        if let (Some(timer), Some(window)) = (self.timer, web_sys::window()) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

fn navigator_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `f` once after `ms`; the timer's handle, to clear it.
fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let callback = Closure::once_into_js(f);
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
        .ok()
}
