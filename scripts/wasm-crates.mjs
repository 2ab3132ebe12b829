// Where the wasm's bytes go, by crate (top 15): twiggy over cargo's own
// output, which still has function names (the wasm trunk ships has none).
// A function counts for the crate that defines it, so a generic view
// function of tachys built for one of our components counts for tachys.
// The bytes are code and data before wasm-bindgen and wasm-opt, so they add
// up to more than the shipped wasm; compare shares between builds.
// Usage: node scripts/wasm-crates.mjs [cargo's wasm]   (scripts/bench.sh runs it)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wasm = process.argv[2] || 'target/wasm32-unknown-unknown/release/inspir-site.wasm';
const TOP = 15;
if (!existsSync(wasm)) {
  console.log(`\n(no per-crate table: ${wasm} is missing; build with trunk first)`);
  process.exit(0);
}

const items = JSON.parse(execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'json', wasm], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
}));

const CRATE = /^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/;

/**
 * The crate an item belongs to, from its symbol name: the crate of its
 * path, or in `<Type as Trait>::f`, of the type, unless the type is a
 * generic parameter (`<F as tachys::…>`), then of the trait.
 */
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: strings, tables)';
  const path = (text) => text.replace(/^(<|&|mut |dyn |\*const |\*mut |\(|\[)+/, '').match(CRATE)?.[1];
  const impl = name.match(/^<(.+?) as (.+)$/);
  const crate = impl ? path(impl[1]) ?? path(impl[2]) : path(name);
  return crate ?? '(wasm structure: types, imports, tables)';
}

// What trunk's build drops: names, wasm-bindgen's own data, and the
// describe functions wasm-bindgen runs at build time and then removes.
const dropped = /^("function names"|custom section|(export ")?__wbindgen_describe)|wasm_bindgen::describe::/;
const shipped = items.filter(({ name }) => !dropped.test(name));
const total = shipped.reduce((sum, item) => sum + item.shallow_size, 0);
const byCrate = new Map();
for (const { name, shallow_size: size } of shipped) {
  const crate = crateOf(name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
}
const rows = [...byCrate].sort((a, b) => b[1] - a[1]);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const share = (bytes) => `${((100 * bytes) / total).toFixed(1)} %`.padStart(7);

console.log(`\nThe wasm by crate, top ${TOP} (${wasm}: code and data before wasm-bindgen and wasm-opt, ${kb(total).trim()} in all)\n`);
console.log(`| ${'crate'.padEnd(40)} |      bytes |   share |`);
console.log(`|${'-'.repeat(42)}|------------|---------|`);
for (const [crate, bytes] of rows.slice(0, TOP)) console.log(`| ${crate.padEnd(40)} | ${kb(bytes)} | ${share(bytes)} |`);
const rest = rows.slice(TOP).reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(`| ${`${rows.length - TOP} other crates`.padEnd(40)} | ${kb(rest)} | ${share(rest)} |`);
