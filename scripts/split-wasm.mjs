#!/usr/bin/env node
// Cuts the app's wasm into a first-load module and one chunk per feature
// declared with `chunk!` (src/chunks), in trunk's staging folder:
// `node scripts/split-wasm.mjs` from the post_build hook (trunk sets
// TRUNK_STAGING_DIR and TRUNK_PROFILE).
//
// trunk 0.21 has no split step (trunk issue 1022), and the wasm it stages
// has lost the relocations a split needs. So this starts again from the
// wasm cargo linked (with --emit-relocs, .cargo/config.toml), as
// cargo-leptos --split does:
//   1. wasm-split-cli (crate wasm_split_cli_support) cuts it into the main
//      module, the chunks and `__wasm_split.js`, which fetches a chunk on
//      its first call;
//   2. wasm-bindgen makes the main module's JS, keeping the exports the
//      chunks link to;
//   3. wasm-opt -Oz shrinks every module (release builds);
//   4. every file is named by a hash of its content, as trunk names its
//      own, so hosts may cache them for a year; the page template then
//      names the new files in place of trunk's.
// Exits 1, saying what failed, so a build that cannot be split never
// reaches dist/.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const NAME = 'inspir-site';
const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) fail('run by trunk\'s post_build hook, which sets TRUNK_STAGING_DIR');

function fail(message) {
  console.error(`split-wasm: ${message}`);
  process.exit(1);
}

function run(tool, args) {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    fail(`${tool} failed: ${error.stderr?.toString().trim() || error.message}`);
  }
}

const hash = (...parts) => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest('hex').slice(0, 16);
};

const targetDir = JSON.parse(execFileSync('cargo',
  ['metadata', '--format-version', '1', '--no-deps', '--offline'], { encoding: 'utf8' })).target_directory;
const linked = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);
const work = path.join(targetDir, 'wasm-split', release ? 'release' : 'debug');
rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, 'bindgen'), { recursive: true });

run('wasm-split-cli', [linked, work, '--out-name', NAME]);
run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
  '--out-dir', path.join(work, 'bindgen'), '--out-name', NAME, path.join(work, `${NAME}.wasm`)]);

// One `split_<name>.wasm` a feature, and `chunk_<n>.wasm` for code that
// several features share (fetched with whichever needs it first).
const chunkFiles = readdirSync(work).filter((file) => file.endsWith('.wasm') && file !== `${NAME}.wasm`);
const modules = [path.join(work, 'bindgen', `${NAME}_bg.wasm`), ...chunkFiles.map((file) => path.join(work, file))];
if (release) for (const module of modules) run('wasm-opt', ['-Oz', module, '-o', module]);

// Each chunk by its own content; the loader names them.
let loader = readFileSync(path.join(work, '__wasm_split.js'), 'utf8');
const written = {};
for (const file of chunkFiles) {
  const bytes = readFileSync(path.join(work, file));
  const named = `${file.replace(/\.wasm$/, '')}-${hash(bytes)}.wasm`;
  if (!loader.includes(`"./${file}"`)) fail(`__wasm_split.js does not load ${file}`);
  loader = loader.replaceAll(`"./${file}"`, `"./${named}"`);
  written[named] = bytes;
}
const wasm = readFileSync(modules[0]);
const wasmName = `${NAME}-${hash(wasm)}_bg.wasm`;
written[wasmName] = wasm;

// The loader and the app's JS import each other, so both carry one hash
// of everything the pair depends on.
let script = readFileSync(path.join(work, 'bindgen', `${NAME}.js`), 'utf8');
const pair = hash(wasm, loader, script, Object.keys(written).join());
const scriptName = `${NAME}-${pair}.js`;
const loaderName = `wasm-split-${pair}.js`;
// Only the import's address changes: the wasm still names its imports
// module "./__wasm_split.js".
const importOf = /(import \* as \w+ from )"\.\/__wasm_split\.js"/g;
if (script.search(importOf) < 0) {
  if (chunkFiles.length) fail(`${NAME}.js does not import __wasm_split.js`);
} else {
  script = script.replaceAll(importOf, `$1"./${loaderName}"`);
  loader = loader.replaceAll(`"./${NAME}.js"`, `"./${scriptName}"`);
  written[loaderName] = loader;
}
written[scriptName] = script;

// trunk's own script and wasm make way for these.
const template = path.join(staging, 'index.html');
let html = readFileSync(template, 'utf8');
const trunkScript = html.match(new RegExp(`${NAME}-[0-9a-f]+\\.js`))?.[0];
const trunkWasm = html.match(new RegExp(`${NAME}-[0-9a-f]+_bg\\.wasm`))?.[0];
if (!trunkScript || !trunkWasm) fail(`${template} names no ${NAME} script and wasm`);
rmSync(path.join(staging, trunkScript));
rmSync(path.join(staging, trunkWasm));
html = html.replaceAll(trunkScript, scriptName).replaceAll(trunkWasm, wasmName);
writeFileSync(template, html);
for (const [file, content] of Object.entries(written)) writeFileSync(path.join(staging, file), content);
rmSync(path.join(staging, 'snippets'), { recursive: true, force: true });
const snippets = path.join(work, 'bindgen', 'snippets');
if (existsSync(snippets)) cpSync(snippets, path.join(staging, 'snippets'), { recursive: true });

const sizes = Object.entries(written).map(([file, content]) => `${file} ${(content.length / 1024).toFixed(1)} KB`);
console.log(`split-wasm: ${chunkFiles.length} chunk(s); ${sizes.join(', ')}`);
