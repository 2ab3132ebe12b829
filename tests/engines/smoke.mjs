// The start-up, in the engines readers use besides Chromium: Firefox ESR
// (Gecko) through geckodriver, and WebKitGTK (Safari's engine) through
// WebKitWebDriver, over WebDriver (Playwright's own Firefox and WebKit
// cannot be installed here: ../shared/RESEARCH.md, "Other engines").
// On every kind of page, as a reader would: the page shows its content,
// the app adopts it with no script error, and nothing scrolls sideways at
// 320 px; then a menu click navigates without a reload, the header search
// gives results, the newsletter form refuses an invalid address, the
// language switcher keeps the page, and a page reads offline.
// Usage: node tests/engines/smoke.mjs firefox|webkit   (scripts/test.sh runs both)
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { FRAME, site } from './probe.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const engine = process.argv[2];
if (!['firefox', 'webkit'].includes(engine)) {
  console.error('usage: node tests/engines/smoke.mjs firefox|webkit');
  process.exit(2);
}
const bundle = (lang) => JSON.parse(readFileSync(`${repo}public/content/${lang}.json`, 'utf8'));
const [en, fr, es] = ['en', 'fr', 'es'].map(bundle);
const PAGES = [
  ['/', en.home.title],
  ['/what-we-do', en.themes_page.title],
  ['/what-we-do/advocacy', en.themes.find((t) => t.slug === 'advocacy').title],
  ['/allies', en.allies_page.title],
  ['/reports', en.reports_page.title],
  ['/fr/newsletter', fr.newsletter.title],
  ['/search?q=health', 'Search'],
  ['/es/', es.home.title],
];
const WAIT = 20_000;
const port = engine === 'firefox' ? 4310 : 4320;

const production = await site(`${repo}dist`, port);
// The build with a newsletter form (dist/ has no service set up).
const withForm = await site(`${repo}target/e2e-newsletter/site`, port + 2);
const driver = await start();

async function start() {
  if (engine === 'firefox') {
    // Headless Firefox keeps its window at least 500 px wide unless the
    // browser's own stylesheet lets it be narrower.
    const profile = mkdtempSync(join(tmpdir(), 'inspir-firefox-'));
    mkdirSync(join(profile, 'chrome'));
    writeFileSync(join(profile, 'chrome', 'userChrome.css'), ':root,#main-window{min-width:0!important}');
    const options = new firefox.Options().addArguments('-headless').setProfile(profile)
      .setPreference('toolkit.legacyUserProfileCustomizations.stylesheets', true);
    const service = new firefox.ServiceBuilder(process.env.GECKODRIVER || `${process.env.HOME}/.cargo/bin/geckodriver`);
    return new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  }
  // WebKitGTK has no headless mode: its MiniBrowser runs in a virtual X
  // display, and a GTK stylesheet lets its window be as narrow as a phone.
  const config = mkdtempSync(join(tmpdir(), 'inspir-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0); } entry { min-width: 1px; }');
  const driverPort = port + 5;
  const server = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${driverPort}`],
    { stdio: 'ignore', env: { ...process.env, XDG_CONFIG_HOME: config } });
  process.on('exit', () => server.kill());
  await new Promise((r) => setTimeout(r, 1500));
  return new Builder().usingServer(`http://127.0.0.1:${driverPort}`).withCapabilities({
    browserName: 'MiniBrowser',
    pageLoadStrategy: 'normal',
    'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
  }).build();
}

const failures = [];
async function check(name, body) {
  try {
    await body();
    console.log(`  ok    ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`  FAIL  ${name}\n        ${String(error.message || error).split('\n')[0]}`);
  }
}
const assert = (condition, message) => { if (!condition) throw new Error(message); };
const js = (script, ...args) => driver.executeScript(script, ...args);
// Read by script: between two pages there may be no heading for a moment.
const heading = () => js('return document.querySelector("main h1")?.innerText.trim() ?? ""');

/** Opens `path` and waits until the app owns the page; throws on a script error. */
async function open(origin, path) {
  await driver.get(`${origin}${path}`);
  await driver.wait(async () => (await js('return document.documentElement.dataset.app')) === 'live', WAIT,
    `the app never took over ${path}`);
  await noErrors(path);
}
async function noErrors(where) {
  const errors = await js('return window.__errors');
  assert(Array.isArray(errors), `the probe did not run on ${where}`);
  assert(errors.length === 0, `script errors on ${where}: ${errors.join(' | ')}`);
}
async function headingIs(title, where) {
  await driver.wait(async () => (await heading()) === title, WAIT, `${where}: the heading is not "${title}"`);
}
/**
 * Sets the window's page area to `px` CSS pixels (the window adds its
 * frame); whether it could be made so narrow.
 */
async function width(px) {
  await driver.manage().window().setRect({ width: px, height: 800 });
  const inner = await js('return window.innerWidth');
  await driver.manage().window().setRect({ width: 2 * px - inner, height: 800 });
  return Math.abs((await js('return window.innerWidth')) - px) <= 15;
}

console.log(`\n${engine}: ${(await driver.getCapabilities()).get('browserVersion')}`);
try {
  // In a 320 px window, or else in a 320 px frame of a wider one.
  const framed = !(await width(320));
  if (framed) console.log('  (the window cannot be 320 px wide: each page is checked in a 320 px frame)');
  for (const [path, title] of PAGES) {
    await check(`${path}: shows its content, adopted with no script error, no sideways scroll at 320 px`, async () => {
      if (framed) {
        await driver.switchTo().defaultContent();
        await driver.get(`${production.origin}${FRAME}?path=${encodeURIComponent(path)}`);
        await driver.switchTo().frame(0);
        await driver.wait(async () => (await js('return document.documentElement.dataset.app')) === 'live', WAIT,
          `the app never took over ${path}`);
        await noErrors(path);
        assert((await js('return window.innerWidth')) === 320, 'the frame is not 320 px wide');
      } else {
        await open(production.origin, path);
      }
      await headingIs(title, path);
      assert(await js('return document.querySelector("main") === window.__parsedMain'), 'the page was built again, not adopted');
      const [scroll, client] = await js('return [document.documentElement.scrollWidth, document.documentElement.clientWidth]');
      assert(scroll <= client, `the page is ${scroll} px wide in a ${client} px window`);
    });
  }

  await driver.switchTo().defaultContent();
  await width(1024);
  await check('a menu click navigates without a reload', async () => {
    await open(production.origin, '/what-we-do');
    const before = await js('return window.__document');
    await driver.findElement(By.css('nav[aria-label="Main"] a[href$="allies"]')).click();
    await headingIs(en.allies_page.title, 'after the click');
    assert((await js('return window.__document')) === before, 'the page was reloaded');
    await noErrors('/allies after the click');
  });

  await check('the header search gives results', async () => {
    await open(production.origin, '/allies');
    const field = driver.findElement(By.css('header input[type="search"]'));
    if (!(await field.isDisplayed())) await driver.findElement(By.css('header .search-button')).click();
    await field.sendKeys('health');
    await driver.wait(until.elementLocated(By.css('#site-search-results a')), WAIT, 'no results');
    await noErrors('the search');
  });

  await check('the newsletter form refuses an invalid address', async () => {
    await open(withForm.origin, '/newsletter');
    // Found afresh each time, as a reader sees it: the form as built makes
    // way for the live one at the first focus (src/dormant.rs).
    const inForm = (css) => driver.findElement(By.css(`main form ${css}`));
    // A driver types into the element it found, so the reader's first
    // touch comes first and the live form is awaited before typing.
    await js('document.querySelector(\'main form input[type="email"]\').dataset.asBuilt = "yes"');
    await inForm('input[type="email"]').click();
    await driver.wait(() => js('return !document.querySelector(\'main form input[type="email"]\').dataset.asBuilt'),
      WAIT, 'the live form did not come at the first touch');
    await inForm('input[type="email"]').sendKeys('not-an-address');
    await inForm('button[type="submit"]').click();
    await driver.wait(async () => (await inForm('[role="status"]').getText()).includes('Enter an email address'),
      WAIT, 'no message about the address');
  });

  await check('the language switcher keeps the page', async () => {
    await open(production.origin, '/what-we-do/advocacy');
    await driver.findElement(By.css('nav.languages a[hreflang="fr"]')).click();
    await headingIs(fr.themes.find((t) => t.slug === 'advocacy').title, 'after switching to French');
    assert((await driver.getCurrentUrl()).endsWith('/fr/what-we-do/advocacy'), 'not the same page in French');
    await noErrors('the French page');
  });

  await check('after one visit, another page reads offline', async () => {
    await open(production.origin, '/');
    await driver.wait(async () => js('return !!navigator.serviceWorker?.controller'), WAIT, 'no service worker in charge');
    // The worker notes the languages whose pages it has kept, once all are.
    await driver.wait(async () => js(`return caches.match(new URL('__languages', document.baseURI))
      .then((kept) => kept ? kept.json() : []).then((languages) => languages.includes('en'))`),
    WAIT, 'the worker never kept the English pages');
    production.setOffline(true);
    try {
      await driver.get(`${production.origin}/allies`);
      await headingIs(en.allies_page.title, '/allies offline');
    } finally {
      production.setOffline(false);
    }
  });
} finally {
  await driver.quit();
  production.close();
  withForm.close();
}
console.log(failures.length ? `\n${engine}: ${failures.length} failed` : `\n${engine}: all passed`);
process.exit(failures.length ? 1 : 0);
