import { launchChromium, serve, median } from './bench-browser.mjs';
const dist = process.argv[2] || 'dist';
const origin = await serve(dist, 4298);
const browser = await launchChromium();
async function once(path, sel) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { window.__pre = document.querySelector('main'); }, { once: true }));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.__pre && document.querySelector('main') !== window.__pre);
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const r = await page.evaluate((sel) => new Promise((resolve) => {
    const a = document.querySelector(sel);
    const h1 = document.querySelector('h1').textContent;
    const ch = new MessageChannel();
    let t0, tClickDone, tMut, tTask;
    const obs = new MutationObserver(() => {
      if (document.querySelector('h1')?.textContent === h1) return;
      obs.disconnect(); tMut = performance.now();
      ch.port1.onmessage = () => { tTask = performance.now();
        requestAnimationFrame(() => { const tRaf = performance.now(); ch.port1.onmessage = () => resolve({ click: tClickDone - t0, mut: tMut - t0, task: tTask - t0, raf: tRaf - t0, painted: performance.now() - t0 }); ch.port2.postMessage(0); });
      };
      ch.port2.postMessage(0);
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    t0 = performance.now(); a.click(); tClickDone = performance.now();
  }), sel);
  await context.close();
  return r;
}
for (const [path, sel] of [['/what-we-do', 'a[href="/what-we-do/social-and-solidarity-economy"]'], ['/what-we-do/social-and-solidarity-economy', 'a[rel="next"]']]) {
  const rs = []; for (let i = 0; i < 9; i++) rs.push(await once(path, sel));
  const keys = Object.keys(rs[0]);
  console.log(path, keys.map(k => `${k}=${median(rs.map(r => r[k])).toFixed(1)}`).join(' '));
}
await browser.close();
