import { launchChromium, serve } from './bench-browser.mjs';
import { writeFileSync } from 'node:fs';
const dist = process.argv[2] || 'dist';
const from = process.argv[3] || '/what-we-do/social-and-solidarity-economy';
const link = process.argv[4] || 'a[rel="next"]';
const origin = await serve(dist, 4299);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { window.__pre = document.querySelector('main'); }, { once: true }));
await page.goto(`${origin}${from}`);
await page.waitForFunction(() => window.__pre && document.querySelector('main') !== window.__pre);
await page.waitForTimeout(300);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const h1 = await page.locator('h1').textContent();
await page.evaluate((sel) => document.querySelector(sel).click(), link);
await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, h1);
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/prof/nav.cpuprofile', JSON.stringify(profile));
// self and total time by function
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map(), total = new Map();
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => {
  const d = dt[i + 1] ?? 0;
  const n = byId.get(id); const name = n.callFrame.functionName || '(anon)';
  self.set(name, (self.get(name) || 0) + d);
  const seen = new Set();
  for (let cur = id; cur != null; cur = parent.get(cur)) {
    const nm = byId.get(cur).callFrame.functionName || '(anon)';
    if (seen.has(nm)) continue; seen.add(nm);
    total.set(nm, (total.get(nm) || 0) + d);
  }
});
const top = (m, k) => [...m].filter(([n]) => !['(program)', '(idle)', '(root)'].includes(n)).sort((a, b) => b[1] - a[1]).slice(0, k);
console.log('--- self (ms)'); for (const [n, v] of top(self, 40)) console.log((v / 1000).toFixed(1).padStart(7), n.slice(0, 160));
console.log('--- total (ms)'); for (const [n, v] of top(total, 60)) console.log((v / 1000).toFixed(1).padStart(7), n.slice(0, 160));
await browser.close();
