// Every page is a real HTML document first and an app second: it reads
// completely with JavaScript off, and with JavaScript on the app takes it
// over with no visible change, keeping focus, scroll and typed input.
import AxeBuilder from '@axe-core/playwright';
import { NEWSLETTER_ORIGIN, SUB_ORIGIN } from './playwright.config.js';
import {
  test, expect, live, adopted, watchConsole, heading, bundle, config, ALL_PAGES, LANGS, sitemapPaths,
} from './helpers.js';

const normalise = (path) => (path === '/' ? path : path.replace(/\/$/, ''));

test('the pages tested here are exactly the pages in the built sitemap', () => {
  const tested = ALL_PAGES.map(([, path]) => normalise(path)).sort();
  expect(sitemapPaths().map(normalise).sort()).toEqual(tested);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [lang, path, title, text] of ALL_PAGES) {
    test(`${path} reads completely`, async ({ page }) => {
      await page.goto(path);
      await expect(heading(page)).toHaveText(title);
      await expect(page.locator('main')).toContainText(text);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(`${title} · INSP!R`);
      await expect(page.getByRole('navigation', { name: 'Site' }).or(page.getByRole('navigation', { name: 'Sitio' }))).toBeVisible();
    });
  }

  test('an unknown address shows the not-found page', async ({ page }) => {
    await page.goto('/what-we-do/no-such-theme');
    await expect(heading(page)).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  test('links, the language switcher and the report download work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What we do' }).click();
    await expect(page).toHaveURL(/\/what-we-do$/);
    await expect(heading(page)).toHaveText('What we do');
    await page.getByRole('link', { name: 'Gender equality' }).click();
    await expect(heading(page)).toHaveText('Gender equality');
    await page.getByRole('link', { name: /Next theme/ }).click();
    await expect(heading(page)).toHaveText('Human Rights Due Diligence (HRDD)');

    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\/what-we-do\/human-rights-due-diligence$/);
    await expect(heading(page)).toHaveText(bundle('es').themes.find((t) => t.slug === 'human-rights-due-diligence').title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');

    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Informes' }).click();
    const link = page.getByRole('link', { name: /Descargar/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });

  test('with no newsletter service, the page says subscription is not open, with no form', async ({ page }) => {
    await page.goto('/newsletter');
    await expect(page.getByText('Online subscription is not open yet')).toBeVisible();
    await expect(page.locator('form:not([role="search"])')).toHaveCount(0);
    await page.goto('/fr/');
    await expect(page.getByText('L’inscription en ligne n’est pas encore ouverte')).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the navigation is shown in full, since the menu button cannot work', async ({ page }) => {
      await page.goto('/allies');
      await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Reports' })).toBeVisible();
      await nav.getByRole('link', { name: 'Reports' }).click();
      await expect(heading(page)).toHaveText('Annual activity reports');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  test('under a base path, every link and asset stays under it', async ({ page }) => {
    await page.goto(`${SUB_ORIGIN}/sub/fr/allies`);
    await expect(heading(page)).toHaveText(bundle('fr').allies_page.title);
    const hrefs = await page.locator('a[href^="/"], img[src^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') || e.getAttribute('src')));
    expect(hrefs.filter((h) => !h.startsWith('/sub/'))).toEqual([]);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Accueil' }).click();
    await expect(page).toHaveURL(`${SUB_ORIGIN}/sub/fr/`);
    await expect(heading(page)).toHaveText(bundle('fr').home.title);
  });
});

// axe is itself a script, so it cannot run with JavaScript off; it checks
// the pre-rendered page here with the app held back instead.
test.describe('before the app arrives', () => {
  for (const path of ['/', '/fr/what-we-do/advocacy', '/es/newsletter', '/no-such-page']) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.querySelector('main') === window.__prerendered.main)).toBe(true);
    });
  }
});

test.describe('the app takes over', () => {
  for (const [, path] of ALL_PAGES) {
    test(`${path}: adopted as built, no layout shift, no console error`, async ({ page }) => {
      const errors = watchConsole(page);
      await page.goto(path);
      await live(page);
      const prerendered = await page.evaluate(() => window.__prerendered.text);
      await expect.poll(() => page.locator('main').innerText()).toBe(prerendered);
      expect(await adopted(page), 'the app renders nothing again').toBe(true);
      expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.01);
      for (const selector of ['title', 'meta[name="description"]', 'link[rel="canonical"]', 'meta[property="og:title"]', 'script[type="application/ld+json"]']) {
        await expect(page.locator(selector), selector).toHaveCount(1);
      }
      expect(errors).toEqual([]);
    });
  }

  // A browser paints what has arrived; if it painted a half-parsed
  // header, the header's items would jump as the rest arrived. Without the
  // template's render-blocking hint, this fails on every page.
  test('on a slow connection, nothing moves while the page arrives and the app takes over', async ({ page }) => {
    test.setTimeout(60_000);
    const cdp = await page.context().newCDPSession(page);
    const slow = { offline: false, latency: 0, downloadThroughput: 8 * 1024, uploadThroughput: 8 * 1024 };
    const fast = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
    await page.addInitScript(() => {
      window.__moved = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          for (const source of entry.sources) window.__moved.push(source.node?.className || source.node?.nodeName || '?');
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/', '/es/what-we-do/social-and-solidarity-economy']) {
      await cdp.send('Network.emulateNetworkConditions', slow);
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await cdp.send('Network.emulateNetworkConditions', fast);
      await live(page);
      expect(await page.evaluate(() => window.__moved), path).toEqual([]);
    }
  });

  test('focus, scroll and typed input survive it', async ({ page }) => {
    // Hold the app back until the visitor has scrolled, focused and typed.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
    // The build whose newsletter has a form (dist/ has no service set up).
    await page.goto(`${NEWSLETTER_ORIGIN}/what-we-do`);
    const email = page.getByRole('region', { name: 'Stay informed' }).getByLabel('Email address');
    await email.fill('ana@example.org');
    const link = page.getByRole('link', { name: 'Environment' });
    await link.focus();
    await page.evaluate(() => window.scrollTo(0, 700));
    release();
    await live(page);
    await expect(link).toBeFocused();
    expect(await page.evaluate(() => document.querySelector('main').contains(document.activeElement))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(700);
    await expect(email).toHaveValue('ana@example.org');
    // The app has the address too: it goes on to check the consent box.
    await page.getByRole('region', { name: 'Stay informed' }).getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByText('Tick the box')).toBeVisible();
  });

  test('the first navigation renders the next page in the adopted frame, with no reload', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto('/what-we-do');
    await live(page);
    await page.evaluate(() => { window.__sameDocument = true; });
    const header = await page.evaluate(() => document.querySelector('header.site-header').outerHTML);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Allies' }).click();
    await expect(heading(page)).toHaveText(bundle('en').allies_page.title);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await expect(page.locator('footer a[aria-current="page"]'), 'the footer follows').toHaveText('Allies');
    await expect(page).toHaveTitle(new RegExp(bundle('en').allies_page.title));
    expect(header).toContain('what-we-do');
    await page.goBack();
    await expect(heading(page)).toHaveText(bundle('en').themes_page.title);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await expect(page.locator('main')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('content changed since the build shows its new text', async ({ page }) => {
    const english = bundle('en');
    await page.route('**/content/en.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...english, home: { ...english.home, title: 'Published after the build' } }),
    }));
    await page.goto('/');
    await live(page);
    expect(await adopted(page), 'new content is rendered, not adopted').toBe(false);
    // What the page showed as it was parsed, before the app took over.
    expect(await page.evaluate(() => window.__prerendered.text)).toContain(english.home.title);
    await expect(heading(page)).toHaveText('Published after the build');
    await expect(page).toHaveTitle('Published after the build · INSP!R');
  });

  test('a theme published after the build opens from its address', async ({ page }) => {
    const english = bundle('en');
    const theme = { ...english.themes[0], slug: 'pensions', title: 'Pensions for all' };
    await page.route('**/content/en.json', (route) => route.fulfill({
      contentType: 'application/json', body: JSON.stringify({ ...english, themes: [...english.themes, theme] }),
    }));
    await page.goto('/what-we-do/pensions');
    await expect(heading(page)).toHaveText('Pensions for all');
  });

  test('under a base path too', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(`${SUB_ORIGIN}/sub/es/what-we-do/advocacy`);
    await live(page);
    const prerendered = await page.evaluate(() => window.__prerendered.text);
    expect(await page.locator('main').innerText()).toBe(prerendered);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${config.site_url}/sub/es/what-we-do/advocacy`);
    expect(errors).toEqual([]);
  });
});

test('every language has its own 404 page for hosts that can serve one per folder', async ({ request }) => {
  for (const lang of LANGS.slice(1)) {
    const html = await (await request.get(`/${lang}/404.html`)).text();
    expect(html).toContain(`<html lang="${lang}"`);
  }
});
