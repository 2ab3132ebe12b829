#!/usr/bin/env node
// Builds the search index of a pre-rendered site: `node scripts/search-index.mjs DIST`.
//
// Pagefind (npm `pagefind`, whose binary comes with its platform package,
// so nothing is downloaded) reads every page's `data-pagefind-body` and
// writes one index per `<html lang>` into DIST/pagefind/. The app loads it
// on the first search (src/search/pagefind.rs). Then this checks the
// index against the sitemap: every page listed there must be in it, and
// nothing else (a not-found page, the search page) may be. Exits 1 naming
// each page that is wrong, so such a build never reaches dist/.

import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

// What Pagefind writes that the site does not use: its ready-made
// interfaces. The app shows results with its own components.
const UNUSED = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/search-index.mjs DIST');
  process.exit(2);
}

try {
  const report = await buildIndex(dist);
  console.log(`search-index: ${report}`);
} catch (error) {
  console.error(`search-index: ${error.message}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}

async function buildIndex(dist) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  for (const file of await htmlFiles(dist)) {
    const html = await readFile(path.join(dist, file), 'utf8');
    const added = await index.addHTMLFile({ sourcePath: file, content: splitElisions(html) });
    if (added.errors.length) throw new Error(`indexing ${file}: ${added.errors.join('; ')}`);
  }

  const { files, errors: unreadable } = await index.getFiles();
  if (unreadable.length) throw new Error(`reading the index: ${unreadable.join('; ')}`);
  const pages = files
    .filter((file) => file.path.startsWith('fragment/'))
    .map((file) => readFragment(file));
  const expected = await expectedPages(dist);
  const problems = [
    ...pages.filter((page) => !page.meta?.kind).map((page) => `${page.url} has no kind (data-pagefind-meta)`),
    ...pages.filter((page) => expected.has(page.url) && expected.get(page.url) !== page.language)
      .map((page) => `${page.url} is in the ${page.language} index, not the ${expected.get(page.url)} one`),
    ...compare(pages.map((page) => page.url), [...expected.keys()]),
  ];
  if (problems.length) {
    throw new Error(`the index does not match the sitemap:\n  ${problems.join('\n  ')}`);
  }

  const outputPath = path.join(dist, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`writing ${outputPath}: ${written.errors.join('; ')}`);
  await Promise.all(UNUSED.map((name) => rm(path.join(outputPath, name), { force: true })));

  const byLanguage = Object.entries(count(pages.map((page) => page.language)))
    .map(([language, n]) => `${n} ${language}`)
    .join(', ');
  return `${pages.length} pages indexed (${byLanguage}) into ${outputPath}`;
}

// Pagefind splits words at a straight apostrophe but not at a typographic
// one, so "d’activités" would be one word and "activites" would not find
// it. French and Spanish text is full of these elisions; the index reads
// them with a straight apostrophe (excerpts show it so, too).
function splitElisions(html) {
  return html.replace(/(\p{L})’(?=\p{L})/gu, "$1'");
}

async function htmlFiles(dist) {
  const all = await readdir(dist, { recursive: true });
  return all.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).sort();
}

// A fragment is gzip of `pagefind_dcd` followed by the page's JSON.
function readFragment(file) {
  const text = gunzipSync(file.content).toString('utf8');
  const json = JSON.parse(text.slice(text.indexOf('{')));
  return { ...json, language: file.path.slice('fragment/'.length).split('_')[0] };
}

// Every page in the sitemap, by the address Pagefind writes for it
// (relative to the site's folder, ending in `/`: `/fr/allies/`), with its
// language: the hreflang of the alternate that is the page itself.
async function expectedPages(dist) {
  const page = await readFile(path.join(dist, 'index.html'), 'utf8');
  const base = page.match(/<base href="([^"]*)"/)?.[1];
  if (!base) throw new Error(`${dist}/index.html has no <base href>`);
  const sitemap = await readFile(path.join(dist, 'sitemap.xml'), 'utf8');
  const expected = new Map();
  for (const [, entry] of sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = entry.match(/<loc>([^<]*)<\/loc>/)?.[1];
    const language = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)]
      .find(([, lang, href]) => lang !== 'x-default' && href === loc)?.[1];
    if (!loc || !language) throw new Error(`sitemap entry without its address or language: ${entry.trim()}`);
    const pathname = new URL(loc).pathname;
    if (!pathname.startsWith(base)) throw new Error(`sitemap page ${pathname} is outside ${base}`);
    const route = pathname.slice(base.length).replace(/\/?$/, '/');
    expected.set(route === '/' ? '/' : `/${route}`, language);
  }
  if (!expected.size) throw new Error(`${dist}/sitemap.xml lists no page`);
  return expected;
}

function compare(indexed, expected) {
  const have = new Set(indexed);
  const want = new Set(expected);
  return [
    ...expected.filter((url) => !have.has(url)).map((url) => `missing from the index: ${url}`),
    ...indexed.filter((url) => !want.has(url)).map((url) => `indexed but not a page of the sitemap: ${url}`),
  ];
}

function count(items) {
  const counts = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}
