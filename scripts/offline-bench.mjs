// What reading offline costs and saves: the bytes of a first visit (the
// page and app, then what the service worker keeps), of a repeat visit
// (pages and app from the device), and of what the worker keeps for each
// language. Bytes are counted as they leave the host, raw (the test host
// does not compress), with what brotli would make of the same files.
// A build without a worker (an older one) gets the visit rows only.
// Lite mode: a first visit with Save-Data, which fetches neither the app
// nor pictures.
// Usage: node scripts/offline-bench.mjs [dist]   (scripts/bench.sh runs it)
// VERBOSE=1 also lists every request of the first visit, with its bytes.
import { createServer, request as forward } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium, serve } from './bench-browser.mjs';

const dist = process.argv[2] || 'dist';
const hasWorker = existsSync(join(dist, 'sw.js'));
const HOST_PORT = 4293;
const PORT = 4294;

/** The file a host serves for `path`, as tests/e2e/host.mjs finds it. */
function fileFor(path) {
  const local = join(dist, decodeURIComponent(path.split('?')[0]));
  const found = [local, join(local, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
  return found ?? join(dist, '404.html');
}

const brotliOf = new Map();
function brotli(file) {
  if (!brotliOf.has(file)) {
    const body = readFileSync(file);
    const packed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    brotliOf.set(file, Math.min(packed, body.length));
  }
  return brotliOf.get(file);
}

// A counting proxy in front of the host: every request, from the page or
// from its service worker, passes here.
const host = await serve(dist, HOST_PORT);
let seen = [];
createServer((req, res) => {
  const upstream = forward(`${host}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
    let bytes = 0;
    answer.on('data', (chunk) => { bytes += chunk.length; });
    answer.on('end', () => seen.push({ path: req.url, status: answer.statusCode, bytes }));
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  req.pipe(upstream);
}).listen(PORT, '127.0.0.1').unref();
const origin = `http://127.0.0.1:${PORT}`;

const taken = () => seen.splice(0);
const total = (requests) => ({
  files: requests.length,
  raw: requests.reduce((a, r) => a + r.bytes, 0),
  brotli: requests.reduce((a, r) => a + (r.status === 304 ? r.bytes : brotli(fileFor(r.path))), 0),
});

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
const page = await context.newPage();
await page.goto(`${origin}/`);
if (hasWorker) await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30_000 });
await page.waitForLoadState('networkidle');
const first = taken();
const pagesBefore = first.findIndex((r) => r.path === '/sw.js');
const visit = total(first.slice(0, pagesBefore === -1 ? first.length : pagesBefore));
const kept = total(first.slice(pagesBefore === -1 ? first.length : pagesBefore));

// A repeat visit, another day: a new tab on a page not opened before.
const again = await context.newPage();
await again.goto(`${origin}/what-we-do/advocacy`);
await again.waitForLoadState('networkidle');
const repeat = taken();
const repeatTotal = total(repeat);
await context.close();

// Lite mode, as a browser that asks to save data gets it.
const liteContext = await browser.newContext({ viewport: { width: 412, height: 915 } });
await liteContext.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
const litePage = await liteContext.newPage();
await litePage.goto(`${origin}/`);
await litePage.waitForLoadState('networkidle');
const lite = total(taken());
await browser.close();

// What the worker keeps for a reader of each language (sw.js's manifest).
const worker = hasWorker ? readFileSync(join(dist, 'sw.js'), 'utf8') : 'const BUILD = {"shell":[],"languages":{}};';
const build = JSON.parse(worker.match(/^const BUILD = (.*);$/m)[1]);
const sizeOf = (entries) => entries.reduce((a, [address]) => {
  const file = join(dist, address);
  return { files: a.files + 1, raw: a.raw + statSync(file).size, brotli: a.brotli + brotli(file) };
}, { files: 0, raw: 0, brotli: 0 });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
const row = (label, t) => console.log(`| ${label.padEnd(52)} | ${String(t.files).padStart(5)} | ${kb(t.raw)} | ${kb(t.brotli)} |`);
console.log('\nReading offline: bytes from the host (raw as served; brotli as a host would send them)\n');
console.log(`| ${'visit'.padEnd(52)} | files |       raw |    brotli |`);
console.log(`|${'-'.repeat(54)}|-------|-----------|-----------|`);
row('first visit of /: the page and the app', visit);
row('  then kept for offline by the worker (English)', kept);
row('repeat visit, /what-we-do/advocacy in a new tab', repeatTotal);
row('lite mode (Save-Data): first visit of /', lite);
for (const [lang, language] of Object.entries(build.languages)) {
  row(`kept for a reader of ${lang}: the shell and every page`, sizeOf([...build.shell, ...language.files]));
}
console.log(`\nRepeat visit requests: ${repeat.map((r) => `${r.path} ${r.status}`).join(', ') || 'none'}`);
if (process.env.VERBOSE) console.log(first.map((r) => `${r.path} ${r.status} ${r.bytes}`).join('\n'));
