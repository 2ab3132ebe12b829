// Prints the size of what dist/ sends: raw, gzip and brotli, by kind of file,
// and the first load of the home route against the budgets in DESIGN.md.
// Usage: node scripts/bench.mjs [dist]   (scripts/bench.sh builds first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const BUDGET = { wasm: 90 * 1024, firstLoad: 120 * 1024 };

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const kindOf = (path) => {
  const ext = extname(path);
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html') return 'html (CSS inlined)';
  if (path.includes('/content/') || ext === '.json') return 'content (json)';
  if (ext === '.svg') return 'images (svg)';
  if (ext === '.pdf') return 'reports (pdf)';
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

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const line = (label, s) => `| ${label.padEnd(50)} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
const head = `| ${'file (KB)'.padEnd(50)} | ${'raw'.padStart(8)} | ${'gzip'.padStart(8)} | ${'brotli'.padStart(8)} |`;
const rule = `|${'-'.repeat(52)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(10)}|`;
const sum = (list) => list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

console.log(`\nSizes of ${dist}/ (KB = 1024 bytes; brotli quality 11, gzip level 9)\n`);
console.log(head); console.log(rule);
const kinds = [...new Set(rows.map((r) => r.kind))].sort();
for (const kind of kinds) {
  const of = rows.filter((r) => r.kind === kind);
  if (of.length === 1) console.log(line(`${kind}: ${of[0].path.replace(/-[0-9a-f]{16}/, '')}`, of[0]));
  else console.log(line(`${kind} (${of.length} files)`, sum(of)));
}

// What the home route needs before it can paint its content: the HTML (with
// the CSS inlined), the JS loader, the wasm, config.json and the English bundle.
const firstLoad = rows.filter((r) =>
  r.path === 'index.html' || r.kind === 'js' || r.kind === 'wasm' || r.path === 'config.json' || r.path === 'content/en.json');
const first = sum(firstLoad);
const wasm = sum(rows.filter((r) => r.kind === 'wasm'));
console.log(rule);
console.log(line('first load of / (html+js+wasm+config+en.json)', first));
console.log('\nBudgets (brotli):');
const verdict = (n, budget) => (n <= budget ? 'within' : `OVER by ${((n - budget) / 1024).toFixed(1)} KB`);
console.log(`  wasm        ${kb(wasm.brotli)} KB of ${(BUDGET.wasm / 1024).toFixed(0)} KB  ${verdict(wasm.brotli, BUDGET.wasm)}`);
console.log(`  first load  ${kb(first.brotli)} KB of ${(BUDGET.firstLoad / 1024).toFixed(0)} KB ${verdict(first.brotli, BUDGET.firstLoad)}`);
console.log('  (images below the fold load lazily and are not counted in the first load)');
