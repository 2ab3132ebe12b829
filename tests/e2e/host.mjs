// A static host for the end-to-end tests that behaves like Netlify and
// Cloudflare Pages: it serves files as they are (`/x` from `x/index.html`),
// applies the site's `_headers` (every matching rule; a header set by two
// rules is joined with a comma, as Cloudflare Pages does, so an overlap
// shows), gives files without a Cache-Control rule those hosts' default,
// and answers unknown addresses with the site's 404.html and status 404.
//
// Like Netlify, it takes form posts for the forms it found in the built
// HTML (`data-netlify`): a form-encoded POST with a known `form-name` gets
// 200 and is kept (its declared fields only; a filled honeypot is
// dropped silently), an unknown one 404. Tests read what it kept at
// GET /__netlify/received.
//
// Usage: node tests/e2e/host.mjs ROOT --port N [--site /sub/]
//   ROOT holds the site at SITE (default /), as a host's publish folder.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.pdf': 'application/pdf',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css',
  '.webmanifest': 'application/manifest+json',
};

/** Rules of a `_headers` file, in order: { pattern: RegExp, headers: [[name, value]] }. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('/').map((part) => part === '*' ? '.*'
        : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')).join('/');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a host sends for `path`, from the rules. */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  if (!('cache-control' in out)) out['cache-control'] = HOST_DEFAULT_CACHE;
  return out;
}

/** Netlify's deploy-time scan: the forms marked `data-netlify` in any page. */
export function netlifyForms(dir, forms = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) netlifyForms(path, forms);
    if (!entry.name.endsWith('.html')) continue;
    for (const [, tag, inner] of readFileSync(path, 'utf8').matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
      if (!/data-netlify="true"/.test(tag)) continue;
      const name = tag.match(/\bname="([^"]+)"/)?.[1];
      const honeypot = tag.match(/netlify-honeypot="([^"]+)"/)?.[1];
      const fields = [...inner.matchAll(/<(?:input|textarea|select)[^>]*\bname="([^"]+)"/g)].map(([, f]) => f);
      if (name) forms.set(name, { fields, honeypot });
    }
  }
  return forms;
}

function takeForm(forms, received, text, response) {
  const posted = new URLSearchParams(text);
  const form = forms.get(posted.get('form-name'));
  if (!form) {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    return response.end('<h1>Not found</h1>');
  }
  if (!(form.honeypot && posted.get(form.honeypot))) {
    received.push(Object.fromEntries([...posted].filter(([key]) => form.fields.includes(key))));
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<h1>Thank you!</h1><p>Your form submission has been received.</p>');
}

function serve(root, site, port) {
  const forms = netlifyForms(join(root, site));
  const received = [];
  const siteRoot = join(root, site);
  const rules = () => parseHeaders(existsSync(join(siteRoot, '_headers')) ? readFileSync(join(siteRoot, '_headers'), 'utf8') : '');
  const isFile = (path) => existsSync(path) && statSync(path).isFile();
  const server = createServer((request, response) => {
    if (request.url === '/__netlify/received') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify(received));
    }
    if (request.method === 'POST') {
      let text = '';
      request.on('data', (chunk) => { text += chunk; });
      return request.on('end', () => takeForm(forms, received, text, response));
    }
    let path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const local = normalize(join(root, path));
    let file = [local, join(local, 'index.html')].find((f) => f.startsWith(root) && isFile(f));
    let status = 200;
    if (!file || path.endsWith('/_headers')) {
      status = 404;
      file = join(siteRoot, '404.html');
      path = `${site}404.html`;
    }
    const headers = headersFor(rules(), path.replace(/\/index\.html$/, '/'));
    headers['content-type'] = TYPES[extname(file)] || 'application/octet-stream';
    response.writeHead(status, headers);
    response.end(readFileSync(file));
  });
  server.listen(port, '127.0.0.1');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  serve(normalize(args[0]), option('--site', '/'), Number(option('--port', '4173')));
}
