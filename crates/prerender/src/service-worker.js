// The site's service worker. `BUILD`, above, lists this build's files (see
// crates/prerender/src/offline.rs, which writes this file as sw.js).
//
// - Install keeps the shell and every page of the reader's languages (those
//   of the open pages, and those kept before), reusing unchanged files.
// - A new build waits until the reader asks for it (the page's "Reload"),
//   so old pages never meet new wasm.
// - Pages and the shell come from the cache; content bundles too, refreshed
//   behind (stale-while-revalidate); illustrations and the wasm chunks of
//   features (search, the newsletter) are kept as they are first fetched.
// - Offline, a page not saved here gets the offline page in the reader's
//   language; an address that does not exist, the not-found page.
// - Reports are kept only when the reader asks (the page writes KEPT).
'use strict';

const SCOPE = new URL(self.registration.scope);
const PAGES = `inspir-pages-${BUILD.version}`;
const IMAGES = 'inspir-images';
const CHUNKS = 'inspir-chunks';
const KEPT = 'inspir-kept';
const META = 'inspir-meta';
const REVISION = 'x-inspir-revision';
const LANGUAGES_KEY = new URL('__languages', SCOPE).href;

const at = (address) => new URL(address, SCOPE).href;
const shell = new Map(BUILD.shell);
const bundles = new Set(Object.values(BUILD.languages)
  .flatMap((language) => language.files.map(([address]) => address))
  .filter((address) => address.endsWith('.json')));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const languages = new Set([...await keptLanguages(), ...await openLanguages()]);
    await keep(PAGES, [...BUILD.shell, ...[...languages].flatMap(filesOf)]);
    await rememberLanguages([...languages]);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('inspir-pages-') && name !== PAGES) await caches.delete(name);
    }
    await forgetUnlisted(IMAGES, BUILD.images);
    await forgetUnlisted(CHUNKS, BUILD.chunks);
    await self.clients.claim();
  })());
});

// The page's "Reload" button: this build may take over now.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE.href)) return;
  const address = new URL(request.url).pathname.slice(SCOPE.pathname.length);
  // Search needs the network, and its many small files gain nothing here.
  if (address.startsWith('pagefind/')) return;
  const answer = request.mode === 'navigate' ? page(address, request, event)
    : bundles.has(address) ? staleWhileRevalidate(request, event)
    : shell.has(address) ? fromCacheOrNetwork(PAGES, request)
    : address in BUILD.images ? cacheFirst(IMAGES, request, BUILD.images[address])
    : address in BUILD.chunks ? cacheFirst(CHUNKS, request, BUILD.chunks[address])
    : fromCacheOrNetwork(KEPT, request);
  // Whatever goes wrong in here (storage full or cleared), the network
  // answers as it would without a worker.
  event.respondWith(answer.catch(() => fetch(request)));
});

/** A page: saved, else from the network, else offline or not found. */
async function page(address, request, event) {
  const route = address.replace(/(^|\/)index\.html$/, '').replace(/\/$/, '');
  const lang = languageOf(route);
  const file = BUILD.languages[lang]?.routes[route];
  const saved = file && await caches.match(at(file), { cacheName: PAGES });
  if (saved) return saved;
  try {
    const response = await fetch(request);
    // The reader reads this language now: keep it too, behind the page.
    if (file && response.ok) event.waitUntil(keepLanguage(lang));
    return response;
  } catch (offline) {
    // In the page's language if it is kept, else in the reader's first.
    const kept = await keptLanguages();
    const shown = kept.includes(lang) ? lang : kept[0];
    if (!shown) throw offline;
    const [which, status] = !file && shown === lang ? ['notFound', 404] : ['offline', 503];
    const fallback = await caches.match(at(BUILD.languages[shown][which]), { cacheName: PAGES });
    if (!fallback) throw offline;
    return withStatus(fallback, status);
  }
}

/** Content bundles: the saved copy at once, a fresh one for next time. */
async function staleWhileRevalidate(request, event) {
  const saved = await caches.match(request.url, { cacheName: PAGES });
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await (await caches.open(PAGES)).put(request.url, response.clone());
    return response;
  });
  if (!saved) return fresh;
  event.waitUntil(fresh.catch(() => {}));
  return saved;
}

/** Cache-first, keyed by revision, so a changed file is fetched again. */
async function cacheFirst(cacheName, request, revision) {
  const saved = await caches.match(request.url, { cacheName });
  if (saved && saved.headers.get(REVISION) === revision) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await (await caches.open(cacheName)).put(request.url, await revised(response.clone(), revision));
  }
  return response;
}

async function fromCacheOrNetwork(cacheName, request) {
  return (await caches.match(request.url, { cacheName })) ?? fetch(request);
}

/**
 * Puts `entries` ([address, revision]) into cache `name`, each from any
 * earlier build's cache when its revision is unchanged, else from the
 * network. One failure fails the whole, so a build is kept whole or not at all.
 */
async function keep(name, entries) {
  const cache = await caches.open(name);
  const earlier = (await caches.keys()).filter((n) => n.startsWith('inspir-pages-') && n !== name);
  await Promise.all(entries.map(async ([address, revision]) => {
    const url = at(address);
    if ((await cache.match(url))?.headers.get(REVISION) === revision) return;
    for (const other of earlier) {
      const found = await caches.match(url, { cacheName: other });
      if (found?.headers.get(REVISION) === revision) return cache.put(url, found);
    }
    // The HTTP cache may answer: the app's files were just downloaded by
    // the page, and their headers say how fresh every file must be.
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await cache.put(url, await revised(response, revision));
  }));
}

async function keepLanguage(lang) {
  const kept = await keptLanguages();
  if (kept.includes(lang)) return;
  await keep(PAGES, filesOf(lang));
  await rememberLanguages([...await keptLanguages(), lang]);
}

function filesOf(lang) {
  return BUILD.languages[lang]?.files ?? [];
}

/** The languages whose pages are kept, first the reader's first one. */
async function keptLanguages() {
  const saved = await caches.match(LANGUAGES_KEY, { cacheName: META });
  const languages = saved ? await saved.json().catch(() => []) : [];
  return Array.isArray(languages) ? languages.filter((l) => l in BUILD.languages) : [];
}

async function rememberLanguages(languages) {
  const unique = [...new Set(languages)];
  const json = new Response(JSON.stringify(unique), { headers: { 'Content-Type': 'application/json' } });
  await (await caches.open(META)).put(LANGUAGES_KEY, json);
}

/** The languages of the site's open pages (or English, if none are open). */
async function openLanguages() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const languages = windows
    .filter((w) => w.url.startsWith(SCOPE.href))
    .map((w) => languageOf(new URL(w.url).pathname.slice(SCOPE.pathname.length)));
  return languages.length ? languages : ['en'];
}

function languageOf(address) {
  const first = address.split('/')[0];
  return first !== 'en' && first in BUILD.languages ? first : 'en';
}

/** Drops what this build no longer lists at the revision kept. */
async function forgetUnlisted(cacheName, listed) {
  const cache = await caches.open(cacheName);
  for (const request of await cache.keys()) {
    const address = new URL(request.url).pathname.slice(SCOPE.pathname.length);
    const response = await cache.match(request);
    if (listed[address] !== response?.headers.get(REVISION)) await cache.delete(request);
  }
}

/**
 * A copy of `response` marked with its revision. A redirect (a host that
 * sends `x/index.html` to `x/`) is flattened: a navigation may not be
 * answered with a redirected response.
 */
async function revised(response, revision) {
  const headers = new Headers(response.headers);
  headers.set(REVISION, revision);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function withStatus(response, status) {
  return new Response(await response.blob(), { status, headers: response.headers });
}
