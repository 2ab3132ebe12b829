// The site as a host serves it with its _headers (tests/e2e/host.mjs): the
// Content-Security-Policy breaks nothing on any page, every security header
// arrives, and caching is right for hashed files, pages and content.
import { readFileSync } from 'node:fs';
import { parseHeaders, headersFor } from './host.mjs';
import { test, expect, live, watchConsole, heading, ALL_ROUTES, repo } from './helpers.js';

const rules = parseHeaders(readFileSync(`${repo}dist/_headers`, 'utf8'));
const siteHeaders = Object.fromEntries(rules[0].headers.map(([name, value]) => [name.toLowerCase(), value]));

/** Records Content-Security-Policy violations as the page reports them. */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
}

test('_headers sets each header in one rule only, so every host serves the same', () => {
  const seen = new Map();
  for (const rule of rules) {
    for (const [name] of rule.headers) {
      const key = name.toLowerCase();
      for (const other of seen.get(key) || []) {
        // Two rules may set one header only if no path can match both.
        expect(other.path === '/*' || rule.path === '/*', `${name} in ${other.path} and ${rule.path}`).toBe(false);
      }
      seen.set(key, [...(seen.get(key) || []), rule]);
    }
  }
  expect(Object.keys(siteHeaders)).toEqual([
    'content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options',
    'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy',
  ]);
  expect(siteHeaders['content-security-policy']).not.toMatch(/unsafe-inline|'unsafe-eval'/);
});

test.describe('every route under the policy', () => {
  for (const [, path, title] of ALL_ROUTES) {
    test(`${path}: no policy violation, no console error, every header`, async ({ page }) => {
      await watchPolicy(page);
      const errors = watchConsole(page);
      const response = await page.goto(path);
      await live(page);
      await expect(heading(page)).toHaveText(title);
      const headers = response.headers();
      for (const [name, value] of Object.entries(siteHeaders)) expect(headers[name], name).toBe(value);
      expect(headers['cache-control']).not.toContain('immutable');
      expect(await page.evaluate(() => window.__violations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the no-script styles are allowed by the policy', async ({ page }) => {
    const errors = watchConsole(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/fr/newsletter');
    await expect(page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Rapports' })).toBeVisible();
    await expect(page.getByText('L’inscription en ligne n’est pas encore ouverte').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test('hashed files are cached for a year, pages, content and the service worker revalidated', async ({ page, request }) => {
  await page.goto('/');
  const assets = await page.evaluate(() => [...document.scripts].map((s) => s.textContent.match(/'\/([^']+-[0-9a-f]+(?:_bg)?\.(?:js|wasm))'/g) || []).flat()
    .map((quoted) => quoted.slice(1, -1)));
  expect(assets.length).toBe(2);
  for (const asset of assets) {
    const response = await request.get(asset);
    expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['content-security-policy']).toBe(siteHeaders['content-security-policy']);
  }
  for (const path of ['/config.json', '/content/en.json', '/content/es.json', '/sw.js']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  for (const path of ['/', '/fr/what-we-do/advocacy', '/sitemap.xml', '/no-such-page']) {
    const cache = (await request.get(path)).headers()['cache-control'];
    expect(cache, path).toMatch(/no-cache|max-age=0, must-revalidate/);
  }
  expect((await request.get('/no-such-page')).status()).toBe(404);
  expect(headersFor(rules, '/images/og/en/site.png')['cache-control']).not.toContain('immutable');
});

test('every script and wasm file a page fetches is immutable under a hashed name, or revalidated', async ({ page }) => {
  const fetched = [];
  page.on('response', (response) => {
    if (/\.(m?js|wasm|pagefind)$/.test(new URL(response.url()).pathname)) fetched.push(response);
  });
  await page.goto('/');
  await live(page);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search' }).fill('health');
  await expect(page.locator('#site-search-results').getByRole('link').first()).toBeVisible();
  expect(fetched.map((r) => new URL(r.url()).pathname)).toContainEqual(expect.stringMatching(/^\/snippets\//));
  for (const response of fetched) {
    const path = new URL(response.url()).pathname;
    const cache = (await response.allHeaders())['cache-control'];
    if (/-[0-9a-f]{8,16}(_bg)?\.(js|wasm)$/.test(path)) expect(cache, path).toBe('public, max-age=31536000, immutable');
    else expect(cache, path).toBe('no-cache');
  }
});

test('allies open in a new context that learns nothing of the site', async ({ page }) => {
  await page.goto('/allies');
  for (const link of await page.getByRole('link', { name: /More info/ }).all()) {
    await expect(link).toHaveAttribute('rel', /(^| )noopener( |$)/);
    await expect(link).toHaveAttribute('rel', /(^| )noreferrer( |$)/);
  }
});
