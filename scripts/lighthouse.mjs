// Runs Lighthouse (mobile, simulated slow 4G) on a few routes of a served
// dist/ and prints the scores against DESIGN.md's budget of 100 in each.
// Usage: node scripts/lighthouse.mjs http://127.0.0.1:4190 [path...]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [origin, ...given] = process.argv.slice(2);
const paths = given.length ? given : ['/', '/fr/what-we-do/advocacy', '/es/reports'];
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

console.log('\nLighthouse, mobile with simulated slow 4G (budget: 100 in each category)\n');
console.log('| route                          | perf | a11y | best | seo |   FCP |   LCP |    TBT |   CLS |');
console.log('|--------------------------------|------|------|------|-----|-------|-------|--------|-------|');
for (const path of paths) {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const out = join(dir, 'report.json');
  execFileSync('npx', [
    'lighthouse', origin + path, '--quiet', '--output=json', `--output-path=${out}`,
    `--chrome-flags=${[...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile')}`].join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const score = (id) => String(Math.round(report.categories[id].score * 100)).padStart(4);
  const metric = (id, width) => report.audits[id].displayValue.replace(/\u00a0/g, ' ').padStart(width);
  console.log(`| ${path.padEnd(30)} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo').slice(1)} | ${metric('first-contentful-paint', 5)} | ${metric('largest-contentful-paint', 5)} | ${metric('total-blocking-time', 6)} | ${metric('cumulative-layout-shift', 5)} |`);
}
