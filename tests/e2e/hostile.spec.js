// A bundle with 500 themes, paragraphs of 100 KB and hostile strings in
// every field, served at run time as if from a broken CMS export: the app
// shows it as text, runs nothing from it, and keeps working. How long it
// takes is measured by scripts/hostile.mjs (scripts/bench.sh), not here.
import { test, expect, live, watchConsole, heading } from './helpers.js';
import { hostileBundle, THEMES, HOSTILE } from './hostile-bundle.js';

const body = JSON.stringify(hostileBundle());

/** Alerts a script from content would raise (none must). */
const dialogs = [];

test.beforeEach(async ({ page }) => {
  dialogs.length = 0;
  await page.route('**/content/en.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
});

test('the home page shows 500 hostile themes as text', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await live(page);
  await expect(page.locator('li.card--theme')).toHaveCount(THEMES);
  await expect(page.getByRole('link', { name: `0 ${HOSTILE[0]}`, exact: true })).toBeVisible();
  expect(await page.locator('main img[onerror], main [onmouseover], main script, main style').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"], a[href*="\\""]').count()).toBe(0);
  await expect(page.getByRole('heading', { name: HOSTILE[0], exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('a theme with paragraphs of 100 KB opens, and the page stays usable', async ({ page }) => {
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/what-we-do/theme-1');
  await live(page);
  await expect(heading(page)).toHaveText(`1 ${HOSTILE[1]}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What we do' }).click();
  await expect(page.locator('li.card--theme')).toHaveCount(THEMES);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
