// The newsletter form against stand-in services (tests/e2e/provider.mjs):
// what the reader sees, and what the service received. The build served at
// NEWSLETTER_ORIGIN has an html-form setting; each test can give the app
// another setting at run time, as a deployer would by editing config.json.
import AxeBuilder from '@axe-core/playwright';
import { blockChunks, bundle, expect, live, test, PREFIX } from './helpers.js';
import { NEWSLETTER_ORIGIN, PROVIDER_ORIGIN, SUB_ORIGIN } from './playwright.config.js';

const LISTS = { en: ['uuid-en'], fr: ['uuid-fr'], es: ['uuid-es'] };
const LISTMONK = { provider: 'listmonk', url: PROVIDER_ORIGIN, lists: LISTS };
const FORMSPREE = { provider: 'formspree', url: `${PROVIDER_ORIGIN}/f/test` };

const steer = (request, mode, message) => request.post(`${PROVIDER_ORIGIN}/__mode`, { data: { mode, message } });
const received = async (request, origin = PROVIDER_ORIGIN) =>
  (await request.get(`${origin}/${origin === PROVIDER_ORIGIN ? '__received' : '__netlify/received'}`)).json();

test.beforeEach(async ({ request }) => {
  await request.post(`${PROVIDER_ORIGIN}/__reset`);
});

/** Serves config.json with this `newsletter` setting. */
async function useSetting(page, newsletter) {
  await page.route('**/config.json', async (route) => {
    const config = await (await route.fetch()).json();
    await route.fulfill({ json: { ...config, newsletter } });
  });
}

/** Opens a page of the newsletter build once the app has it. */
async function open(page, path, newsletter) {
  if (newsletter) await useSetting(page, newsletter);
  await page.goto(`${NEWSLETTER_ORIGIN}${path}`);
  await live(page);
  return fields(page.locator('main form'), 'en');
}

/** The form's parts, found as a reader finds them: by their labels. */
function fields(form, lang) {
  const ui = {
    en: ['Email address', 'Your name (optional)', 'Subscribe'],
    fr: ['Adresse e-mail', 'Votre nom (facultatif)', 'S’abonner'],
    es: ['Correo electrónico', 'Su nombre (opcional)', 'Suscribirse'],
  }[lang];
  return {
    form,
    email: form.getByLabel(ui[0], { exact: true }),
    name: form.getByLabel(ui[1], { exact: true }),
    consent: form.getByRole('checkbox'),
    button: form.getByRole('button', { name: ui[2] }),
    status: form.getByRole('status'),
  };
}

async function fillIn(f, email = 'ana@example.org', name = 'Ana María') {
  await f.email.fill(email);
  await f.name.fill(name);
  await f.consent.check();
}

/** The message is tied to the field at fault, which has focus. */
async function expectFault(f, field) {
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', await f.status.getAttribute('id'));
}

/** What was typed is all still there. */
async function expectKept(f) {
  await expect(f.email).toHaveValue('ana@example.org');
  await expect(f.name).toHaveValue('Ana María');
  await expect(f.consent).toBeChecked();
  await expect(f.status).toContainText('Everything you typed is still here');
}

test.describe('through listmonk', () => {
  test('an invalid address or a missing consent never reaches the service', async ({ page, request }) => {
    const f = await open(page, '/newsletter', LISTMONK);
    await expect(f.consent).not.toBeChecked();
    await f.email.fill('ana@');
    await f.button.click();
    await expect(f.status).toHaveText('Enter an email address such as name@example.org.');
    await expectFault(f, f.email);
    await f.email.fill('ana@example.org');
    await f.button.click();
    await expect(f.status).toHaveText('Tick the box to agree to receive the newsletter.');
    await expectFault(f, f.consent);
    await expect(f.email).not.toHaveAttribute('aria-invalid');
    expect(await received(request)).toEqual([]);
  });

  test('a filled honeypot sends nothing but reads as success', async ({ page, request }) => {
    const f = await open(page, '/newsletter', LISTMONK);
    await fillIn(f);
    await f.form.locator('.honeypot input').fill('https://spam.example', { force: true });
    await f.button.click();
    await expect(f.status).toHaveText('Thank you: you are subscribed to the INSP!R newsletter.');
    expect(await received(request)).toEqual([]);
  });

  test('a double click sends one request', async ({ page, request }) => {
    await steer(request, 'slow');
    const f = await open(page, '/newsletter', LISTMONK);
    await fillIn(f);
    await f.button.dblclick();
    await expect(f.button).toHaveAttribute('aria-disabled', 'true');
    // Playwright waits for an aria-disabled button; a reader does not.
    await f.button.click({ force: true });
    await expect(f.status).toHaveText('Sending…');
    await expect(f.status).toHaveText(/you are subscribed/);
    await expect(f.button).not.toHaveAttribute('aria-disabled');
    expect(await received(request)).toHaveLength(1);
  });

  for (const [lang, optin] of [['en', true], ['fr', false], ['es', true]]) {
    test(`success in ${lang} sends the ${lang} list`, async ({ page, request }) => {
      if (optin) await steer(request, 'optin');
      await useSetting(page, LISTMONK);
      await page.goto(`${NEWSLETTER_ORIGIN}${PREFIX[lang]}/newsletter`);
      await live(page);
      const f = fields(page.locator('main form'), lang);
      await fillIn(f);
      await f.button.click();
      const said = {
        en: 'Almost done: we have sent you an email.',
        fr: 'Merci : vous êtes abonné·e',
        es: 'Casi listo: le hemos enviado un correo.',
      }[lang];
      await expect(f.status).toContainText(said);
      const [got] = await received(request);
      expect(got.path).toBe('/api/public/subscription');
      expect(got.type).toBe('application/json');
      expect(got.origin).toBe(NEWSLETTER_ORIGIN);
      expect(got.body).toEqual({ email: 'ana@example.org', name: 'Ana María', list_uuids: LISTS[lang] });
    });
  }

  test("a 400 shows listmonk's own message at the address", async ({ page, request }) => {
    await steer(request, 'reject', 'The e-mail domain is blocklisted.');
    const f = await open(page, '/newsletter', LISTMONK);
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toContainText('did not accept the sign-up. It said: “The e-mail domain is blocklisted.”');
    await expectFault(f, f.email);
    await expectKept(f);
  });

  test('a 500 keeps everything and says to try again', async ({ page, request }) => {
    await steer(request, 'fail');
    const f = await open(page, '/newsletter', LISTMONK);
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toContainText('has a problem at the moment (error 500).');
    await expectKept(f);
    await expect(f.button).toBeFocused();
    await expect(f.button).toHaveAttribute('aria-describedby', await f.status.getAttribute('id'));
    // Pressing again really tries again.
    await steer(request, 'ok');
    await f.button.click();
    await expect(f.status).toHaveText(/you are subscribed/);
    expect(await received(request)).toHaveLength(2);
  });

  test('a timeout stops the request, keeps everything, and no late success follows', async ({ page, request }) => {
    test.setTimeout(45_000);
    await steer(request, 'late');
    const f = await open(page, '/newsletter', LISTMONK);
    await fillIn(f);
    const sent = Date.now();
    await f.button.click();
    await expect(f.status).toContainText('did not answer within 10 seconds', { timeout: 15_000 });
    expect(Date.now() - sent).toBeGreaterThanOrEqual(9_500);
    await expectKept(f);
    // The service answers "subscribed" at 12 s, to a request that is gone.
    await page.waitForTimeout(Math.max(0, sent + 13_000 - Date.now()));
    await expect(f.status).toContainText('did not answer within 10 seconds');
  });

  for (const [what, mode, said] of [
    ['a CORS refusal is explained', 'nocors', /does not accept sign-ups from this website yet.*allowed origins/],
    ['a reply that is not listmonk’s is called unreadable, not success', 'malformed', /an answer that could not be read/],
  ]) {
    test(what, async ({ page, request }) => {
      await steer(request, mode);
      const f = await open(page, '/newsletter', LISTMONK);
      await fillIn(f);
      await f.button.click();
      await expect(f.status).toContainText(said);
      await expectKept(f);
    });
  }

  test('offline, nothing is sent and the reader is told', async ({ page, request, context }) => {
    const f = await open(page, '/newsletter', LISTMONK);
    await fillIn(f);
    await context.setOffline(true);
    await f.button.click();
    await expect(f.status).toContainText('Your device is offline, so nothing was sent.');
    await expectKept(f);
    await context.setOffline(false);
    expect(await received(request)).toEqual([]);
  });

  test('the footer block subscribes too, in French', async ({ page, request }) => {
    await useSetting(page, LISTMONK);
    await page.goto(`${NEWSLETTER_ORIGIN}/fr/allies`);
    await live(page);
    const block = page.getByRole('region', { name: bundle('fr').newsletter.title });
    const f = fields(block.locator('form'), 'fr');
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toContainText('Merci : vous êtes abonné·e');
    expect((await received(request))[0].body.list_uuids).toEqual(['uuid-fr']);
  });

  test('axe finds nothing wrong with the form in any state', async ({ page, request }) => {
    const f = await open(page, '/newsletter', LISTMONK);
    const check = async (state) => {
      const results = await new AxeBuilder({ page }).include('main form').analyze();
      expect(results.violations.map((v) => `${state}: ${v.id}: ${v.help}`)).toEqual([]);
    };
    await check('idle');
    await f.button.click();
    await expect(f.status).toContainText('Enter an email address');
    await check('invalid');
    await steer(request, 'fail');
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toContainText('error 500');
    await check('failed');
    await steer(request, 'ok');
    await f.button.click();
    await expect(f.status).toContainText('you are subscribed');
    await check('subscribed');
    await steer(request, 'stall');
    await f.button.click();
    await expect(f.button).toHaveAttribute('aria-disabled', 'true');
    await check('sending');
  });
});

test.describe('through Formspree', () => {
  test('the address, name, language and consent arrive as JSON', async ({ page, request }) => {
    await useSetting(page, FORMSPREE);
    await page.goto(`${NEWSLETTER_ORIGIN}/es/newsletter`);
    await live(page);
    const f = fields(page.locator('main form'), 'es');
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toContainText('Gracias: ya está suscrito/a');
    const [got] = await received(request);
    expect(got).toMatchObject({ path: '/f/test', type: 'application/json', accept: 'application/json' });
    expect(got.body).toEqual({ email: 'ana@example.org', name: 'Ana María', language: 'es', consent: 'yes' });
  });

  test("a field error reaches its field with Formspree's words", async ({ page, request }) => {
    await steer(request, 'reject', 'This email is on a blocklist');
    const f = await open(page, '/newsletter', FORMSPREE);
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toContainText('It said: “This email is on a blocklist”');
    await expectFault(f, f.email);
    await expectKept(f);
  });
});

test.describe('a setting the site cannot use', () => {
  test('is named on the page, and the rest of the site works', async ({ page }) => {
    await useSetting(page, { provider: 'listmonk', url: 'lists.example.org', lists: LISTS });
    await page.goto(`${NEWSLETTER_ORIGIN}/newsletter`);
    await live(page);
    await expect(page.locator('main form')).toHaveCount(0);
    await expect(page.getByText('The newsletter form is switched off')).toBeVisible();
    await expect(page.getByText('newsletter.url: "lists.example.org" is not an http(s) address')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Allies' }).click();
    await expect(page.locator('h1')).toHaveText(bundle('en').allies_page.title);
  });
});

test.describe('through a plain HTML form (html-form)', () => {
  const expectPosted = async (request) => {
    const [got] = await received(request);
    expect(got.path).toBe('/html-form/subscribe');
    expect(got.type).toBe('application/x-www-form-urlencoded');
    expect(got.body).toEqual({ list: 'inspir', EMAIL: 'ana@example.org', FNAME: 'Ana María', b_robot: '' });
  };

  test('with JavaScript, the entry is checked, then posted with the provider’s names', async ({ page, request }) => {
    const f = await open(page, '/newsletter');
    await f.email.fill('not an address');
    await f.button.click();
    await expect(f.status).toContainText('Enter an email address');
    expect(await received(request)).toEqual([]);
    await fillIn(f);
    await f.button.click();
    await expect(page.locator('h1')).toHaveText('Thanks from the provider');
    await expectPosted(request);
  });

  test('the live form comes with the first touch; until it can, the form says so and keeps the entry', async ({ page, request }) => {
    const { refused, unblock } = await blockChunks(page, 'newsletter');
    const f = await open(page, '/newsletter');
    // As built, until the reader starts on it.
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toHaveText(/^The part of the site that sends this form did not load\./);
    expect(refused.length).toBeGreaterThan(0);
    await expect(f.email).toHaveValue('ana@example.org');
    await expect(page).toHaveURL(`${NEWSLETTER_ORIGIN}/newsletter`);
    expect(await received(request)).toEqual([]);
    expect(await new AxeBuilder({ page }).include('main form').analyze().then((r) => r.violations)).toEqual([]);
    // Pressing again fetches it, checks the entry and posts it.
    unblock();
    await f.email.fill('not an address');
    await f.button.click();
    await expect(f.status).toContainText('Enter an email address');
    await expect(f.email).toBeFocused();
    await f.email.fill('ana@example.org');
    await f.button.click();
    await expect(page.locator('h1')).toHaveText('Thanks from the provider');
    await expectPosted(request);
  });

  test('a press at once, before any focus, waits for the live form and goes through it', async ({ page, request }) => {
    const f = await open(page, '/newsletter');
    await f.button.click();
    await expect(f.status).toContainText('Enter an email address');
    expect(await received(request)).toEqual([]);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the browser checks the entry, then posts it', async ({ page, request }) => {
      await page.goto(`${NEWSLETTER_ORIGIN}/newsletter`);
      const f = fields(page.locator('main form'), 'en');
      await f.email.fill('ana@example.org');
      await f.name.fill('Ana María');
      await f.button.click();
      // Consent is required: the browser stops the post and says so.
      await expect(page).toHaveURL(`${NEWSLETTER_ORIGIN}/newsletter`);
      expect(await f.consent.evaluate((box) => box.validity.valueMissing)).toBe(true);
      expect(await received(request)).toEqual([]);
      await f.consent.check();
      await f.button.click();
      await expect(page.locator('h1')).toHaveText('Thanks from the provider');
      await expectPosted(request);
    });
  });
});

test.describe('through Netlify Forms (the /sub/ build)', () => {
  const posted = { 'form-name': 'newsletter', language: 'en', email: 'ana@example.org', name: 'Ana María', consent: 'yes', 'bot-field': '' };

  test('the app posts the form to the site, and says it worked', async ({ page, request }) => {
    const before = (await received(request, SUB_ORIGIN)).length;
    await page.goto(`${SUB_ORIGIN}/sub/newsletter`);
    await live(page);
    const f = fields(page.locator('main form'), 'en');
    await fillIn(f);
    await f.button.click();
    await expect(f.status).toHaveText('Thank you: you are subscribed to the INSP!R newsletter.');
    const all = await received(request, SUB_ORIGIN);
    expect(all.slice(before)).toEqual([posted]);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the form posts itself and Netlify answers', async ({ page, request }) => {
      const before = (await received(request, SUB_ORIGIN)).length;
      await page.goto(`${SUB_ORIGIN}/sub/newsletter`);
      const f = fields(page.locator('main form'), 'en');
      await fillIn(f);
      await f.button.click();
      await expect(page.getByText('Your form submission has been received.')).toBeVisible();
      const all = await received(request, SUB_ORIGIN);
      expect(all.slice(before)).toEqual([posted]);
    });
  });
});
