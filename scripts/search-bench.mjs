// What search costs a visitor: the files and bytes the first search fetches
// (the app's search chunk, Pagefind's script, worker, wasm and index) and a
// second one, and the time
// from the last keystroke to the results painted, in headless Chromium with
// 4x CPU slowdown, median of 20. The time includes the app's 200 ms pause
// after typing (src/components/search/running.rs), which a visitor waits too.
// Usage: node scripts/search-bench.mjs [dist]   (scripts/bench.sh runs it)
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium, median, serve } from './bench-browser.mjs';

const dist = process.argv[2] || 'dist';
const PORT = 4292;
const RUNS = 20;
const origin = await serve(dist, PORT);

const browser = await launchChromium();

/** Bytes of a file of the site: as served, and as a host would send it with brotli. */
function size(url) {
  const path = decodeURIComponent(new URL(url).pathname);
  const body = readFileSync(`${dist}${path}`);
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: body.length, brotli: Math.min(brotli, body.length) };
}

/** Types `query` into the header field; resolves with ms from the last keystroke to results painted. */
async function search(page, query) {
  const field = page.locator('#site-search-q');
  await field.fill('');
  await page.evaluate((query) => {
    window.__painted = new Promise((resolve) => {
      let lastKey = 0;
      document.addEventListener('input', (event) => { lastKey = event.timeStamp; }, { capture: true });
      // The panel's status line naming the query: the line is a stand-in
      // until the search chunk is in (src/components/search/results.rs).
      // Looked up afresh, as the live header replaces the one as built
      // (src/header_as_built.rs) once its code is in.
      const watcher = new MutationObserver(() => {
        const status = document.querySelector('#site-search-results .search-status');
        if (!status?.textContent.includes(`“${query}”`)) return;
        watcher.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - lastKey));
      });
      watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, query);
  await field.pressSequentially(query, { delay: 30 });
  return page.evaluate(() => window.__painted);
}

async function once() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  // Pagefind's files, and the app's own search chunk (src/chunks/search.rs)
  // with the shared chunks it waits for, fetched as the field takes focus.
  page.on('request', (r) => /\/pagefind\/|\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(r.url()) && fetched.push(r.url().split('?')[0]));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'live');
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const first = await search(page, 'gender');
  const firstFiles = fetched.splice(0);
  const second = await search(page, 'health');
  const secondFiles = fetched.splice(0);
  await context.close();
  return { first, second, firstFiles, secondFiles };
}

const runs = [];
for (let run = 0; run < RUNS; run++) runs.push(await once());
await browser.close();

const total = (files) => files.map(size).reduce((a, s) => ({ raw: a.raw + s.raw, brotli: a.brotli + s.brotli }), { raw: 0, brotli: 0 });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
console.log(`\nSearch from the header of /, 4x CPU slowdown, median of ${RUNS} (includes the 200 ms pause after typing)\n`);
console.log('| search                     | files |    served |    brotli | keystroke to results |  slowest |');
console.log('|----------------------------|-------|-----------|-----------|----------------------|----------|');
for (const [label, files, times] of [
  ['first ("gender")', runs[0].firstFiles, runs.map((r) => r.first)],
  ['second ("health")', runs[0].secondFiles, runs.map((r) => r.second)],
]) {
  const bytes = total(files);
  console.log(`| ${label.padEnd(26)} | ${String(files.length).padStart(5)} | ${kb(bytes.raw)} | ${kb(bytes.brotli)} | ${ms(median(times)).padStart(20)} | ${ms(Math.max(...times))} |`);
}
