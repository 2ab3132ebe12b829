// The features whose code arrives when first used (src/chunks): a first
// load fetches none of it; the reader's first touch fetches it; and when it
// cannot be fetched (offline before it was kept, a deploy in between) the
// feature says so, the rest of the page goes on, and trying again works.
// The newsletter form's case is in newsletter.spec.js, which owns the
// stand-in service.
import { blockChunks, expect, live, test, watchConsole } from './helpers.js';

const CHUNK = /\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/;

test('a first load fetches no chunk but the search page its own; focus in a feature fetches its own', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => CHUNK.test(r.url()) && fetched.push(new URL(r.url()).pathname));
  for (const path of ['/', '/fr/what-we-do/advocacy', '/es/allies', '/newsletter']) {
    await page.goto(path);
    await live(page);
    await page.waitForLoadState('networkidle');
  }
  expect(fetched).toEqual([]);
  await page.goto('/search');
  await live(page);
  await expect.poll(() => fetched.some((p) => p.includes('/split_search-'))).toBe(true);
  expect(fetched.some((p) => /split_(pages|newsletter)-/.test(p))).toBe(false);
  fetched.length = 0;
  await page.goto('/');
  await live(page);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search' }).focus();
  await expect.poll(() => fetched.some((p) => p.includes('/split_search-'))).toBe(true);
  expect(fetched.some((p) => p.includes('/split_newsletter-'))).toBe(false);
});

test('search whose code cannot be fetched says so, the page works on, and typing again retries', async ({ page }) => {
  const errors = watchConsole(page);
  const { refused, unblock } = await blockChunks(page, 'search');
  await page.goto('/');
  await live(page);
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
  await field.fill('gender');
  const panel = page.locator('#site-search-results');
  await expect(panel.getByRole('status')).toHaveText(/^Search could not be loaded/);
  expect(refused.length).toBeGreaterThan(0);
  // The failure is the chunk's alone: no panic, and the menu still
  // navigates without a reload.
  expect(errors.filter((e) => /panicked|unreachable|RuntimeError/.test(e))).toEqual([]);
  await page.evaluate(() => { window.__samePage = true; });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Allies' }).click();
  await expect(page.locator('h1')).toHaveText('Allies and references');
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  unblock();
  await field.fill('gender equality');
  await expect(panel.getByRole('link', { name: 'Gender equality', exact: true })).toBeVisible();
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the header as built answers at once while its code is away, and comes alive as the reader reaches search", async ({ page }) => {
    const { refused, unblock } = await blockChunks(page, 'pages');
    await page.goto('/');
    await live(page);
    const banner = page.getByRole('banner');
    const menu = banner.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Reports' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Reports' })).toBeHidden();
    // `/` shows the field and puts the reader in it; typing is kept.
    const field = banner.getByRole('searchbox', { name: 'Search' });
    await page.locator('body').click({ position: { x: 5, y: 600 } });
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await page.keyboard.type('gender');
    await expect(field).toHaveValue('gender');
    expect(refused.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    const search = banner.getByRole('button', { name: 'Search' }).first();
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await expect(search).toBeFocused();
    // Once the code can come, the next visit to the field brings the live
    // header: what was typed is kept, and results open beneath it.
    unblock();
    await search.click();
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await expect(field).toBeFocused();
    await expect(banner.getByRole('link', { name: 'Gender equality', exact: true })).toBeVisible();
    await expect(field).toHaveValue('gender');
  });
});

for (const [part, role] of [['header', 'banner'], ['footer', 'contentinfo']]) {
  test(`a click on a link in the ${part} goes through as its live version comes in under the pointer`, async ({ page }) => {
    // The pages chunk, which brings the live header and footer, is held
    // until the reader's button is down on a link.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\/split_pages-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto('/');
    await live(page);
    await page.evaluate(() => { window.__samePage = true; });
    const link = page.getByRole(role).getByRole('link', { name: 'Allies' });
    await link.hover();
    await page.mouse.down();
    release();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await page.mouse.up();
    await expect(page.locator('h1')).toHaveText('Allies and references');
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
    await expect(page.locator('footer a[aria-current="page"]')).toHaveText('Allies');
    await expect(page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current="page"]')).toHaveText('Allies');
  });
}

test("a page whose code cannot be fetched says so, and Try again loads it afresh", async ({ page }) => {
  const { refused, unblock } = await blockChunks(page, 'pages');
  await page.goto('/');
  await live(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Allies' }).click();
  await expect(page).toHaveURL(/\/allies$/);
  await expect(page.locator('h1')).toHaveText('This page could not be loaded');
  expect(refused.length).toBeGreaterThan(0);
  // The header still works: the menu and the language links are there.
  await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/allies');
  unblock();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('h1')).toHaveText('Allies and references');
  await live(page);
  // The app runs again: the next click navigates in place.
  await page.evaluate(() => { window.__samePage = true; });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.locator('h1')).not.toHaveText('This page could not be loaded');
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

test('an adopted page reads its content only when the first navigation needs it, and says so when it cannot', async ({ page }) => {
  const { refused, unblock } = await blockChunks(page, 'content');
  await page.goto('/reports');
  await live(page);
  // The page as built, alive, with no reading: its buttons name their
  // reports from the page itself.
  await expect(page.getByRole('button', { name: /^Keep for offline\s*: \S/ }).first()).toBeVisible();
  expect(refused).toEqual([]);
  await page.evaluate(() => { window.__samePage = true; });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Allies' }).click();
  await expect(page).toHaveURL(/\/allies$/);
  await expect(page.locator('h1')).toHaveText('This page could not be loaded');
  await page.getByText('Technical details').click();
  await expect(page.getByText(/the code that reads the content could not be fetched/)).toBeVisible();
  expect(refused.length).toBeGreaterThan(0);
  unblock();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('h1')).toHaveText('Allies and references');
  // Focus lands on the page that came, as after any navigation.
  await expect(page.locator('h1')).toBeFocused();
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

test('"keep for offline" whose code cannot be fetched says so, and the next press keeps the report', async ({ page }) => {
  const { refused, unblock } = await blockChunks(page, 'offline');
  await page.goto('/reports');
  await live(page);
  const card = page.locator('main li').first();
  const keep = card.getByRole('button', { name: /^Keep for offline/ });
  await keep.click();
  await expect(card.getByRole('status')).toHaveText('This report could not be kept: check your connection, then try again.');
  expect(refused.length).toBeGreaterThan(0);
  unblock();
  await keep.click();
  await expect(card.getByRole('status')).toHaveText('Kept on this device for offline reading.');
  await expect(card.getByRole('button', { name: /^Remove from this device/ })).toBeVisible();
});
