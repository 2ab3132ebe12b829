// What the app's start-up costs the reader: on each kind of page, the
// longest main-thread task from the page's load event (the app starts
// after it: Trunk.toml's loader) until the app owns the page
// (`<html data-app="live">`) and has been quiet for 500 ms, and the total
// script time in that span. Headless Chromium at 4x CPU slowdown, median
// and slowest of 20 cold loads, the offline worker blocked so that its
// install does not compete for the CPU. Read from a Chromium trace, since
// the Long Tasks API reports nothing under 50 ms.
// Usage: node scripts/startup.mjs [dist] [runs] [path…]   (scripts/bench.sh runs it;
// paths, such as /search?q=health, measure only those pages)
import { launchChromium, median, serve } from './bench-browser.mjs';

const dist = process.argv[2] || 'dist';
const RUNS = Number(process.argv[3] || 20);
const PORT = 4293;

const PAGES = [
  ['home', '/'],
  ['themes list', '/what-we-do'],
  ['a theme', '/what-we-do/advocacy'],
  ['allies', '/allies'],
  ['reports', '/reports'],
  ['newsletter', '/fr/newsletter'],
  ['search with a query', '/search?q=health'],
  ['home, Spanish', '/es/'],
];

// A path not in the list would measure nothing and print an empty table.
const only = process.argv.slice(4);
const unknown = only.filter((path) => !PAGES.some(([, known]) => known === path));
if (unknown.length) {
  console.error(`startup.mjs measures only these paths: ${PAGES.map(([, path]) => path).join(' ')}; not ${unknown.join(' ')}`);
  process.exit(2);
}
const measured = PAGES.filter(([, path]) => !only.length || only.includes(path));
const origin = await serve(dist, PORT);
const browser = await launchChromium();

/** The trace of one cold load of `path`, until the app is live and quiet. */
async function trace(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  // Builds from before `data-app` replaced the page's <main> when they took over.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    window.__parsedMain = document.querySelector('main');
  }));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'live'
    || (window.__parsedMain && document.querySelector('main') !== window.__parsedMain), null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return events;
}

/** The longest task and the script time after the load event, in ms. */
function startup(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
    && events.some((m) => m.name === 'MarkLoad' && m.pid === e.pid && m.tid === e.tid));
  if (!main) throw new Error('no renderer main thread with a load event in the trace');
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const loaded = Math.max(...on.filter((e) => e.name === 'MarkLoad').map((e) => e.ts));
  const after = on.filter((e) => e.ts >= loaded && e.ph === 'X');
  const longest = Math.max(0, ...after.filter((e) => e.name === 'RunTask').map((e) => e.dur));
  const script = after.filter((e) => ['FunctionCall', 'EvaluateScript', 'v8.compileModule', 'TimerFire', 'FireAnimationFrame']
    .includes(e.name)).reduce((sum, e) => sum + e.dur, 0);
  return { longest: longest / 1000, script: script / 1000 };
}

console.log(`\nStart-up: longest main-thread task from the load event until the app is live and quiet, 4x CPU, ${RUNS} cold loads\n`);
console.log('| page                 | path               | longest: median | slowest | script: median |');
console.log('|----------------------|--------------------|-----------------|---------|----------------|');
for (const [label, path] of measured) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(startup(await trace(path)));
  const longest = runs.map((r) => r.longest);
  const ms = (value) => `${Math.round(value)} ms`;
  console.log(`| ${label.padEnd(20)} | ${path.padEnd(18)} | ${ms(median(longest)).padStart(15)} | ${ms(Math.max(...longest)).padStart(7)} | ${ms(median(runs.map((r) => r.script))).padStart(14)} |`);
}
await browser.close();
process.exit(0);
