// How long the app takes to show a hostile bundle (tests/e2e/hostile-bundle.js:
// 500 themes, paragraphs of 100 KB, hostile strings everywhere), served at
// run time: from the navigation to the app showing the page, and the longest
// main-thread task, in headless Chromium at full speed and with 4x CPU
// slowdown. Median of 3 loads.
// Usage: node scripts/hostile.mjs [dist]   (scripts/bench.sh runs it)
import { launchChromium, median, serve } from './bench-browser.mjs';
import { hostileBundle, THEMES } from '../tests/e2e/hostile-bundle.js';

const dist = process.argv[2] || 'dist';
const PORT = 4290;
const origin = await serve(dist, PORT);

const body = JSON.stringify(hostileBundle());
const browser = await launchChromium();

async function measure(path, slowdown, ready, arg) {
  const shown = [], longest = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.route('**/content/en.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(ready, arg, { timeout: 120_000 });
    shown.push(await page.evaluate(() => performance.now()));
    await page.waitForTimeout(300);
    longest.push(await page.evaluate(() => window.__longest));
    await context.close();
  }
  return { shown: median(shown), longest: median(longest) };
}

const homeReady = (count) => document.querySelectorAll('li.card--theme').length === count;
console.log(`\nA hostile bundle (${THEMES} themes, 100 KB paragraphs, ${(body.length / 1024).toFixed(0)} KB of JSON), median of 3 loads\n`);
console.log('| page                          | CPU | shown after | longest task |');
console.log('|-------------------------------|-----|-------------|--------------|');
for (const slowdown of [1, 4]) {
  for (const [label, path, ready, arg] of [
    [`/ (${THEMES} theme cards)`, '/', homeReady, THEMES],
    ['/what-we-do/theme-1 (200 KB)', '/what-we-do/theme-1', (title) => document.querySelector('h1')?.textContent.startsWith(title), '1 '],
  ]) {
    const result = await measure(path, slowdown, ready, arg);
    console.log(`| ${label.padEnd(29)} | ${`${slowdown}x`.padStart(3)} | ${`${(result.shown / 1000).toFixed(2)} s`.padStart(11)} | ${`${Math.round(result.longest)} ms`.padStart(12)} |`);
  }
}
await browser.close();
process.exit(0);
