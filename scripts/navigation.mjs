// How long a client-side navigation takes, in headless Chromium with 4x CPU
// slowdown, median of 20: the script time (JavaScript and wasm, as Chromium
// counts it), which DESIGN.md's target of one frame (16 ms) is about, and
// the time from the click to the frame that shows the new page, which adds
// style, layout, paint and the wait for that frame. Two navigations: a
// theme card on /what-we-do, and a theme's "next" link.
//
// - The first navigation of a page is timed on its own: it runs code that
//   the page's first render did not, which V8 compiles as it is first
//   called (wasm is compiled lazily), so it costs more than later ones.
// - Later navigations: three more "next" links in the same page.
// - A floor for each first navigation, with no app at all: a few lines of
//   plain script swap in the next page's pre-rendered <main>, fetched and
//   parsed beforehand, set the address and title, and focus the heading.
//   That is about the least any client-side navigation costs here.
// Usage: node scripts/navigation.mjs [dist]   (scripts/bench.sh runs it)
import { readFile } from 'node:fs/promises';
import { launchChromium, median, serve } from './bench-browser.mjs';

const dist = process.argv[2] || 'dist';
const PORT = 4291;
const RUNS = 20;
const LATER = 3;
const origin = await serve(dist, PORT);

const browser = await launchChromium();

/**
 * Opens `path` with the app started, or for the floor without it, at 4x
 * CPU slowdown; returns a function that times a click.
 */
async function open(context, path, link, floor) {
  const page = await context.newPage();
  if (floor) {
    // The pre-rendered page as it arrives: the app's script never loads.
    await page.route(/inspir-site-[0-9a-f]+(_bg\.wasm|\.js)$/, (route) => route.abort());
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(plainNavigation, link);
  } else {
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'live');
    // A reader's pointer passes over the link before it clicks, which
    // fetches the pages' code (src/chunks/pages.rs), as the floor fetches
    // its next page beforehand. Compiling and running it stays timed.
    await page.hover(link);
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(200);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  const scriptSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics
    .find((metric) => metric.name === 'ScriptDuration').value;
  /**
   * Script time and milliseconds to the painted frame, from clicking
   * `selector` until the frame that shows `title` as the heading.
   */
  return async function click(selector, title) {
    const before = await scriptSeconds();
    // The click is the page's own, so the timing holds none of Playwright's
    // work (it checks the element before it clicks); the app sees the same
    // click event either way. The app gives the new heading focus once the
    // page is shown, afresh even where it had focus already: that is part
    // of the navigation's work, so the script time waits for it too. A
    // heading that never takes focus stops the benchmark, not hangs it.
    const painted = await page.evaluate(([selector, title]) => new Promise((resolve, reject) => {
      const focused = new Promise((done) => document.addEventListener('focusin', done, { once: true }));
      const timeout = setTimeout(() => reject(new Error(`no focus event after the click on ${selector}`)), 10_000);
      const watcher = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent !== title) return;
        watcher.disconnect();
        requestAnimationFrame(() => setTimeout(async () => {
          const ms = performance.now() - clickedAt;
          await focused;
          clearTimeout(timeout);
          resolve(ms);
        }));
      });
      watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
      const clickedAt = performance.now();
      document.querySelector(selector).click();
    }), [selector, title]);
    const script = 1000 * (await scriptSeconds() - before);
    // Let the page settle, as a reader would before the next click.
    await page.waitForTimeout(200);
    return { script, painted };
  };
}

/**
 * The floor's navigation, run in the page: the next page is fetched and
 * parsed now; the click only swaps it in.
 */
async function plainNavigation(selector) {
  const link = document.querySelector(selector);
  const html = await (await fetch(link.href)).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState(null, '', link.href);
    const main = document.importNode(next.querySelector('main'), true);
    document.querySelector('main').replaceWith(main);
    document.title = next.title;
    main.querySelector('h1').focus();
  });
}

/** Times the first click on `link`, and then `later` "next" links. */
async function session(path, link, titles, floor, later) {
  // No offline worker: its install, which fetches the app's files, would
  // compete with the navigation for the CPU.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const click = await open(context, path, link, floor);
  const times = [await click(link, titles[0])];
  for (let next = 1; next <= later; next++) times.push(await click('a[rel="next"]', titles[next]));
  await context.close();
  return times;
}

const content = JSON.parse(await readFile(`${dist}/content/en.json`, 'utf8'));
const titles = content.themes.map((theme) => theme.title);
const first = content.themes[0].slug;
const rows = [];
const row = (label, times) => rows.push({ label, times });
// Each navigation's runs interleave with its floor's, so a busy moment on
// the machine weighs on both alike.
for (const [label, path, link, expected, more] of [
  ['theme card on /what-we-do', '/what-we-do', `a[href="/what-we-do/${first}"]`, titles, 0],
  ['theme to next theme', `/what-we-do/${first}`, 'a[rel="next"]', titles.slice(1), LATER],
]) {
  const app = [], floor = [], later = [];
  for (let run = 0; run < RUNS; run++) {
    const [firstClick, ...next] = await session(path, link, expected, false, more);
    app.push(firstClick);
    later.push(...next);
    floor.push(...await session(path, link, expected, true, 0));
  }
  row(`${label}, first`, app);
  row('  floor: plain script, no app', floor);
  if (later.length) row(`${label}, later (${later.length})`, later);
}

console.log(`\nClient-side navigation, 4x CPU slowdown, median of ${RUNS} (target: 16 ms of script)\n`);
console.log('| navigation                           |   script | script, slowest | click to painted |  slowest |');
console.log('|--------------------------------------|----------|-----------------|------------------|----------|');
const ms = (value, width) => `${value.toFixed(1)} ms`.padStart(width);
for (const { label, times } of rows) {
  const column = (key) => times.map((time) => time[key]);
  console.log(`| ${label.padEnd(36)} | ${ms(median(column('script')), 8)} | ${ms(Math.max(...column('script')), 15)} | ${ms(median(column('painted')), 16)} | ${ms(Math.max(...column('painted')), 8)} |`);
}
await browser.close();
