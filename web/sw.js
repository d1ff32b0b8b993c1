// The service worker: Cadence starts and runs with no network after the first visit.
//
// tools/stamp_dist.mjs fills in the build hash and the precache list (every file of the build,
// with its integrity hash) when it copies this file into dist. Each build gets a cache of its
// own, `cadence-build-<hash>`, so the page, cadence.js and cadence.wasm always come from one
// build. A new build installs beside the running one and waits: the page shows "A new version
// is ready — Restart" and, once its data is saved, asks the waiting worker to take over
// (web/install_and_update.js). Files fetched on demand (fonts under fonts/) go to a runtime
// cache that outlives builds, so they stay available offline after an update.
'use strict';

const BUILD_HASH = '@BUILD_HASH@';
const PRECACHE = @PRECACHE@;
const BUILD_CACHE_PREFIX = 'cadence-build-';
const BUILD_CACHE = BUILD_CACHE_PREFIX + BUILD_HASH;
const RUNTIME_CACHE = 'cadence-runtime';
const PAGE_URL = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  // Each file is fetched past the HTTP cache and checked against its build's hash: a server that
  // switched to a newer build halfway through fails the install instead of mixing two builds.
  event.waitUntil(caches.open(BUILD_CACHE).then((cache) => Promise.all(PRECACHE.map(async ({ url, integrity }) => {
    const response = await fetch(new Request(url, { cache: 'no-cache', integrity }));
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await cache.put(url, response);
  }))));
  // Once this build is active, the browser answers its own files straight from its cache, without
  // running this worker: a start asks for six files at once, and through the fetch handler each
  // answer took 10-20 ms of this worker's thread, one after the other. (A file missing from the
  // cache goes to the network; a browser without static routes uses the handlers below.)
  if (event.addRoutes) event.waitUntil(event.addRoutes(precachedFileRoutes()).catch(() => {}));
});

// One route per precached file, matching its exact path and query: the page itself only when
// it is asked for without a query, as the cache holds it.
function precachedFileRoutes() {
  const escape = (text) => text.replace(/[\\:*?+(){}]/g, '\\$&');
  return PRECACHE.map(({ url }) => {
    const file = new URL(url, PAGE_URL);
    return {
      condition: { urlPattern: { pathname: escape(file.pathname), search: escape(file.search.slice(1)) }, requestMethod: 'GET' },
      source: { cacheName: BUILD_CACHE },
    };
  });
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(BUILD_CACHE_PREFIX) && name !== BUILD_CACHE)
      .map((name) => caches.delete(name)));
    // The first install controls the page that registered it, so it works offline at once.
    await self.clients.claim();
  })());
});

// Only the page's Restart (after it has saved its data) lets a waiting build take over.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && isPagePath(url.pathname)) event.respondWith(page(request));
  else event.respondWith(file(event, url));
});

function isPagePath(pathname) {
  const scope = new URL(PAGE_URL).pathname;
  return pathname === scope || pathname === scope + 'index.html';
}

// The page of this build, whatever the query (deep links) or hash.
async function page(request) {
  const cached = await caches.match(PAGE_URL, { cacheName: BUILD_CACHE });
  return cached || fetch(request);
}

// Files: this build's precached copy (the original response, so .wasm keeps application/wasm),
// else the runtime cache, else the network. A file is never answered with the page: offline and
// not cached, the request fails like any network error.
async function file(event, url) {
  const request = event.request;
  const precached = await caches.match(request, { cacheName: BUILD_CACHE });
  if (precached) return precached;
  // A version-stamped URL of another build is passed through uncached; the page's integrity
  // check refuses it if the server now has different content.
  if (url.searchParams.has('v')) return fetch(request);
  const runtime = await caches.open(RUNTIME_CACHE);
  const cached = await runtime.match(request);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') await runtime.put(request, response.clone());
    return response;
  });
  if (!cached) return fromNetwork;
  // Stale-while-revalidate: answer at once, refresh the copy for next time when online.
  event.waitUntil(fromNetwork.catch(() => {}));
  return cached;
}
