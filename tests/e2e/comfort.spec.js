// Reading comfort: the dark scheme, print, reduced motion, forced colours,
// and text spacing at 320 px (which is also 1280 px at 400% zoom).
import { ALL_ROUTES, LANGS, axeViolations, routes, test, expect, live, heading } from './helpers.js';
import { NEWSLETTER_ORIGIN } from './playwright.config.js';

const here = new URL('.', import.meta.url).pathname;

test.describe('in the dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  for (const [, path] of ALL_ROUTES) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await live(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('axe finds no violations on the newsletter form with an error showing', async ({ page }) => {
    await page.goto(`${NEWSLETTER_ORIGIN}/newsletter`);
    await live(page);
    await page.locator('main form').getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.locator('main form').getByRole('status')).toContainText('Enter an email address');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the page really is dark, and screenshots of home at 375 and 1280 px', async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      await live(page);
      const [paper, ink] = await page.evaluate(() => {
        const style = getComputedStyle(document.body.parentElement);
        return [style.backgroundColor, style.color];
      });
      expect(paper).toBe('rgb(16, 24, 29)');
      expect(ink).toBe('rgb(230, 237, 241)');
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${here}artifacts/home-dark-${width}.png`, fullPage: true });
    }
  });
});

test('a theme page prints as a document: no navigation, forms or switcher, and links with their address', async ({ page }) => {
  await page.goto('/what-we-do/advocacy');
  await live(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Language' })).toBeHidden();
  await expect(page.locator('form:visible')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Stay informed' })).toBeHidden();
  await expect(heading(page)).toBeVisible();
  expect(await heading(page).evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
  const pdf = await page.pdf({ path: `${here}artifacts/theme-advocacy.pdf`, format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A report's download link says where the file is. Printing to PDF can
  // leave Chromium's media emulation reset behind it, so print is asked for
  // again, and the style is polled rather than read once.
  await page.goto('/reports');
  await page.emulateMedia({ media: 'print' });
  const download = page.locator('main a[download]').first();
  const href = await download.getAttribute('href');
  await expect.poll(() => download.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
});

test('reduced motion turns transitions off', async ({ page }) => {
  await page.goto('/reports');
  const button = page.locator('main .button').first();
  expect(await button.evaluate((b) => getComputedStyle(b).transitionDuration)).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await button.evaluate((b) => getComputedStyle(b).transitionDuration)).toBe('0s');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('forced colours keep focus rings and card edges', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/what-we-do');
  await live(page);
  const card = page.locator('.card').first();
  expect(await card.evaluate((c) => getComputedStyle(c).borderTopStyle)).toBe('solid');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return [style.outlineStyle, parseFloat(style.outlineWidth)];
  });
  expect(ring[0]).toBe('solid');
  expect(ring[1]).toBeGreaterThanOrEqual(3);
});

// WCAG 1.4.12: readers may space text out; nothing may be cut off or scroll sideways.
test.describe('at 320 px with text spacing overridden', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

  for (const lang of LANGS) {
    test(`every ${lang} page still fits`, async ({ page }) => {
      for (const [path] of routes(lang)) {
        await page.goto(path);
        // As a reader's stylesheet would: the site's policy refuses added <style> elements.
        const spacing = await page.evaluate((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          return getComputedStyle(document.querySelector('h1')).letterSpacing;
        }, SPACING);
        expect(spacing, path).not.toBe('normal');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }
});
