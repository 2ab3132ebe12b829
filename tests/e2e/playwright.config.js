// End-to-end tests over the release build in dist/, served the way Netlify or
// Cloudflare Pages serve it (tests/e2e/host.mjs): files as they are, the
// site's _headers applied, 404.html for unknown addresses. scripts/test.sh
// builds dist/ first, then two more copies: one under /sub/ (a base path,
// with Netlify Forms), and one whose newsletter posts to the stand-in
// services of tests/e2e/provider.mjs.
import { defineConfig } from '@playwright/test';

const ROOT_PORT = 4173;
const SUB_PORT = 4174;
const PROVIDER_PORT = 4175;
const NEWSLETTER_PORT = 4176;
const here = new URL('.', import.meta.url).pathname;
const repo = new URL('../..', import.meta.url).pathname;

export default defineConfig({
  testDir: here,
  outputDir: `${here}artifacts/results`,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}`,
    // The offline worker answers requests before page.route() sees them,
    // so it runs only where tests ask for it (offline.spec.js).
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright may not download a browser here.
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `node ${here}host.mjs ${repo}dist --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/robots.txt`,
      reuseExistingServer: false,
    },
    {
      command: `node ${here}host.mjs ${repo}target/e2e-sub --site /sub/ --port ${SUB_PORT}`,
      url: `http://127.0.0.1:${SUB_PORT}/sub/robots.txt`,
      reuseExistingServer: false,
    },
    {
      command: `node ${here}provider.mjs --port ${PROVIDER_PORT}`,
      url: `http://127.0.0.1:${PROVIDER_PORT}/__received`,
      reuseExistingServer: false,
    },
    {
      command: `node ${here}host.mjs ${repo}target/e2e-newsletter/site --port ${NEWSLETTER_PORT}`,
      url: `http://127.0.0.1:${NEWSLETTER_PORT}/robots.txt`,
      reuseExistingServer: false,
    },
  ],
});

export const SUB_ORIGIN = `http://127.0.0.1:${SUB_PORT}`;
/** The stand-in newsletter services (tests/e2e/provider.mjs). */
export const PROVIDER_ORIGIN = `http://127.0.0.1:${PROVIDER_PORT}`;
/** The build whose config.json is tests/e2e/newsletter-config.json. */
export const NEWSLETTER_ORIGIN = `http://127.0.0.1:${NEWSLETTER_PORT}`;
