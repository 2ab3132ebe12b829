// Reading offline: after one visit every page of the reader's language
// opens with the browser offline, a page not saved shows the offline page,
// a kept report opens offline until it is removed, a new build announces
// itself, and a broken worker file breaks nothing. See
// crates/prerender/src/offline.rs and src/offline.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS, NOT_FOUND, PREFIX, axeViolations, bundle, expect, heading, live, pages, repo, test, watchConsole } from './helpers.js';
import { NEWSLETTER_ORIGIN, SUB_ORIGIN } from './playwright.config.js';

test.use({ serviceWorkers: 'allow' });

const OFFLINE_TITLE = {
  en: 'This page is not saved on this device',
  fr: 'Cette page n’est pas enregistrée sur cet appareil',
  es: 'Esta página no está guardada en este dispositivo',
};

/**
 * Waits until the service worker answers this page, with its files kept,
 * and has kept every picture its main part has shown (the loader asks for them
 * again once the worker is in charge). Waiting for `networkidle` instead
 * raced: it resolves at once if the page was idle before the worker took over.
 */
async function workerInCharge(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20_000 });
  await expect.poll(() => page.evaluate(async () => {
    const shown = [...document.querySelectorAll('main img')].filter((i) => i.complete && i.naturalWidth > 0 && i.currentSrc);
    const kept = await caches.open('inspir-images');
    const found = await Promise.all(shown.map((i) => kept.match(i.currentSrc)));
    return found.filter((f) => !f).length;
  }), { message: 'pictures shown but not kept by the worker', timeout: 20_000 }).toBe(0);
}

/**
 * Scrolls to the main part's first picture, as a reader would, and waits
 * until every picture on screen has loaded (they are lazy: those further
 * down load only as the reader gets near them).
 */
async function picturesShown(page) {
  await page.locator('main img').first().scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('main img').evaluateAll((images) => {
    const onScreen = images.filter((i) => {
      const box = i.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    return onScreen.length > 0 && onScreen.every((i) => i.complete && i.naturalWidth > 0);
  })).toBe(true);
}

for (const lang of LANGS) {
  test(`after one visit in ${lang}, every page of it reads offline, and other pages show the offline page`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const failed = [];
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(new URL(r.url()).pathname));
    const [home] = pages(lang)[0];
    await page.goto(home);
    await live(page);
    await picturesShown(page);
    await workerInCharge(page);
    await context.setOffline(true);
    // The pictures seen online are kept, though shown before the worker was.
    await page.goto(home);
    await picturesShown(page);
    for (const [path, title, text] of pages(lang)) {
      const response = await page.goto(path);
      expect(response.status(), path).toBe(200);
      await expect(heading(page), path).toHaveText(title);
      await expect(page.locator('main'), path).toContainText(text.slice(0, 60));
    }
    // Another language's page was never read here: the offline page, in
    // this reader's language, with links that do open.
    const other = LANGS.find((l) => l !== lang);
    const response = await page.goto(`${PREFIX[other]}/allies`);
    expect(response.status()).toBe(503);
    await expect(heading(page)).toHaveText(OFFLINE_TITLE[lang]);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await axeViolations(page)).toEqual([]);
    const theme = bundle(lang).themes[3];
    await page.locator('main').getByRole('link', { name: theme.title }).click();
    await expect(heading(page)).toHaveText(theme.title);
    // An address that exists in no language: not found, as online.
    const missing = await page.goto(`${PREFIX[lang]}/what-we-do/no-such-theme`);
    expect(missing.status()).toBe(404);
    await expect(heading(page)).toHaveText(NOT_FOUND[lang]);
    // Nothing the worker does is refused by the security policy. Offline,
    // only pictures never seen online fail to load (they are kept as shown).
    expect(errors.filter((e) => !/^Failed to load resource/.test(e))).toEqual([]);
    expect(failed.filter((path) => !/^\/images\/(figures|allies)\//.test(path))).toEqual([]);
  });
}

test('the app keeps working offline from page to page', async ({ page, context }) => {
  await page.goto('/fr/');
  await live(page);
  await workerInCharge(page);
  await context.setOffline(true);
  const allies = bundle('fr').allies_page.title;
  await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Alliés' }).click();
  await expect(heading(page)).toHaveText(allies);
  await page.reload();
  await expect(heading(page)).toHaveText(allies);
});

test("a feature's code is kept once fetched, not before: offline, the newsletter form still checks an entry", async ({ page, context }) => {
  // The newsletter build: its form is adopted as built, and comes alive
  // with its chunk at the first focus.
  await page.goto(`${NEWSLETTER_ORIGIN}/newsletter`);
  await live(page);
  await workerInCharge(page);
  const kept = () => page.evaluate(async () => {
    const names = async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    const pages = (await caches.keys()).filter((n) => n.startsWith('inspir-pages-'));
    return { chunks: await names('inspir-chunks'), install: (await Promise.all(pages.map(names))).flat() };
  });
  const before = await kept();
  expect(before.chunks).toEqual([]);
  // Every navigation needs the pages' code and the content's reader: they
  // are kept with the app.
  expect(before.install.filter((p) => /\/split_/.test(p)).map((p) => p.replace(/-[0-9a-f]+\.wasm$/, '')).sort()).toEqual(['/split_content', '/split_pages']);
  const form = page.locator('main form');
  await form.getByLabel('Email address', { exact: true }).focus();
  await expect.poll(async () => (await kept()).chunks.some((p) => p.startsWith('/split_newsletter-'))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await live(page);
  await form.getByLabel('Email address', { exact: true }).fill('not an address');
  await form.getByRole('button', { name: 'Subscribe' }).click();
  // Said by the chunk's code: without it, the form would say it did not load.
  await expect(form.getByRole('status')).toContainText('Enter an email address');
});

test('a report kept for offline opens without a connection, and once removed no longer does', async ({ page, context }) => {
  const report = bundle('en').reports.toSorted((a, b) => b.year - a.year)[0];
  // A slow device: removing takes a while, and the card must not say the
  // report is gone before it is.
  await page.addInitScript(() => {
    const remove = Cache.prototype.delete;
    Cache.prototype.delete = async function (...args) {
      await new Promise((done) => setTimeout(done, 1500));
      return remove.apply(this, args);
    };
  });
  await page.goto('/reports');
  await live(page);
  await workerInCharge(page);
  const card = page.locator('main li', { has: page.getByRole('heading', { name: report.title }) });
  const named = (label) => new RegExp(`^${label}\\s*: ${report.title}$`);
  const keep = card.getByRole('button', { name: named('Keep for offline') });
  const download = card.getByRole('link', { name: new RegExp(`^Download .*${report.title}`) });
  const href = await download.getAttribute('href');
  const fetched = () => page.evaluate(async (url) => {
    try {
      const response = await fetch(url);
      return `${response.status} ${response.headers.get('content-type')} ${(await response.arrayBuffer()).byteLength}`;
    } catch {
      return 'failed';
    }
  }, href);

  await keep.click();
  await expect(card.getByRole('status')).toHaveText('Kept on this device for offline reading.');
  await context.setOffline(true);
  expect(await fetched()).toBe(`200 application/pdf ${report.size_bytes}`);
  const [saved] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(await saved.failure()).toBeNull();
  expect(readFileSync(await saved.path()).subarray(0, 5).toString()).toBe('%PDF-');
  // The choice is remembered: the reloaded page offers to remove it.
  await page.reload();
  await live(page);
  const remove = card.getByRole('button', { name: named('Remove from this device') });
  await remove.click();
  await expect(remove).toHaveAttribute('aria-disabled', 'true');
  await expect(card.getByRole('status')).toHaveText('Kept on this device for offline reading.');
  await expect(keep).toBeVisible();
  await expect(keep).not.toHaveAttribute('aria-disabled');
  await expect(card.getByText('Kept on this device for offline reading.')).toHaveCount(0);
  expect(await fetched()).toBe('failed');
});

test('a report that cannot be kept says so, and the card still offers to keep it', async ({ page, context }) => {
  await page.goto('/reports');
  await live(page);
  const card = page.locator('main li').first();
  await context.setOffline(true);
  await card.getByRole('button', { name: /^Keep for offline/ }).click();
  await expect(card.getByRole('status')).toContainText('could not be kept');
  await expect(card.getByRole('button', { name: /^Keep for offline/ })).toBeVisible();
});

test('a report that cannot be removed stays kept, and the card says so', async ({ page }) => {
  // Storage that refuses to let the file go.
  await page.addInitScript(() => {
    Cache.prototype.delete = () => Promise.reject(new DOMException('refused', 'UnknownError'));
  });
  await page.goto('/reports');
  await live(page);
  const card = page.locator('main li').first();
  const remove = card.getByRole('button', { name: /^Remove from this device/ });
  await card.getByRole('button', { name: /^Keep for offline/ }).click();
  await expect(card.getByRole('status')).toHaveText('Kept on this device for offline reading.');
  await remove.click();
  await expect(remove).not.toHaveAttribute('aria-disabled');
  await expect(card.getByRole('status')).toHaveText('Kept on this device for offline reading.');
  await expect(card.getByText(/could not be kept/)).toHaveCount(0);
});

test('under a base path, pages read offline and the offline page links stay under it', async ({ page, context }) => {
  await page.goto(`${SUB_ORIGIN}/sub/es/`);
  await live(page);
  await workerInCharge(page);
  await context.setOffline(true);
  const theme = bundle('es').themes[0];
  await page.goto(`${SUB_ORIGIN}/sub/es/what-we-do/${theme.slug}`);
  await expect(heading(page)).toHaveText(theme.title);
  await page.goto(`${SUB_ORIGIN}/sub/allies`);
  await expect(heading(page)).toHaveText(OFFLINE_TITLE.es);
  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href).toMatch(/^\/sub\/es\//);
});

test.describe('a copy of the site that changes under the reader', () => {
  const PORT = 4178;
  const origin = `http://127.0.0.1:${PORT}`;
  let folder;
  let host;

  test.beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'inspir-offline-'));
    cpSync(`${repo}dist`, join(folder, 'site'), { recursive: true });
    host = spawn('node', [`${repo}tests/e2e/host.mjs`, join(folder, 'site'), '--port', String(PORT)], { stdio: 'ignore' });
    await expect.poll(() => fetch(`${origin}/robots.txt`).then((r) => r.status, () => 0)).toBe(200);
  });

  test.afterEach(() => {
    host.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a new build announces itself, and Reload shows it', async ({ page }) => {
    test.setTimeout(90_000);
    const theme = bundle('en').themes[0];
    await page.goto(`${origin}/what-we-do/${theme.slug}`);
    await live(page);
    await workerInCharge(page);
    await expect(page.getByRole('status').filter({ hasText: 'newer version' })).toHaveCount(0);

    // The editors change a title and the site is deployed again; the
    // pre-renderer's policy step writes the worker anew, as a build does.
    const file = join(folder, 'site/content/en.json');
    const content = JSON.parse(readFileSync(file, 'utf8'));
    content.themes[0].title = `${theme.title}, revised`;
    writeFileSync(file, JSON.stringify(content));
    execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '-p', 'inspir-prerender', '--',
      'policy', join(folder, 'site'), '--deploy', join(folder, 'deploy')], { cwd: repo, stdio: 'inherit' });

    await page.reload();
    await live(page);
    const notice = page.getByRole('status').filter({ hasText: 'A newer version of the site is ready.' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(heading(page)).toHaveText(`${theme.title}, revised`, { timeout: 20_000 });
    await expect(notice).toHaveCount(0);
  });

  test('a broken worker file breaks nothing: the site reads as before', async ({ page }) => {
    writeFileSync(join(folder, 'site/sw.js'), 'this is not JavaScript {');
    const errors = watchConsole(page);
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${origin}/allies`);
    await live(page);
    await expect(heading(page)).toHaveText(bundle('en').allies_page.title);
    await expect.poll(() => warnings.some((w) => w.startsWith('offline reading is unavailable'))).toBe(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await expect(heading(page)).toHaveText(bundle('en').reports_page.title);
    expect(errors).toEqual([]);
  });
});
