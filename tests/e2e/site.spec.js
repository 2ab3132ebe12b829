// What a visitor does with the release build, JavaScript on: open pages by
// link and by address, reload, go back, download the report, fill the
// form, use a phone. Pre-rendering and the takeover have prerender.spec.js.
import { NEWSLETTER_ORIGIN, SUB_ORIGIN } from './playwright.config.js';
import {
  test, expect, live, watchConsole, heading, bundle, config, routes, pages, ALL_ROUTES, LANGS, NOT_FOUND, axeViolations,
} from './helpers.js';

const here = new URL('.', import.meta.url).pathname;
// English first: most tests below walk the English site.
const ROUTES = routes('en');

test.describe('deep links', () => {
  for (const [lang, path, title] of ALL_ROUTES) {
    test(`${path} opens directly and after a reload`, async ({ page }) => {
      const errors = watchConsole(page);
      await page.goto(path);
      await expect(heading(page)).toHaveText(title);
      await expect(page).toHaveTitle(`${title} · INSP!R`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.reload();
      await expect(heading(page)).toHaveText(title);
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\/$/, '')}/?$`));
      expect(errors).toEqual([]);
    });
  }
});

test('clicking through the site never reloads the page, and back and forward work', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await live(page);
  await expect(heading(page)).toHaveText(ROUTES[0][1]);
  await page.evaluate(() => { window.__sameDocument = true; });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Allies' }).click();
  await expect(page).toHaveURL(/\/allies$/);
  await expect(heading(page)).toHaveText('Allies and references');
  await expect(heading(page)).toBeFocused();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What we do' }).click();
  await expect(heading(page)).toHaveText('What we do');
  await page.getByRole('link', { name: 'Gender equality' }).click();
  await expect(page).toHaveURL(/\/what-we-do\/gender-equality$/);
  await expect(heading(page)).toHaveText('Gender equality');
  await expect(page.locator('figcaption')).toHaveText('Rana Plaza Medical Camp 2014');

  await page.getByRole('link', { name: /Next theme/ }).click();
  await expect(heading(page)).toHaveText('Human Rights Due Diligence (HRDD)');

  await page.goBack();
  await expect(heading(page)).toHaveText('Gender equality');
  await page.goBack();
  await expect(heading(page)).toHaveText('What we do');
  await page.goForward();
  await expect(heading(page)).toHaveText('Gender equality');

  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});

test('back and forward give the new heading focus afresh, so a screen reader reads it', async ({ page }) => {
  await page.goto('/what-we-do/gender-equality');
  await live(page);
  await page.getByRole('link', { name: /Next theme/ }).click();
  await expect(heading(page)).toHaveText('Human Rights Due Diligence (HRDD)');
  await expect(heading(page)).toBeFocused();
  // The heading keeps its focus while the page under it changes; only a
  // new focus event makes assistive technology read the new one.
  await page.evaluate(() => {
    window.__focused = [];
    document.addEventListener('focusin', (event) => window.__focused.push(event.target.textContent), true);
  });
  await page.goBack();
  await expect(heading(page)).toHaveText('Gender equality');
  await expect(heading(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.__focused)).toEqual(['Gender equality']);
  await page.goForward();
  await expect(heading(page)).toHaveText('Human Rights Due Diligence (HRDD)');
  await expect.poll(() => page.evaluate(() => window.__focused))
    .toEqual(['Gender equality', 'Human Rights Due Diligence (HRDD)']);
});

test('a new page starts at the top', async ({ page }) => {
  await page.goto('/what-we-do');
  await live(page);
  await page.getByRole('link', { name: 'Investigation' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Investigation' }).click();
  await expect(heading(page)).toHaveText('Investigation');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/allies');
  await live(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/allies#main$/);
});

test('the report link downloads a real PDF', async ({ page, request }) => {
  await page.goto('/reports');
  const link = page.getByRole('link', { name: /Download \(PDF, \d+ KB\)/ });
  await expect(link).toHaveAttribute('download', '');
  const href = await link.getAttribute('href');
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const body = await response.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByText(`${Math.ceil(body.length / 1000)} KB`).first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(heading(page)).toHaveText('Annual activity reports');
});

test('allies link out to their own sites', async ({ page }) => {
  await page.goto('/allies');
  const links = page.getByRole('link', { name: /More info/ });
  await expect(links).toHaveCount(3);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  await expect(page.getByRole('img', { name: /white letter U/ })).toBeVisible();
});

test('with no newsletter service, the form never pretends to subscribe', async ({ page }) => {
  await page.goto('/newsletter');
  await live(page);
  await expect(page.locator('form:not([role="search"])')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Online subscription is not open yet' })).toBeVisible();
  await expect(page.getByText(/subscribed/)).toHaveCount(0);
});

test('every page offers the Stay informed form, and the privacy page says how the address is used', async ({ page }) => {
  await page.goto(`${NEWSLETTER_ORIGIN}/what-we-do/advocacy`);
  await live(page);
  const block = page.getByRole('region', { name: 'Stay informed' });
  await expect(block.getByLabel('Email address')).toBeVisible();
  await expect(block.getByRole('button', { name: 'Subscribe' })).toBeVisible();
  await block.getByRole('link', { name: 'How your address is used (privacy)' }).click();
  await expect(page).toHaveURL(`${NEWSLETTER_ORIGIN}/privacy`);
  await expect(page.locator('h1')).toHaveText(bundle('en').privacy.title);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(page.locator('h1')).toHaveText(bundle('en').privacy.title);
});

test.describe('when the content cannot be loaded', () => {
  /** Resolves when the app has given up taking the page over. */
  const givesUp = (page) => page.waitForEvent('console', (m) => m.text().includes('the page stays as it was built'));

  test('a broken bundle leaves the page as it was built, readable and linked', async ({ page }) => {
    const errors = watchConsole(page);
    await page.route('**/content/en.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"themes": [' }));
    const gaveUp = givesUp(page);
    await page.goto('/allies');
    await gaveUp;
    await expect(heading(page)).toHaveText('Allies and references');
    await expect(page.getByText(bundle('en').allies[0].description)).toBeVisible();
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Reports' }).click();
    await expect(heading(page)).toHaveText('Annual activity reports');
    expect(errors).toEqual([]);
  });

  test('a failing network leaves the page as it was built', async ({ page }) => {
    await page.route('**/content/en.json', (route) => route.abort('internetdisconnected'));
    const gaveUp = givesUp(page);
    await page.goto('/');
    await gaveUp;
    await expect(heading(page)).toHaveText(ROUTES[0][1]);
    await expect(page.getByText(bundle('en').home.objective)).toBeVisible();
  });

  test('a language that fails to load once the app runs says so plainly, and retry recovers', async ({ page }) => {
    await page.goto('/allies');
    await live(page);
    let broken = true;
    await page.route(/content\/(en|fr)\.json$/, async (route) => {
      if (broken) await route.fulfill({ status: 200, contentType: 'application/json', body: '{"themes": [' });
      else await route.continue();
    });
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/allies$/);
    await expect(heading(page)).toHaveText('Cette page n’a pas pu être chargée');
    await page.getByText('Détails techniques').click();
    await expect(page.getByText(/content\/en\.json is not a valid content bundle/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Principale' })).toBeAttached();

    broken = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(heading(page)).toHaveText(bundle('fr').allies_page.title);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [, path] of ALL_ROUTES) {
    test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
      await page.goto(path);
      await expect(heading(page)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the menu button opens the navigation, and choosing a page closes it', async ({ page }) => {
    await page.goto('/');
    await live(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Reports' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await nav.getByRole('link', { name: 'Reports' }).click();
    await expect(heading(page)).toHaveText('Annual activity reports');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('accessibility', () => {
  for (const [, path] of ALL_ROUTES) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await live(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('axe finds no violations on the error page and the open menu', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/');
    await live(page);
    await page.route(/content\/(en|es)\.json$/, (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await expect(heading(page)).toHaveText('No se pudo cargar esta página');
    await page.getByRole('button', { name: 'Menú' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('screenshots of home at 375 and 1280 px', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await live(page);
    // Lazy images: scroll through so the picture is complete.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)); }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${here}artifacts/home-${width}.png`, fullPage: true });
  }
});

test.describe('static host files', () => {
  test('robots.txt, the sitemap, the feed, the favicon and 404.html are real files', async ({ request }) => {
    const robots = await request.get('/robots.txt');
    expect(robots.headers()['content-type']).toContain('text/plain');
    expect(await robots.text()).toContain(`Sitemap: ${config.site_url}/sitemap.xml`);
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.headers()['content-type']).toContain('xml');
    expect(await sitemap.text()).toContain('<urlset');
    const feed = await request.get('/fr/feed.xml');
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
    const favicon = await request.get('/favicon.svg');
    expect(favicon.headers()['content-type']).toContain('image/svg');
    const notFound = await (await request.get('/404.html')).text();
    expect(notFound).toContain('<base href="/"');
    expect(notFound).toContain('>Page not found</h1>');
    expect((await request.get('/images/og/en/site.png')).headers()['content-type']).toContain('image/png');
  });

  test('a missing asset is a 404, not the app', async ({ request }) => {
    const missing = await request.get('/images/no-such-file.svg');
    expect(missing.status()).toBe(404);
  });
});

test.describe('under a base path (--public-url /sub/)', () => {
  test('deep links, reloads, navigation and the download stay under /sub/', async ({ page, request }) => {
    const errors = watchConsole(page);
    await page.goto(`${SUB_ORIGIN}/sub/what-we-do/advocacy`);
    await expect(heading(page)).toHaveText('Advocacy');
    await page.reload();
    await live(page);
    await expect(heading(page)).toHaveText('Advocacy');
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => !h.startsWith('/sub/'))).toEqual([]);
    await expect(page.locator('figure img')).toHaveJSProperty('complete', true);
    expect(await page.locator('figure img').evaluate((img) => img.naturalWidth)).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await expect(page).toHaveURL(`${SUB_ORIGIN}/sub/reports`);
    const href = await page.getByRole('link', { name: /Download/ }).getAttribute('href');
    expect(href).toMatch(/^\/sub\/reports\/.+\.pdf$/);
    expect((await request.get(`${SUB_ORIGIN}${href}`)).headers()['content-type']).toContain('application/pdf');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(`${SUB_ORIGIN}/sub/`);
    await expect(heading(page)).toHaveText(ROUTES[0][1]);
    expect(errors).toEqual([]);
  });
});

test.describe('languages', () => {
  test('the switcher keeps the page, and every label follows the language', async ({ page }) => {
    const [fr, es] = [bundle('fr'), bundle('es')];
    await page.goto('/what-we-do/gender-equality');
    await live(page);
    await expect(heading(page)).toHaveText('Gender equality');
    const switcher = page.getByRole('navigation', { name: 'Language' });
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    await switcher.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/what-we-do\/gender-equality$/);
    const frTitle = fr.themes.find((t) => t.slug === 'gender-equality').title;
    await expect(heading(page)).toHaveText(frTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(`${frTitle} · INSP!R`);
    await expect(page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Accueil' })).toBeAttached();
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();

    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\/what-we-do\/gender-equality$/);
    await expect(heading(page)).toHaveText(es.themes.find((t) => t.slug === 'gender-equality').title);
    await expect(page.getByText('La suscripción en línea aún no está abierta')).toBeVisible();
  });

  test('switcher links name each language in itself and say which language they lead to', async ({ page }) => {
    await page.goto('/es/allies');
    const links = page.getByRole('navigation', { name: 'Idioma' }).getByRole('link');
    await expect(links).toHaveText(['English', 'Français', 'Español']);
    for (const [i, lang] of LANGS.entries()) {
      await expect(links.nth(i)).toHaveAttribute('hreflang', lang);
      await expect(links.nth(i)).toHaveAttribute('lang', lang);
    }
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab');
    await expect(links.nth(0)).toBeFocused();
  });

  test('each page announces its other languages to search engines, before and after the app takes over', async ({ page }) => {
    const origin = config.site_url;
    await page.goto('/fr/what-we-do/advocacy');
    for (const stage of ['pre-rendered', 'live']) {
      if (stage === 'live') await live(page);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${origin}/what-we-do/advocacy`);
      await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', `${origin}/fr/what-we-do/advocacy`);
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute('href', `${origin}/es/what-we-do/advocacy`);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${origin}/what-we-do/advocacy`);
      await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(4);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/fr/what-we-do/advocacy`);
    }
  });

  test('after a click to another page, the head no longer describes the first one', async ({ page }) => {
    await page.goto('/fr/what-we-do/advocacy');
    await live(page);
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/what-we-do\/advocacy$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(`${bundle('en').themes.find((t) => t.slug === 'advocacy').title} · INSP!R`);
    // The pre-rendered tags were the French page's: a browser's "share"
    // would offer its address. They go; the page's own address stands.
    for (const selector of ['link[rel="canonical"]', 'link[rel="alternate"]', 'meta[name="description"]', 'meta[property^="og:"]', 'script[type="application/ld+json"]']) {
      await expect(page.locator(selector), selector).toHaveCount(0);
    }
    await expect(page.locator('title')).toHaveCount(1);
  });

  test('the site can be installed in the reader’s language, before and after a click', async ({ page, request }) => {
    await page.goto('/es/allies');
    const manifest = page.locator('link[rel="manifest"]');
    await expect(manifest).toHaveAttribute('href', '/es/manifest.webmanifest');
    const answer = await request.get('/es/manifest.webmanifest');
    expect(answer.headers()['content-type']).toBe('application/manifest+json');
    const data = await answer.json();
    expect(data).toMatchObject({ lang: 'es', start_url: '/es/', scope: '/', display: 'standalone' });
    expect(data.description).toBe(bundle('es').site.description);
    for (const icon of data.icons) {
      expect((await request.get(icon.src)).headers()['content-type'], icon.src).toBe('image/png');
    }
    // Chromium's own reading: the manifest parses, and nothing stops an install.
    const cdp = await page.context().newCDPSession(page);
    const read = await cdp.send('Page.getAppManifest');
    expect(read.errors).toEqual([]);
    // Playwright's contexts are incognito, where nothing installs: any
    // other reason is the site's.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await live(page);
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Informes' }).click();
    await expect(heading(page)).toHaveText(bundle('es').reports_page.title);
    await expect(manifest).toHaveAttribute('href', '/es/manifest.webmanifest');
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  });

  test('the choice is remembered for the next visit to /, and a deep link is never redirected', async ({ page }) => {
    await page.goto('/allies');
    await live(page);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\/allies$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/es\/$/);
    await expect(heading(page)).toHaveText(bundle('es').home.title);
    await page.goto('/reports');
    await expect(page).toHaveURL(/\/reports$/);
    await expect(heading(page)).toHaveText('Annual activity reports');
  });

  test.describe('with a browser that prefers French', () => {
    test.use({ locale: 'fr-BE' });

    test('a first visit to / opens in French', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/fr\/$/);
      await expect(heading(page)).toHaveText(bundle('fr').home.title);
    });

    test('a deep link stays in the language of its address', async ({ page }) => {
      await page.goto('/what-we-do/advocacy');
      await expect(page).toHaveURL(/\/what-we-do\/advocacy$/);
      await expect(heading(page)).toHaveText('Advocacy');
    });

    test('choosing English is remembered over the browser\'s preference', async ({ page }) => {
      await page.goto('/fr/');
      await live(page);
      await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
      await page.goto('/');
      await expect(heading(page)).toHaveText(ROUTES[0][1]);
    });
  });

  test('sizes are written the way each language writes them', async ({ page }) => {
    await page.goto('/fr/reports');
    await expect(page.getByRole('link', { name: /Télécharger \(PDF, \d+\sKo\)/ })).toBeVisible();
    await expect(page.getByText('Anglais', { exact: true })).toBeVisible();
    await page.goto('/reports');
    await expect(page.getByRole('link', { name: /Download \(PDF, \d+\sKB\)/ })).toBeVisible();
  });

  test('an item missing from a translation is shown in English with a notice', async ({ page }) => {
    await page.route('**/content/fr.json', async (route) => {
      const fr = bundle('fr');
      fr.themes = fr.themes.filter((t) => t.slug !== 'advocacy');
      fr.quote.text = '';
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(fr) });
    });
    await page.goto('/fr/what-we-do');
    const card = page.locator('li.card', { hasText: 'Advocacy' });
    await expect(card).toHaveAttribute('lang', 'en');
    await expect(card.getByText('Pas encore traduit : affiché en anglais.')).toBeVisible();
    await expect(page.locator('.not-translated')).toHaveCount(1);

    await card.getByRole('link', { name: 'Advocacy' }).click();
    await expect(page).toHaveURL(/\/fr\/what-we-do\/advocacy$/);
    await expect(heading(page)).toHaveText('Advocacy');
    await expect(page.getByText('Pas encore traduit : affiché en anglais.')).toBeVisible();

    await page.goto('/fr/');
    await expect(page.locator('figure.quote')).toContainText(bundle('en').quote.text);
    await expect(page.locator('figure.quote .not-translated')).toHaveText('Pas encore traduit : affiché en anglais.');
  });

  test('a translation that cannot be loaded leaves the page in English, never blank', async ({ page }) => {
    await page.route('**/content/es.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/es/allies');
    await expect(heading(page)).toHaveText('Allies and references');
    await expect(page.getByText('Aún no traducido: se muestra en inglés.').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Principal' })).toBeAttached();
  });
});
