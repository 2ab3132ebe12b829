// Lighthouse (mobile, simulated slow 4G) on the home page and one theme page
// of a built site, against two baselines: a plain static HTML page of the
// same home content, written by hand (tests/baseline/index.html), and each
// measured page made plain: the built page without a script, its top
// picture eager as plain HTML would have it. The second is the fair one
// for a page whose largest paint is a picture, which costs a request of its
// own in any site. All are served the same way, by sirv with precompressed
// brotli and gzip files, as a CDN would serve them. Each page is measured
// several times and the median is printed.
//
// Usage: node scripts/lighthouse.mjs DIST [--runs N] [--keep DIR] [path...]
//   --keep DIR  also writes each run's full report to DIR, to see why.
//   scripts/bench.sh --lighthouse runs it on dist/.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.shift();
let runs = 3;
let keep = null;
const paths = [];
while (args.length) {
  const arg = args.shift();
  if (arg === '--runs') runs = Number(args.shift());
  else if (arg === '--keep') keep = args.shift();
  else paths.push(arg);
}
if (!dist || !(runs > 0)) {
  console.error('usage: node scripts/lighthouse.mjs DIST [--runs N] [path...]');
  process.exit(2);
}
if (!paths.length) paths.push('/', '/what-we-do/advocacy');

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const repo = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'inspir-lighthouse-'));

/** Writes NAME.br and NAME.gz beside every text file, as a CDN would send them. */
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { precompress(path); continue; }
    if (!/\.(html|js|wasm|json|svg|css|xml|txt)$/.test(name)) continue;
    const body = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
}

function serve(dir, port) {
  const server = spawn(join(repo, 'node_modules/.bin/sirv'), [dir, '--single', '--host', '127.0.0.1', '--port', String(port), '--quiet'], { stdio: 'ignore' });
  return server;
}

const site = join(work, 'site');
cpSync(dist, site, { recursive: true });
precompress(site);
const baseline = join(work, 'baseline');
cpSync(join(dist, 'images'), join(baseline, 'images'), { recursive: true });
cpSync(join(dist, 'favicon.svg'), join(baseline, 'favicon.svg'));
const css = readFileSync(join(repo, 'style/main.css'), 'utf8');
writeFileSync(join(baseline, 'index.html'),
  readFileSync(join(repo, 'tests/baseline/index.html'), 'utf8').replace('<!--STYLE-->', `<style>${css}</style>`));

/** `html` as plain HTML: no script but data (JSON-LD), its top picture eager. */
function plain(html) {
  const top = html.match(/<html[^>]*data-picture="([^"]+)"/)?.[1];
  return html
    .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<img [^>]*>/g, (img) => (top && img.includes(`src="${top}"`) ? img.replace(' loading="lazy"', '') : img));
}
const plainPath = (path) => `/plain${path.replace(/\/$/, '')}/`;
for (const path of paths) {
  const page = join(site, path, 'index.html');
  const out = join(baseline, plainPath(path), 'index.html');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, plain(readFileSync(page, 'utf8')).replace(/<base href="[^"]*"/, '<base href="/"'));
}
cpSync(join(dist, 'content'), join(baseline, 'content'), { recursive: true });
for (const file of ['manifest.webmanifest', 'feed.xml']) cpSync(join(dist, file), join(baseline, file));
precompress(baseline);

const servers = [serve(site, 4191), serve(baseline, 4192)];
process.on('exit', () => { servers.forEach((s) => s.kill()); rmSync(work, { recursive: true, force: true }); });
await new Promise((r) => setTimeout(r, 1000));

function lighthouse(url) {
  const dir = mkdtempSync(join(work, 'run-'));
  const out = join(dir, 'report.json');
  execFileSync(join(repo, 'node_modules/.bin/lighthouse'), [
    url, '--quiet', '--output=json', `--output-path=${out}`,
    `--chrome-flags=${[...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile')}`].join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  if (keep) {
    mkdirSync(keep, { recursive: true });
    cpSync(out, join(keep, `${new URL(url).pathname.replace(/\W+/g, '_')}-${Date.now()}.json`));
  }
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].numericValue;
  return {
    perf: score('performance'), a11y: score('accessibility'), best: score('best-practices'), seo: score('seo'),
    fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'), cls: audit('cumulative-layout-shift'), bytes: audit('total-byte-weight'),
  };
}

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
function measure(label, url) {
  const results = Array.from({ length: runs }, () => lighthouse(url));
  const row = { label };
  for (const key of Object.keys(results[0])) row[key] = median(results.map((r) => r[key]));
  row.perfRange = `${Math.min(...results.map((r) => r.perf))}–${Math.max(...results.map((r) => r.perf))}`;
  return row;
}

console.log(`\nLighthouse 12.2.3, mobile, simulated slow 4G; median of ${runs} runs (brotli served)\n`);
const base = measure('baseline: static HTML of the home page', 'http://127.0.0.1:4192/');
const rows = paths.flatMap((path) => {
  const own = measure(`${path}, made plain`, `http://127.0.0.1:4192${plainPath(path)}`);
  return [own, { ...measure(path, `http://127.0.0.1:4191${path}`), own }];
});
const s = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(7);
const ratio = (r, of) => (of ? `${(r.lcp / of.lcp).toFixed(2)}×` : '').padStart(12);
console.log('| page                                   | perf (range) | a11y | best | seo |     FCP |     LCP |    TBT |   CLS | KB sent | LCP / home baseline | LCP / plain page |');
console.log('|----------------------------------------|--------------|------|------|-----|---------|---------|--------|-------|---------|---------------------|------------------|');
for (const r of [base, ...rows]) {
  console.log(`| ${r.label.padEnd(38)} | ${`${r.perf} (${r.perfRange})`.padEnd(12)} | ${String(r.a11y).padStart(4)} | ${String(r.best).padStart(4)} | ${String(r.seo).padStart(3)} | ${s(r.fcp)} | ${s(r.lcp)} | ${`${Math.round(r.tbt)} ms`.padStart(6)} | ${r.cls.toFixed(3).padStart(5)} | ${(r.bytes / 1024).toFixed(1).padStart(7)} | ${ratio(r, base).padStart(19)} | ${ratio(r, r.own).padStart(16)} |`);
}
console.log('\nTargets (DESIGN.md): performance, accessibility, best practices and SEO 100; LCP at most 1.1× plain HTML.');
console.log('A page made plain is the built page without its scripts: its largest paint costs what plain HTML\'s would.');
process.exit(0);
