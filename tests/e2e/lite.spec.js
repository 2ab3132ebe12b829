// Lite mode: for a reader who pays per megabyte, pages as built, with no
// app and no pictures until tapped. On with Save-Data, or from the switch
// in the footer (remembered). See index.html and src/components/lite.rs.
import { axeViolations, bundle, expect, heading, live, test, watchConsole } from './helpers.js';

/** What the page fetched: app code, pictures, the offline worker. */
function watchDownloads(page) {
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return {
    wasm: () => seen.filter((p) => p.endsWith('.wasm') || /inspir-site-[0-9a-f]+\.js$/.test(p)),
    pictures: () => seen.filter((p) => /^\/images\/(figures|allies)\//.test(p)),
    worker: () => seen.filter((p) => p.endsWith('/sw.js')),
  };
}

test.use({ serviceWorkers: 'allow' });

const saveData = () => Object.defineProperty(Navigator.prototype, 'connection', {
  configurable: true,
  get: () => ({ saveData: true, effectiveType: '3g' }),
});

test.describe('when the browser asks to save data', () => {
  test.beforeEach(async ({ page }) => page.addInitScript(saveData));

  test('pages read as built, with no app, no pictures and no worker, and say lite mode is on', async ({ page }) => {
    const errors = watchConsole(page);
    const downloads = watchDownloads(page);
    const theme = bundle('en').themes[0];
    await page.goto('/');
    await expect(heading(page)).toHaveText(bundle('en').home.title);
    await page.getByRole('link', { name: theme.title }).first().click();
    await expect(heading(page)).toHaveText(theme.title);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(downloads.wasm()).toEqual([]);
    expect(downloads.pictures()).toEqual([]);
    expect(downloads.worker()).toEqual([]);
    await expect(page.getByRole('button', { name: 'Lite mode: on' })).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });

  test('a picture is its description and caption until tapped, then shows', async ({ page }) => {
    const downloads = watchDownloads(page);
    const theme = bundle('en').themes.find((t) => t.figure);
    const figure = bundle('en').figures.find((f) => f.id === theme.figure);
    await page.goto(`/what-we-do/${theme.slug}`);
    const show = page.getByRole('button', { name: new RegExp(`^${figure.image.alt.slice(0, 30)}.*Show the picture$`) });
    await expect(show).toBeVisible();
    await expect(page.locator('main figcaption')).toHaveText(figure.caption);
    await expect(page.locator('main figure img')).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    await show.click();
    await expect(page.locator('main figure img')).toBeVisible();
    await expect.poll(() => page.locator('main figure img').evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
    expect(downloads.pictures()).toEqual([new URL(figure.image.src, 'http://x/').pathname]);
    await expect(show).toBeHidden();
    await expect(page.locator('main figure')).toBeFocused();
  });

  test('on a phone, the navigation and search field show, since their buttons need the app', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/es/reports');
    await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Aliados' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menú' })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Guardar sin conexión/ })).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('axe finds no violations on the home page in lite mode', async ({ page }) => {
    await page.goto('/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the footer switch turns lite mode on and off, is remembered, and says its state in each language', async ({ page }) => {
  const downloads = watchDownloads(page);
  await page.goto('/fr/allies');
  await live(page);
  const off = page.getByRole('button', { name: 'Mode léger : désactivé' });
  await expect(off).toHaveAttribute('aria-pressed', 'false');
  await off.click();
  const on = page.getByRole('button', { name: 'Mode léger : activé' });
  await expect(on).toHaveAttribute('aria-pressed', 'true');
  await expect(on).toBeFocused();
  await expect(page.locator('html')).toHaveClass(/\blite\b/);
  // Remembered from page to page, and no app code is fetched.
  const before = downloads.wasm().length;
  await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Rapports' }).click();
  await expect(heading(page)).toHaveText(bundle('fr').reports_page.title);
  await page.waitForLoadState('networkidle');
  expect(downloads.wasm().length).toBe(before);
  await expect(page.getByRole('button', { name: 'Mode léger : activé' })).toBeVisible();
  for (const [path, name] of [['/es/', 'Modo ligero: activado'], ['/', 'Lite mode: on']]) {
    await page.goto(path);
    await expect(page.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  }
  // Off again: the app comes back.
  await page.getByRole('button', { name: 'Lite mode: on' }).click();
  await expect(page.getByRole('button', { name: 'Lite mode: off' })).toBeFocused();
  await live(page);
  expect(downloads.wasm().length).toBeGreaterThan(before);
});

test('the reader’s choice wins over Save-Data', async ({ page }) => {
  await page.addInitScript(saveData);
  await page.goto('/allies');
  await page.getByRole('button', { name: 'Lite mode: on' }).click();
  await expect(page.getByRole('button', { name: 'Lite mode: off' })).toHaveAttribute('aria-pressed', 'false');
  await live(page);
});

test('outside lite mode, the picture at the top of a theme is asked for at once, though lazy', async ({ page }) => {
  const theme = bundle('en').themes[0];
  const figure = bundle('en').figures.find((f) => f.id === theme.figure);
  await page.goto(`/what-we-do/${theme.slug}`);
  const entry = await page.evaluate((src) => {
    const [found] = performance.getEntriesByName(new URL(src, location.origin).href);
    return found && found.initiatorType;
  }, `/${figure.image.src}`);
  expect(entry).toBe('link');
  await expect.poll(() => page.locator('main figure img').evaluate((i) => i.complete && i.naturalWidth > 0)).toBe(true);
});
