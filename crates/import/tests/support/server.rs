//! A stand-in web server on 127.0.0.1 for the importer's tests: each test
//! says what every request gets back, including the failures a real site
//! has (a 500, a stall, a 429 with Retry-After).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A request as the handler sees it: the REST route (from `/wp-json/…` or
/// `?rest_route=`), or the plain path for files, and the query.
#[derive(Debug, Clone)]
pub struct Request {
    pub route: String,
    pub query: BTreeMap<String, String>,
    /// Asked as `/wp-json/…` rather than `?rest_route=…`.
    pub pretty: bool,
}

impl Request {
    pub fn param(&self, key: &str) -> Option<&str> {
        self.query.get(key).map(String::as_str)
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering at all.
    pub stall: Duration,
}

impl Reply {
    pub fn json(value: serde_json::Value) -> Self {
        Self::bytes(200, "application/json", value.to_string().into_bytes())
    }

    /// A list page, with WordPress's paging headers.
    pub fn list(items: Vec<serde_json::Value>, total_pages: usize) -> Self {
        let mut reply = Self::json(serde_json::Value::Array(items));
        reply
            .headers
            .push(("X-WP-TotalPages".into(), total_pages.to_string()));
        reply
    }

    pub fn bytes(status: u16, kind: &str, body: Vec<u8>) -> Self {
        Self {
            status,
            headers: vec![("Content-Type".into(), kind.into())],
            body,
            stall: Duration::ZERO,
        }
    }

    pub fn status(status: u16) -> Self {
        Self::bytes(
            status,
            "text/plain",
            format!("status {status}").into_bytes(),
        )
    }
}

pub type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A running server; its address is `origin`. Every request is recorded.
pub struct Server {
    pub origin: String,
    pub seen: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let log = seen.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (handler, log) = (handler.clone(), log.clone());
                thread::spawn(move || serve(stream, &*handler, &log));
            }
        });
        Self { origin, seen }
    }

    pub fn requests(&self, route: &str) -> usize {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.route == route)
            .count()
    }
}

fn serve(mut stream: TcpStream, handler: &Handler, log: &Mutex<Vec<Request>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
            break;
        }
    }
    let request = parse(&target);
    log.lock().unwrap().push(request.clone());
    let reply = handler(&request);
    thread::sleep(reply.stall);
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&reply.body);
}

fn parse(target: &str) -> Request {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut params: BTreeMap<String, String> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    let pretty = path.starts_with("/wp-json");
    let route = match (path.strip_prefix("/wp-json"), params.remove("rest_route")) {
        (_, Some(route)) => route,
        (Some(route), None) => route.to_owned(),
        (None, None) => path.to_owned(),
    };
    Request {
        route,
        query: params,
        pretty,
    }
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
