// Runs real nginx and Caddy (Debian's) with the configurations the build
// wrote in deploy/, serving the built site, and checks that for every kind
// of path they send the same status and headers as a Netlify or Cloudflare
// Pages host given the site's _headers (tests/e2e/host.mjs). Prints a row
// per host.
//
// Usage: node tests/hosts/check.mjs ROOT [--site /sub/]
//   ROOT holds the site at SITE (default /), with deploy/ beside the site.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { headersFor, parseHeaders } from '../e2e/host.mjs';

const args = process.argv.slice(2);
const root = resolve(args[0] || 'dist');
const site = args.includes('--site') ? args[args.indexOf('--site') + 1] : '/';
const siteDir = join(root, site);
const deploy = join(siteDir, '..', 'deploy');
const work = mkdtempSync(join(tmpdir(), 'inspir-hosts-'));
const here = new URL('.', import.meta.url).pathname;
const PORTS = { netlify: 4281, nginx: 4282, caddy: 4283 };

const rules = parseHeaders(readFileSync(join(siteDir, '_headers'), 'utf8'));
const hashed = readdirSync(siteDir).filter((name) => /-[0-9a-f]{8,16}(_bg\.wasm|\.js)$/.test(name));
const paths = [
  '', 'fr/allies', 'fr/allies/', 'what-we-do/advocacy', 'es/', 'config.json', 'content/fr.json',
  ...hashed, 'images/og/en/site.png', 'sitemap.xml', 'robots.txt', 'fr/feed.xml', 'no/such/page', 'fr/nope',
].map((path) => `${site}${path}`);

const servers = [];
process.on('exit', () => { servers.forEach((s) => s.kill()); rmSync(work, { recursive: true, force: true }); });
const start = (command, argv, env = {}) => {
  const server = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  server.on('exit', (code) => code && console.error(`${command} stopped (${code}):\n${stderr}`));
  servers.push(server);
};

start('node', [join(here, '../e2e/host.mjs'), root, '--site', site, '--port', String(PORTS.netlify)]);

writeFileSync(join(work, 'nginx.conf'), `
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${PORTS.nginx};
    root ${root};
    include ${deploy}/nginx.conf;
  }
}`);
start('nginx', ['-e', `${work}/nginx-error.log`, '-c', join(work, 'nginx.conf')]);

writeFileSync(join(work, 'Caddyfile'), `{
  admin off
  auto_https off
}
import ${deploy}/Caddyfile
http://127.0.0.1:${PORTS.caddy} {
  root * ${root}
  import inspir
}`);
start('caddy', ['run', '--config', join(work, 'Caddyfile'), '--adapter', 'caddyfile'],
  { XDG_DATA_HOME: work, XDG_CONFIG_HOME: work, HOME: work });

async function get(port, path) {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
    } catch (error) {
      if (attempt > 50) throw new Error(`nothing answers on port ${port}: ${error.message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const revalidates = (value) => /no-cache|max-age=0, must-revalidate/.test(value || '');
const problems = [];
const expected = (path) => headersFor(rules, path);
for (const path of paths) {
  const reference = await get(PORTS.netlify, path);
  const siteHeaders = expected(path);
  for (const host of ['nginx', 'caddy']) {
    const got = await get(PORTS[host], path);
    const say = (what) => problems.push(`${host} ${path}: ${what}`);
    if (got.status !== reference.status) say(`status ${got.status}, expected ${reference.status}`);
    if (got.body !== reference.body) say(reference.status === 404 ? 'not the site\'s 404 page' : 'another body');
    for (const [name, value] of Object.entries(siteHeaders)) {
      if (name === 'cache-control' && revalidates(value)) {
        if (!revalidates(got.headers[name])) say(`cache-control ${got.headers[name]}, expected to revalidate`);
      } else if (got.headers[name] !== value) {
        say(`${name}: ${got.headers[name] ?? '(missing)'}, expected ${value}`);
      }
    }
  }
}

const csp = rules[0].headers.find(([name]) => name === 'Content-Security-Policy')[1];
console.log(`\nHost configurations against _headers, ${paths.length} paths each (site at ${site})\n`);
console.log('| host                 | headers a page gets | CSP length | paths that differ |');
console.log('|----------------------|---------------------|------------|-------------------|');
for (const host of ['netlify', 'nginx', 'caddy']) {
  const page = await get(PORTS[host], `${site}fr/allies`);
  const security = rules[0].headers.filter(([name]) => page.headers[name.toLowerCase()]).length + 1;
  const differ = new Set(problems.filter((p) => p.startsWith(`${host} `)).map((p) => p.split(':')[0])).size;
  console.log(`| ${(host === 'netlify' ? '_headers (host.mjs)' : host).padEnd(20)} | ${String(security).padStart(19)} | ${String((page.headers['content-security-policy'] || '').length).padStart(10)} | ${String(differ).padStart(17)} |`);
}
console.log(`| cloudfront.json      | ${'(not run here)'.padStart(19)} | ${String(csp.length).padStart(10)} |                   |`);
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
process.exit(0);
