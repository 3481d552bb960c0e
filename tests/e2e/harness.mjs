// Shared set-up for the browser tests: dist/ served by the plain static server under a
// sub-path (no SPA fallback), and Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// ISCM_DIST lets parallel builds test their own output; dist/ by default.
export const DIST = process.env.ISCM_DIST ?? join(ROOT, 'dist');
export const SUB_PATH = '/some/sub/path/';

/** The dataset as shipped in dist/, to compare what the page shows against. */
export function shippedDataset() {
  return JSON.parse(readFileSync(join(DIST, 'data', 'iscms.json'), 'utf8'));
}

export async function startApp() {
  const { server, url } = await startServer({ root: DIST, prefix: SUB_PATH });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * A fresh page that records console errors and uncaught exceptions, so a test can assert
 * that nothing panicked.
 */
export async function openPage(app, { viewport = { width: 1280, height: 900 }, locale = 'en-US' } = {}) {
  // The browser's language is pinned: the interface follows it when no language is chosen.
  const context = await app.browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return { page, context, problems, panics: () => problems.filter((p) => /panicked|unreachable|RuntimeError/.test(p)) };
}
