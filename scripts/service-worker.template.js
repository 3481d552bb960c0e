// ISCM Explorer's service worker: the offline copy of one build. The build's
// scripts/service-worker.mjs prepends FILES (every file of the build with its SHA-256) and
// VERSION (a hash of that list); this part never changes.
//
// - install: fetches every file, checks it against its hash (so a half-deployed update can
//   never mix into the copy) and stores them in one cache for this build;
// - activate: deletes the caches of older builds of this same deployment;
// - fetch: answers from the cache for the build's files, and with index.html for any
//   visit of the app's page (views live in the #fragment, so every deep link is that page);
//   anything else goes to the network untouched;
// - a new build waits until the page sends "skip-waiting" (the visitor accepted the reload).
'use strict';

const SCOPE = new URL('./', self.location.href);
const CACHE_PREFIX = `iscm-explorer ${SCOPE.pathname} `;
const CACHE = CACHE_PREFIX + VERSION;
const SHELL = new URL('index.html', SCOPE).href;
const PRECACHED = new Set(Object.keys(FILES).map((path) => new URL(path, SCOPE).href));

async function sha256(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        Object.entries(FILES).map(async ([path, hash]) => {
          const url = new URL(path, SCOPE).href;
          const response = await fetch(url, { cache: 'no-store' });
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          if ((await sha256(await response.clone().arrayBuffer())) !== hash) {
            throw new Error(`${path} is not the file of this build`);
          }
          await cache.put(url, response);
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const address = url.origin + url.pathname;
  let key = null;
  if (PRECACHED.has(address)) key = address;
  else if (request.mode === 'navigate' && address === SCOPE.href) key = SHELL;
  if (key === null) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match(key)) ?? fetch(request);
    })(),
  );
});
