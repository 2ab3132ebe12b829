// What the end-to-end tests share: the routes (from the bundles, checked
// against the built sitemap), a page that records what the pre-rendered
// page showed before the app took it over, and small waits.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export const repo = new URL('../..', import.meta.url).pathname;
export const bundle = (lang) => JSON.parse(readFileSync(`${repo}public/content/${lang}.json`, 'utf8'));
export const config = JSON.parse(readFileSync(`${repo}public/config.json`, 'utf8'));
export const NOT_FOUND = { en: 'Page not found', fr: 'Page introuvable', es: 'Página no encontrada' };
export const PREFIX = { en: '', fr: '/fr', es: '/es' };
export const LANGS = ['en', 'fr', 'es'];

/**
 * Every page of a language with the heading a visitor should see on it and
 * a passage of its main text, read from its bundle.
 */
export function pages(lang) {
  const b = bundle(lang);
  const p = PREFIX[lang];
  return [
    [p || '/', b.home.title, b.home.objective],
    [`${p}/what-we-do`, b.themes_page.title, b.themes[0].summary],
    ...b.themes.map((t) => [`${p}/what-we-do/${t.slug}`, t.title, t.body[0]]),
    [`${p}/allies`, b.allies_page.title, b.allies[0].description],
    [`${p}/reports`, b.reports_page.title, b.reports[0].summary],
    [`${p}/newsletter`, b.newsletter.title, b.newsletter.intro],
    [`${p}/privacy`, b.privacy.title, b.privacy.sections[0].body[0]],
  ];
}

/** The pages, plus addresses that lead nowhere. */
export function routes(lang) {
  const p = PREFIX[lang];
  return [...pages(lang), [`${p}/no-such-page`, NOT_FOUND[lang]], [`${p}/what-we-do/no-such-theme`, NOT_FOUND[lang]]];
}

export const ALL_PAGES = LANGS.flatMap((lang) => pages(lang).map(([path, title, text]) => [lang, path, title, text]));
export const ALL_ROUTES = LANGS.flatMap((lang) => routes(lang).map(([path, title]) => [lang, path, title]));

/** The paths the built sitemap lists, relative to the site's origin. */
export function sitemapPaths(dist = `${repo}dist`) {
  const xml = readFileSync(`${dist}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
}

/**
 * A page that remembers what the pre-rendered page showed (its <main> and
 * text, read as the document finishes parsing) and adds up layout shifts,
 * so tests can compare it with what the app shows once it takes over.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        const main = document.querySelector('main');
        window.__prerendered = { main, heading: main?.querySelector('h1'), text: main ? main.innerText : null };
      }, { once: true });
    });
    await use(page);
  },
});
export { expect };

/** Waits until the app has taken over the pre-rendered page (`<html data-app="live">`). */
export async function live(page) {
  await page.waitForFunction(() => window.__prerendered && document.documentElement.dataset.app === 'live');
}

/** Whether the page's `<main>` and heading are still the very nodes the browser parsed. */
export async function adopted(page) {
  return page.evaluate(() => document.querySelector('main') === window.__prerendered.main
    && document.querySelector('main h1') === window.__prerendered.heading);
}

/**
 * Collects console errors, uncaught exceptions and failed requests. A page
 * itself may answer 404 (the not-found page does, as hosts serve it), so
 * failed requests are listed by address, not by Chromium's console line.
 */
export function watchConsole(page) {
  const errors = [];
  const failedLoad = /^Failed to load resource: the server responded with a status of \d+/;
  page.on('console', (m) => m.type() === 'error' && !failedLoad.test(m.text()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && !r.request().isNavigationRequest() && errors.push(`${r.status()} ${r.url()}`));
  return errors;
}

export const heading = (page) => page.locator('h1');

/** What axe finds wrong with the page (or the part `include` selects), one line a rule. */
export async function axeViolations(page, include) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/**
 * Fails every request for the chunks of `features` until the returned
 * function is called. The chunks they share with others are let through,
 * so that only these features go without.
 */
export async function blockChunks(page, ...features) {
  let blocked = true;
  const refused = [];
  const theirs = new RegExp(`/split_(${features.join('|')})-[0-9a-f]+\\.wasm$`);
  await page.route(theirs, (route) => {
    if (!blocked) return route.continue();
    refused.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return { refused, unblock: () => { blocked = false; } };
}
