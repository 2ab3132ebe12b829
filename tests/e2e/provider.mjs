// A stand-in for the newsletter services, for the end-to-end tests. It
// answers as RESEARCH.md records each one (../shared/RESEARCH.md §2):
//   listmonk  POST /api/public/subscription (JSON), its CORS preflight
//             (allowed origins from v6), and POST /subscription/form;
//   Formspree POST /f/<id> (JSON or form), errors as {error, errors[]};
//   html-form POST /html-form/subscribe, a provider's plain form.
// Tests steer it and read back what it received (not through the browser):
//   POST /__mode {mode, message?}  ok | optin | reject | fail | stall | late
//                                  | nocors | malformed | slow
//   GET  /__received               every subscription it got, in order
//   POST /__reset                  mode ok, nothing received
//
// Usage: node tests/e2e/provider.mjs --port N
import { createServer } from 'node:http';

const state = { mode: 'ok', message: '', received: [] };
const LISTMONK_HEADERS = 'Origin,Content-Type,Accept';

/** CORS headers for `origin`, unless the test has the service refuse it. */
function cors(request) {
  const origin = request.headers.origin;
  if (!origin || state.mode === 'nocors') return {};
  return { 'access-control-allow-origin': origin, 'access-control-allow-headers': LISTMONK_HEADERS, vary: 'Origin' };
}

function send(response, status, body, headers = {}) {
  const json = typeof body !== 'string';
  response.writeHead(status, { 'content-type': json ? 'application/json' : 'text/html; charset=utf-8', ...headers });
  response.end(json ? JSON.stringify(body) : body);
}

/** The body as the service would read it, or undefined if it cannot. */
function parse(type, text) {
  if (type.startsWith('application/json')) {
    try { return JSON.parse(text); } catch { return undefined; }
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const fields = {};
    for (const [key, value] of new URLSearchParams(text)) {
      fields[key] = key in fields ? [].concat(fields[key], value) : value;
    }
    return fields;
  }
  return undefined;
}

/** Answers per the test's mode; true when it has answered. */
function trouble(response, headers, ok) {
  switch (state.mode) {
    case 'fail': send(response, 500, { message: 'Error processing request. Please retry.' }, headers); return true;
    case 'malformed': send(response, 200, '<html><body>Gateway says hello</body></html>', headers); return true;
    case 'stall': return true; // never answers
    case 'late': setTimeout(ok, 12_000); return true; // after the site's 10 s limit
    case 'slow': setTimeout(ok, 1_000); return true;
    default: return false;
  }
}

const page = (title) => `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`;

function listmonkApi(request, response, body, record) {
  const headers = cors(request);
  const type = request.headers['content-type'] || '';
  if (!type.startsWith('application/json') && !type.startsWith('application/x-www-form-urlencoded')) {
    return send(response, 415, { message: 'Unsupported Media Type' }, headers);
  }
  if (body === undefined) return send(response, 400, { message: 'Invalid request.' }, headers);
  record();
  const ok = () => send(response, 200, { data: { has_optin: state.mode === 'optin' } }, headers);
  if (trouble(response, headers, ok)) return;
  if (state.mode === 'reject') return send(response, 400, { message: state.message }, headers);
  if (!/^[^@\s]+@[^@\s]+$/.test(body.email || '')) return send(response, 400, { message: 'Invalid email.' }, headers);
  const lists = body.list_uuids || body.l;
  if (!lists || lists.length === 0) return send(response, 400, { message: 'No valid lists selected to subscribe.' }, headers);
  ok();
}

function formspree(request, response, body, record) {
  const headers = cors(request);
  const wantsJson = (request.headers.accept || '').includes('application/json');
  if (body === undefined) return send(response, 400, { error: 'Invalid body', errors: [{ code: 'EMPTY', message: 'Empty form' }] }, headers);
  record();
  const ok = () => (wantsJson ? send(response, 200, { next: 'https://formspree.io/thanks', ok: true }, headers)
    : send(response, 200, page('Thanks from Formspree')));
  if (trouble(response, headers, ok)) return;
  if (state.mode === 'reject' || !/^[^@\s]+@[^@\s]+$/.test(body.email || '')) {
    return send(response, 422, {
      error: 'Validation errors',
      errors: [{ code: 'TYPE_EMAIL', field: 'email', message: state.message || 'should be an email' }],
    }, headers);
  }
  ok();
}

function serve(port) {
  createServer((request, response) => {
    const url = new URL(request.url, 'http://provider');
    let text = '';
    request.on('data', (chunk) => { text += chunk; });
    request.on('end', () => {
      const type = request.headers['content-type'] || '';
      const body = parse(type, text);
      const record = () => state.received.push({
        path: url.pathname, type: type.split(';')[0], accept: request.headers.accept || '',
        origin: request.headers.origin || '', body, at: Date.now(),
      });
      if (url.pathname === '/__mode') {
        Object.assign(state, { mode: body.mode, message: body.message || '' });
        return send(response, 200, { mode: state.mode });
      }
      if (url.pathname === '/__reset') {
        Object.assign(state, { mode: 'ok', message: '', received: [] });
        return send(response, 200, {});
      }
      if (url.pathname === '/__received') return send(response, 200, state.received);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, cors(request));
        return response.end();
      }
      if (request.method !== 'POST') return send(response, 200, page('A newsletter service'));
      if (url.pathname === '/api/public/subscription') return listmonkApi(request, response, body, record);
      if (url.pathname.startsWith('/f/')) return formspree(request, response, body, record);
      if (url.pathname === '/subscription/form') {
        record();
        if (body.nonce) return send(response, 502, page('Invalid request'));
        return send(response, 200, page(state.mode === 'optin' ? 'Confirm your subscription' : 'Subscribed successfully.'));
      }
      if (url.pathname === '/html-form/subscribe') {
        record();
        return send(response, 200, page('Thanks from the provider'));
      }
      send(response, 404, { message: 'Not found' });
    });
  }).listen(port, '127.0.0.1');
}

const args = process.argv.slice(2);
serve(Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : '4175'));
