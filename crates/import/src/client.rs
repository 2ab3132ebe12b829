//! Talking to a WordPress site's REST API: its two address forms, paging,
//! time limits, and retries for the failures that pass (a timeout, a 429,
//! a 5xx). Every error names the address that failed.

use std::thread::sleep;
use std::time::Duration;

use serde::de::DeserializeOwned;
use ureq::Agent;
use ureq::http::Response;

use crate::error::Error;
use crate::mapping::Http;

/// Largest answer read: a page of 100 items, or a report PDF.
const MOST_BYTES: u64 = 200 * 1024 * 1024;
/// WordPress's largest `per_page`.
const PER_PAGE: &str = "100";
/// The longest `Retry-After` obeyed; a site asking for more is down.
const LONGEST_RETRY_AFTER: Duration = Duration::from_secs(120);

/// How the site's REST routes are addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Routes {
    /// `/wp-json/wp/v2/pages`, with pretty permalinks.
    Pretty,
    /// `/?rest_route=/wp/v2/pages`, which every WordPress answers.
    Plain,
}

pub struct Client {
    agent: Agent,
    site: String,
    routes: Routes,
    http: Http,
}

impl Client {
    /// Finds the site's REST API: `/wp-json/` if it answers, else
    /// `?rest_route=`.
    pub fn connect(site: &str, http: &Http) -> Result<Self, Error> {
        let agent: Agent = Agent::config_builder()
            .timeout_global(Some(http.timeout()))
            .http_status_as_error(false)
            .user_agent(concat!("inspir-import/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let mut client = Self {
            agent,
            site: site.trim_end_matches('/').to_owned(),
            routes: Routes::Pretty,
            http: http.clone(),
        };
        for routes in [Routes::Pretty, Routes::Plain] {
            client.routes = routes;
            let url = client.url("/", &[]);
            let is_api = client.get(&url).is_ok_and(|answer| {
                serde_json::from_slice::<serde_json::Value>(&answer.body)
                    .is_ok_and(|index| index.get("namespaces").is_some())
            });
            if is_api {
                return Ok(client);
            }
        }
        Err(Error::new(format!(
            "{}: no WordPress REST API answers at /wp-json/ or ?rest_route=/",
            client.site
        )))
    }

    pub fn routes(&self) -> Routes {
        self.routes
    }

    /// Where an editor changes item `id` in WordPress.
    pub fn edit_link(&self, id: u64) -> String {
        format!("{}/wp-admin/post.php?post={id}&action=edit", self.site)
    }

    /// The address of a REST route with its query.
    pub fn url(&self, route: &str, query: &[(&str, String)]) -> String {
        let mut url = match self.routes {
            Routes::Pretty => format!("{}/wp-json{route}", self.site),
            Routes::Plain => format!("{}/?rest_route={}", self.site, encode(route)),
        };
        for (i, (key, value)) in query.iter().enumerate() {
            let first = i == 0 && self.routes == Routes::Pretty;
            url.push(if first { '?' } else { '&' });
            url.push_str(key);
            url.push('=');
            url.push_str(&encode(value));
        }
        url
    }

    /// Every item of a list route, following `X-WP-TotalPages`.
    pub fn list<T: DeserializeOwned>(
        &self,
        route: &str,
        query: &[(&str, String)],
    ) -> Result<Vec<T>, Error> {
        let mut items = Vec::new();
        let mut page = 1;
        loop {
            let mut paged = query.to_vec();
            paged.push(("per_page", PER_PAGE.into()));
            paged.push(("page", page.to_string()));
            let url = self.url(route, &paged);
            let answer = self.get_ok(&url)?;
            items.extend(json::<Vec<T>>(&url, &answer.body)?);
            let pages = answer.total_pages.unwrap_or(1);
            if page >= pages {
                return Ok(items);
            }
            page += 1;
        }
    }

    /// One item, e.g. `/wp/v2/media/12`.
    pub fn one<T: DeserializeOwned>(&self, route: &str) -> Result<T, Error> {
        let url = self.url(route, &[]);
        json(&url, &self.get_ok(&url)?.body)
    }

    /// A file's bytes, e.g. an image or a PDF.
    pub fn download(&self, url: &str) -> Result<Vec<u8>, Error> {
        Ok(self.get_ok(url)?.body)
    }

    /// A 2xx answer, or an error naming the address and the status.
    fn get_ok(&self, url: &str) -> Result<Answer, Error> {
        let answer = self.get(url)?;
        match answer.status {
            200..=299 => Ok(answer),
            status => Err(Error::new(format!("GET {url}: HTTP {status}"))),
        }
    }

    /// Any answer, after retrying a timeout, a 429 or a 5xx as the
    /// mapping's `[http]` allows.
    fn get(&self, url: &str) -> Result<Answer, Error> {
        let mut attempt = 0;
        loop {
            let outcome = self.agent.get(url).call().map_err(|e| e.to_string());
            let outcome =
                outcome.and_then(|response| Answer::read(response).map_err(|e| e.to_string()));
            let (wait, failure) = match outcome {
                Ok(answer) if answer.status == 429 || answer.status >= 500 => (
                    answer.retry_after.unwrap_or_else(|| self.backoff(attempt)),
                    format!("HTTP {}", answer.status),
                ),
                Ok(answer) => return Ok(answer),
                Err(message) => (self.backoff(attempt), message),
            };
            if attempt >= self.http.retries {
                let tries = attempt + 1;
                return Err(Error::new(format!(
                    "GET {url}: {failure} (after {tries} tries)"
                )));
            }
            sleep(wait.min(LONGEST_RETRY_AFTER));
            attempt += 1;
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        Duration::from_millis(self.http.backoff_ms.saturating_mul(1 << attempt.min(16)))
    }
}

/// A whole answer, read within the time limit.
struct Answer {
    status: u16,
    total_pages: Option<u32>,
    retry_after: Option<Duration>,
    body: Vec<u8>,
}

impl Answer {
    fn read(mut response: Response<ureq::Body>) -> Result<Self, ureq::Error> {
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::trim)
                .map(String::from)
        };
        let total_pages = header("x-wp-totalpages").and_then(|v| v.parse().ok());
        // Seconds; the HTTP-date form is rare enough to wait the backoff.
        let retry_after = header("retry-after")
            .and_then(|v| v.parse().ok())
            .map(Duration::from_secs);
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(MOST_BYTES)
            .read_to_vec()?;
        Ok(Self {
            status,
            total_pages,
            retry_after,
            body,
        })
    }
}

fn json<T: DeserializeOwned>(url: &str, body: &[u8]) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| {
        Error::new(format!(
            "GET {url}: the answer is not the JSON expected: {e}"
        ))
    })
}

/// Percent-encodes all but URL-safe characters.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(routes: Routes) -> Client {
        Client {
            agent: Agent::new_with_defaults(),
            site: "https://example.org".into(),
            routes,
            http: Http::default(),
        }
    }

    #[test]
    fn both_address_forms() {
        let query = [
            ("parent", "12".to_string()),
            ("search", "a b&c".to_string()),
        ];
        assert_eq!(
            client(Routes::Pretty).url("/wp/v2/pages", &query),
            "https://example.org/wp-json/wp/v2/pages?parent=12&search=a%20b%26c"
        );
        assert_eq!(
            client(Routes::Plain).url("/wp/v2/pages", &query),
            "https://example.org/?rest_route=/wp/v2/pages&parent=12&search=a%20b%26c"
        );
    }

    #[test]
    fn backoff_doubles() {
        let c = client(Routes::Plain);
        assert_eq!(c.backoff(0), Duration::from_secs(1));
        assert_eq!(c.backoff(2), Duration::from_secs(4));
    }
}
