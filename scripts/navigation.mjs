// How long a client-side navigation takes: from the click to the frame that
// shows the new page, in headless Chromium with 4x CPU slowdown, median of
// 20. Two navigations: a theme card on /what-we-do, and a theme's "next"
// link. DESIGN.md's target is one frame (16 ms).
// Usage: node scripts/navigation.mjs [dist]   (scripts/bench.sh runs it)
import { launchChromium, median, serve } from './bench-browser.mjs';

const dist = process.argv[2] || 'dist';
const PORT = 4291;
const RUNS = 20;
const origin = await serve(dist, PORT);

const browser = await launchChromium();

/** Milliseconds from clicking `link` on `path` to the frame showing `expected` as the heading. */
async function once(path, link, expected) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    window.__prerendered = document.querySelector('main');
  }, { once: true }));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.__prerendered && document.querySelector('main') !== window.__prerendered);
  await page.waitForTimeout(200);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate((title) => {
    window.__shown = new Promise((resolve) => {
      let clickedAt = 0;
      document.addEventListener('click', (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
      const watcher = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent !== title) return;
        watcher.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - clickedAt));
      });
      watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, expected);
  await page.locator(link).first().click();
  const ms = await page.evaluate(() => window.__shown);
  await context.close();
  return ms;
}

const content = JSON.parse(await (await import('node:fs/promises')).readFile(`${dist}/content/en.json`, 'utf8'));
const [first, second] = content.themes;
console.log(`\nClient-side navigation, click to new page shown, 4x CPU slowdown, median of ${RUNS} (target 16 ms)\n`);
console.log('| navigation                               |   median |  slowest |');
console.log('|------------------------------------------|----------|----------|');
for (const [label, path, link, title] of [
  ['theme card on /what-we-do', '/what-we-do', `a[href="/what-we-do/${first.slug}"]`, first.title],
  ['theme to next theme', `/what-we-do/${first.slug}`, 'a[rel="next"]', second.title],
]) {
  const times = [];
  for (let run = 0; run < RUNS; run++) times.push(await once(path, link, title));
  const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(8);
  console.log(`| ${label.padEnd(40)} | ${fmt(median(times))} | ${fmt(Math.max(...times))} |`);
}
await browser.close();
