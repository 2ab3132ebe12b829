// Prints the size of what dist/ sends: raw, gzip and brotli, by kind of file;
// each pre-rendered page's HTML; and the first load of the home route,
// against the budgets in DESIGN.md.
// Usage: node scripts/bench.mjs [dist]   (scripts/bench.sh builds first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const KB = 1024;
const BUDGET = { wasm: 130 * KB, firstLoad: 150 * KB, page: 14 * KB };

function* files(dir) {
  // Skips dot-folders such as the .stage that trunk leaves after a failed build.
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.'))) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const kindOf = (path) => {
  const ext = extname(path);
  // Fetched on the first search only (scripts/search-bench.mjs measures it).
  if (relative(dist, path).startsWith('pagefind/')) return 'search index and code (Pagefind)';
  // A feature's code, fetched when first used (scripts/wasm-ledger.mjs).
  if (ext === '.wasm' && /^(split|chunk)_/.test(relative(dist, path))) return 'wasm chunks';
  if (ext === '.wasm') return 'wasm';
  // Fetched once the app runs, to keep pages for offline (scripts/offline-bench.mjs).
  if (relative(dist, path) === 'sw.js') return 'offline worker';
  if (ext === '.js') return 'js (wasm-bindgen loader and snippets)';
  if (ext === '.html') return 'html pages (CSS inlined)';
  if (ext === '.json') return 'content json and config';
  if (ext === '.svg') return 'images (svg)';
  if (ext === '.png') return 'link-preview images (png)';
  if (ext === '.pdf') return 'reports (pdf)';
  if (ext === '.xml' || ext === '.txt') return 'sitemap, feeds, robots.txt';
  return 'other';
};

const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length,
});

const rows = [];
for (const path of files(dist)) rows.push({ path: relative(dist, path), kind: kindOf(path), ...sizes(readFileSync(path)) });

const kb = (n) => (n / KB).toFixed(1).padStart(8);
const line = (label, s) => `| ${label.padEnd(50)} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
const head = `| ${'file (KB)'.padEnd(50)} | ${'raw'.padStart(8)} | ${'gzip'.padStart(8)} | ${'brotli'.padStart(8)} |`;
const rule = `|${'-'.repeat(52)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(10)}|`;
const sum = (list) => list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const verdict = (n, budget) => (n <= budget ? 'within' : `OVER by ${((n - budget) / KB).toFixed(1)} KB`);

console.log(`\nSizes of ${dist}/ (KB = 1024 bytes; brotli quality 11, gzip level 9)\n`);
console.log(head); console.log(rule);
const kinds = [...new Set(rows.map((r) => r.kind))].sort();
for (const kind of kinds) {
  const of = rows.filter((r) => r.kind === kind);
  if (of.length === 1) console.log(line(`${kind}: ${of[0].path.split('/').pop().replace(/-[0-9a-f]{8,16}/, '')}`, of[0]));
  else console.log(line(`${kind} (${of.length} files)`, sum(of)));
}

// What the home route transfers on a first visit: the HTML (with the CSS
// inlined), then, once the page has painted, the loader, the first-load
// wasm, config.json and the English bundle; no chunk, until the reader
// reaches for its feature. Images below the fold load lazily.
const firstLoad = rows.filter((r) =>
  r.path === 'index.html' || r.kind.startsWith('js') || r.kind === 'wasm' || r.path === 'config.json' || r.path === 'content/en.json');
const first = sum(firstLoad);
const wasm = sum(rows.filter((r) => r.kind === 'wasm'));
console.log(rule);
console.log(line('first load of / (html+js+wasm+config+en.json)', first));

// A page paints after the first round trip when its HTML, CSS inlined,
// fits in the first TCP window (about 14 KB).
const pages = rows.filter((r) => r.kind.startsWith('html')).sort((a, b) => a.path.localeCompare(b.path));
console.log(`\nPre-rendered pages, HTML with inline CSS (budget ${BUDGET.page / KB} KB brotli each)\n`);
console.log(`| ${'page'.padEnd(50)} | ${'raw'.padStart(8)} | ${'brotli'.padStart(8)} |`);
console.log(`|${'-'.repeat(52)}|${'-'.repeat(10)}|${'-'.repeat(10)}|`);
for (const p of pages) console.log(`| ${p.path.padEnd(50)} | ${kb(p.raw)} | ${kb(p.brotli)} |`);
const largest = pages.reduce((a, p) => (p.brotli > a.brotli ? p : a), pages[0] || { brotli: 0, path: '-' });

console.log('\nBudgets (brotli):');
console.log(`  first-load wasm ${kb(wasm.brotli)} KB of ${BUDGET.wasm / KB} KB  ${verdict(wasm.brotli, BUDGET.wasm)}`);
console.log(`  first load      ${kb(first.brotli)} KB of ${BUDGET.firstLoad / KB} KB  ${verdict(first.brotli, BUDGET.firstLoad)}`);
if (pages.length) {
  const over = pages.filter((p) => p.brotli > BUDGET.page).length;
  console.log(`  largest page    ${kb(largest.brotli)} KB of ${BUDGET.page / KB} KB   ${verdict(largest.brotli, BUDGET.page)} (${largest.path}; ${over} of ${pages.length} pages over)`);
}
