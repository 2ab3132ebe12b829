// What the timing benchmarks share (hostile.mjs, navigation.mjs,
// search-bench.mjs, startup.mjs): a build served as a host serves it (also
// behind the other engines' probe, tests/engines), Debian's headless
// Chromium, and the median.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const repo = new URL('..', import.meta.url).pathname;

/** Serves `dist` with tests/e2e/host.mjs on `port` until this process exits. */
export async function serve(dist, port) {
  const server = spawn('node', [`${repo}tests/e2e/host.mjs`, dist, '--port', String(port)], { stdio: 'ignore' });
  // The server must not keep the benchmark running once it is done.
  server.unref();
  process.on('exit', () => server.kill());
  await new Promise((r) => setTimeout(r, 500));
  return `http://127.0.0.1:${port}`;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
