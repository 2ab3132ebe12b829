// Search, as a visitor uses it: typing in the header or on /search, in each
// language, with the index Pagefind built from the pre-rendered pages
// (scripts/search-index.mjs), and with that index failing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test, expect, live, watchConsole, axeViolations, bundle, repo, PREFIX } from './helpers.js';
import { SUB_ORIGIN } from './playwright.config.js';

const themeTitle = (lang, slug) => bundle(lang).themes.find((t) => t.slug === slug).title;
const LABEL = { en: 'Search', fr: 'Rechercher', es: 'Buscar' };
const RESULTS = { en: 'Search results', fr: 'Résultats de la recherche', es: 'Resultados de la búsqueda' };

/** The header's field, once the app runs the page. */
async function headerField(page, path) {
  await page.goto(path);
  await live(page);
  return page.getByRole('banner').getByRole('searchbox', { name: LABEL[langOf(path)] });
}

const langOf = (path) => (path.startsWith('/fr') ? 'fr' : path.startsWith('/es') ? 'es' : 'en');
const results = (page, lang, within = page) => within.getByRole('list', { name: RESULTS[lang] });
const hitLink = (page, lang, name) => results(page, lang).getByRole('link', { name, exact: true });

/** Queries a visitor types, and the theme each must find. */
const FINDS = [
  ['en', 'trainings', 'vocational-training', 'a word ending'],
  ['en', 'GENDER', 'gender-equality', 'capitals'],
  ['fr', 'securite sociale', 'social-security', 'no accents'],
  ['fr', 'egalite', 'gender-equality', 'no accents'],
  ['fr', 'formations', 'vocational-training', 'a plural'],
  ['es', 'genero', 'gender-equality', 'no accents'],
  ['es', 'formacion profesional', 'vocational-training', 'no accents'],
];

for (const [lang, query, slug, why] of FINDS) {
  test(`${lang}: "${query}" (${why}) finds the theme ${slug}`, async ({ page }) => {
    const errors = watchConsole(page);
    const field = await headerField(page, `${PREFIX[lang]}/what-we-do` || '/');
    await field.fill(query);
    const link = hitLink(page, lang, themeTitle(lang, slug));
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', `${PREFIX[lang]}/what-we-do/${slug}`);
    // Only this language's pages.
    for (const href of await results(page, lang).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      if (lang === 'en') expect(href).not.toMatch(/^\/(fr|es)\//);
      else expect(href.startsWith(`${PREFIX[lang]}/`)).toBe(true);
    }
    expect(errors).toEqual([]);
  });
}

test('es: "trabajadoras" finds pages that say "trabajadores"', async ({ page }) => {
  const field = await headerField(page, '/es/');
  await field.fill('trabajadoras');
  await expect(results(page, 'es').locator('mark').filter({ hasText: /^trabajadores$/i }).first()).toBeVisible();
  await expect(page.locator('#site-search-results').getByRole('status')).toContainText(/\d+ resultados? para «trabajadoras»/);
});

test('an ally and the report are found, each with a link to its own section', async ({ page }) => {
  const field = await headerField(page, '/fr/');
  await field.fill('USP2030');
  const ally = hitLink(page, 'fr', 'USP2030');
  await expect(ally).toHaveAttribute('href', '/fr/allies#ally-usp2030');
  await expect(ally.locator('xpath=..')).toContainText('Allié');
  await field.fill('rapport activites');
  const report = hitLink(page, 'fr', bundle('fr').reports[0].title);
  await expect(report).toHaveAttribute('href', `/fr/reports#report-${bundle('fr').reports[0].slug}`);
  await expect(report.locator('xpath=..')).toContainText('Rapport');
  await report.click();
  await expect(page).toHaveURL(`/fr/reports#report-${bundle('fr').reports[0].slug}`);
  await expect(page.getByRole('heading', { name: bundle('fr').reports[0].title })).toBeInViewport();
});

test('keyboard: / focuses search, arrows move through results, Enter opens one, Escape closes', async ({ page }) => {
  await page.goto('/allies');
  await live(page);
  await page.keyboard.press('/');
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search' });
  await expect(field).toBeFocused();
  await page.keyboard.type('gender');
  const links = results(page, 'en').getByRole('link');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  if ((await links.count()) > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
  }
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-search-results')).toBeHidden();
  await expect(field).toBeFocused();
  // Down opens the results again, and Down again goes into them.
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toBeFocused();

  await page.keyboard.type('s');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const href = await links.first().getAttribute('href');
  const title = await links.first().textContent();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  await expect(page.locator('h1')).toHaveText(title);
  await expect(field).toHaveValue('');
});

test('Enter in the header field opens the search page with the query in its address', async ({ page }) => {
  const field = await headerField(page, '/es/reports');
  await field.fill('genero');
  await field.press('Enter');
  await expect(page).toHaveURL('/es/search?q=genero');
  const own = page.getByRole('main').getByRole('searchbox');
  await expect(own).toHaveValue('genero');
  await expect(hitLink(page, 'es', themeTitle('es', 'gender-equality'))).toBeVisible();
});

test('a ?q= address opens with its results, survives a reload, and back and forward return to it', async ({ page }) => {
  await page.goto('/fr/search?q=securite');
  const field = page.getByRole('main').getByRole('searchbox');
  await expect(field).toHaveValue('securite');
  const hit = hitLink(page, 'fr', themeTitle('fr', 'social-security'));
  await expect(hit).toBeVisible();
  await page.reload();
  await expect(hit).toBeVisible();

  // Typing keeps the address up to date, so the search can be shared.
  await field.fill('egalite');
  await expect(page).toHaveURL('/fr/search?q=egalite');
  await hitLink(page, 'fr', themeTitle('fr', 'gender-equality')).click();
  await expect(page).toHaveURL('/fr/what-we-do/gender-equality');
  await page.goBack();
  await expect(page).toHaveURL('/fr/search?q=egalite');
  await expect(field).toHaveValue('egalite');
  await expect(hitLink(page, 'fr', themeTitle('fr', 'gender-equality'))).toBeVisible();
  await page.goForward();
  await expect(page.locator('h1')).toHaveText(themeTitle('fr', 'gender-equality'));
});

test('each state says where the search stands: nothing typed, searching, no results', async ({ page }) => {
  await page.route('**/pagefind/**', async (route) => {
    await new Promise((done) => setTimeout(done, 800));
    await route.continue();
  });
  await page.goto('/search');
  await live(page);
  const status = page.locator('#search-page-results').getByRole('status');
  await expect(status).toHaveText('Type a word to search the themes, allies and reports.');
  await page.getByRole('main').getByRole('searchbox').fill('zzqxv');
  await expect(status).toHaveText('Searching…');
  await expect(status).toHaveText('No results for “zzqxv”.');
  const next = page.locator('#search-page-results .search-next');
  await expect(next).toContainText('Or browse the themes');
  await expect(next.getByRole('link', { name: 'What we do' })).toHaveAttribute('href', '/what-we-do');
});

test('an index that fails to load is said plainly, with the lists instead', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  const field = await headerField(page, '/');
  await field.fill('gender');
  const panel = page.locator('#site-search-results');
  await expect(panel.getByRole('status')).toHaveText(/^Search could not be loaded/);
  for (const name of ['What we do', 'Allies', 'Reports']) {
    await expect(panel.getByRole('link', { name })).toBeVisible();
  }
  expect(await axeViolations(page)).toEqual([]);
  // The search page shows its lists already: no second such landmark.
  await page.goto('/search?q=gender');
  await expect(page.locator('#search-page-results').getByRole('status')).toHaveText(/^Search could not be loaded/);
  await expect(page.getByRole('navigation', { name: 'Browse the site' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds nothing wrong with results open, in the header and on the search page', async ({ page }) => {
  const field = await headerField(page, '/fr/what-we-do/advocacy');
  await field.fill('protection sociale');
  await expect(results(page, 'fr').getByRole('link').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/es/search?q=salud');
  await expect(results(page, 'es').getByRole('link').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});

test('on a phone the Search button opens the field', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/fr/');
  await live(page);
  const field = page.getByRole('banner').getByRole('searchbox', { name: 'Rechercher' });
  await expect(field).toBeHidden();
  const button = page.getByRole('button', { name: 'Rechercher', expanded: false });
  await button.click();
  await expect(field).toBeFocused();
  await field.fill('sante');
  await expect(hitLink(page, 'fr', themeTitle('fr', 'access-to-health'))).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
  // Escape closes the results, then the field, and focus returns to the button.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(page.getByRole('button', { name: 'Rechercher', expanded: false })).toBeFocused();
});

test('the first load of a page fetches nothing of search', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  for (const path of ['/', '/fr/what-we-do/advocacy', '/es/allies', '/search']) {
    await page.goto(path);
    await live(page);
    await page.waitForLoadState('networkidle');
  }
  expect(fetched.filter((url) => url.includes('pagefind'))).toEqual([]);
});

test('under a base path, search loads from it, keeps its address in it, and links into it', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(`${SUB_ORIGIN}/sub/fr/what-we-do`);
  await live(page);
  const header = page.getByRole('banner').getByRole('searchbox', { name: 'Rechercher' });
  await header.fill('egalite');
  await expect(hitLink(page, 'fr', themeTitle('fr', 'gender-equality'))).toHaveAttribute('href', '/sub/fr/what-we-do/gender-equality');
  await header.press('Enter');
  await expect(page).toHaveURL(`${SUB_ORIGIN}/sub/fr/search?q=egalite`);
  const field = page.getByRole('main').getByRole('searchbox');
  await expect(field).toHaveValue('egalite');
  await field.fill('securite');
  await expect(page).toHaveURL(`${SUB_ORIGIN}/sub/fr/search?q=securite`);
  const hit = hitLink(page, 'fr', themeTitle('fr', 'social-security'));
  await expect(hit).toHaveAttribute('href', '/sub/fr/what-we-do/social-security');
  await hit.click();
  await expect(page).toHaveURL(`${SUB_ORIGIN}/sub/fr/what-we-do/social-security`);
  expect(errors).toEqual([]);
});

test('a result on the page already open closes the search and takes focus to its section', async ({ page }) => {
  const ally = bundle('en').allies.at(-1);
  const field = await headerField(page, '/allies');
  await field.fill(ally.name.split(' ').slice(0, 2).join(' '));
  const link = hitLink(page, 'en', ally.name);
  await expect(link).toHaveAttribute('href', `/allies#ally-${ally.slug}`);
  await link.click();
  await expect(page.locator('#site-search-results')).toBeHidden();
  await expect(field).toHaveValue('');
  const section = page.locator(`#ally-${ally.slug}`);
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
});

test('from another page, a section result lands on that section, in view and focused', async ({ page }) => {
  const ally = bundle('es').allies.at(-1);
  await page.setViewportSize({ width: 1280, height: 500 });
  const field = await headerField(page, '/es/reports');
  await field.fill(ally.name.split(' ').slice(0, 2).join(' '));
  await field.press('ArrowDown');
  const link = hitLink(page, 'es', ally.name);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/es/allies#ally-${ally.slug}`);
  const section = page.locator(`#ally-${ally.slug}`);
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
});

test('the index fragments are cached for good, the policy allows the worker', async ({ page, request }) => {
  const errors = watchConsole(page);
  const fragments = [];
  page.on('response', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r));
  const field = await headerField(page, '/');
  await field.fill('advocacy');
  await expect(results(page, 'en').getByRole('link').first()).toBeVisible();
  expect(fragments.length).toBeGreaterThan(0);
  expect((await request.get(fragments[0].url())).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(errors).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the lists', async ({ page }) => {
    // On a phone too: the field shows, since its button could not open it.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/fr/');
    const field = page.getByRole('banner').getByRole('searchbox', { name: 'Rechercher' });
    await expect(field).toBeVisible();
    await field.fill('securite');
    await page.getByRole('banner').getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL('/fr/search?q=securite');
    // Playwright's text search skips <noscript>, which shows here.
    const note = page.getByRole('main').locator('.search-needs-script');
    await expect(note).toBeVisible();
    await expect(note).toContainText('La recherche fonctionne dans votre navigateur et a besoin de JavaScript');
    const browse = page.getByRole('navigation', { name: 'Parcourir le site' });
    for (const [name, href] of [['Ce que nous faisons', '/fr/what-we-do'], ['Alliés', '/fr/allies'], ['Rapports', '/fr/reports']]) {
      await expect(browse.getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });
});

test('a build whose index would miss a page stops, naming it', () => {
  const site = mkdtempSync(`${tmpdir()}/inspir-index-`);
  try {
    cpSync(`${repo}dist`, site, { recursive: true });
    const page = `${site}/fr/allies/index.html`;
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll('data-pagefind-body=""', ''));
    const run = spawnSync('node', [`${repo}scripts/search-index.mjs`, site], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing from the index: /fr/allies/');
    expect(run.stderr.match(/missing from the index/g)).toHaveLength(1);
    // A page in the wrong language's index is caught too.
    writeFileSync(page, readFileSync(page, 'utf8').replace('data-pagefind-meta', 'data-pagefind-body="" data-pagefind-meta'));
    const home = `${site}/es/index.html`;
    writeFileSync(home, readFileSync(home, 'utf8').replace('<html lang="es"', '<html lang="fr"'));
    const again = spawnSync('node', [`${repo}scripts/search-index.mjs`, site], { encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('/es/ is in the fr index, not the es one');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
