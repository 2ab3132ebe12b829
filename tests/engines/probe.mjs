// The site as tests/e2e/host.mjs serves it, behind a proxy that puts a
// probe script at the top of every page: WebKit's driver has no way to read
// the console, and by the time a driver returns from `get`, the app may
// already have started. The probe, loaded before anything else, records
// script errors and remembers the `<main>` that was parsed, so a test can
// tell an adopted page from one built again, and a navigation from a reload.
//
// The proxy can also play "offline": it then drops every connection, as a
// lost network would, and only the service worker can answer. And it
// serves `/__frame?path=/x`, the page /x in a 320 px frame, for an engine
// whose window cannot be made that narrow (WebKitGTK's MiniBrowser): a
// frame is a viewport of its own for layout and media queries. So that the
// site may be framed there, the proxy drops its frame-ancestors and
// X-Frame-Options (tests/e2e/hosting.spec.js checks those headers).
import { createServer, request } from 'node:http';
import { serve } from '../../scripts/bench-browser.mjs';

export const PROBE = '/__probe.js';
export const FRAME = '/__frame';

const PROBE_SCRIPT = `
window.__errors = [];
addEventListener('error', (e) => __errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => __errors.push('unhandled: ' + String(e.reason)));
const consoleError = console.error;
console.error = (...args) => { __errors.push(args.map(String).join(' ')); consoleError.apply(console, args); };
window.__document = Math.random();
document.addEventListener('DOMContentLoaded', () => { window.__parsedMain = document.querySelector('main'); });
`;

/** Serves `root` on a free port behind the probing proxy; returns its origin and an offline switch. */
export async function site(root, port) {
  // The host itself, stopped when this process exits.
  await serve(root, port + 1);
  let offline = false;
  const server = createServer((req, res) => {
    if (offline) return req.socket.destroy();
    if (req.url.startsWith(FRAME)) {
      const path = new URL(req.url, 'http://x').searchParams.get('path');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><body style="margin:0"><iframe src="${path}" style="width:320px;height:800px;border:0"></iframe>`);
    }
    if (req.url === PROBE) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      return res.end(PROBE_SCRIPT);
    }
    const upstream = request({ port: port + 1, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (answer) => {
      delete answer.headers['x-frame-options'];
      if (answer.headers['content-security-policy']) {
        answer.headers['content-security-policy'] = answer.headers['content-security-policy'].replace(/frame-ancestors[^;]*;?/, '');
      }
      const html = (answer.headers['content-type'] || '').startsWith('text/html');
      if (!html) {
        res.writeHead(answer.statusCode, answer.headers);
        return answer.pipe(res);
      }
      const chunks = [];
      answer.on('data', (c) => chunks.push(c));
      answer.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8').replace('<head>', `<head><script src="${PROBE}"></script>`);
        const headers = { ...answer.headers };
        delete headers['content-length'];
        res.writeHead(answer.statusCode, headers);
        res.end(body);
      });
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    setOffline: (value) => { offline = value; },
    close: () => server.close(),
  };
}
