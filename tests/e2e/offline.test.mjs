// Offline and deployment (issue #7): the built app has only relative URLs and an installable
// manifest; after one visit it works with the network off, deep links and embeds included;
// a redeploy is offered as a reload and never mixes versions; and where the browser refuses
// a service worker the app simply works online.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { DIST, startApp, openPage, shippedDataset } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';

let app;
const data = shippedDataset();

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path).split(sep).join('/')];
  });
}

/** Visits once, waits until the service worker is active, and reloads under its control. */
async function visitAndInstall(page, url) {
  await page.goto(url);
  await page.locator('main h1, .card').first().waitFor();
  const active = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise((done) => setTimeout(() => done(false), 15000)),
    ]),
  );
  assert.equal(active, true, 'the service worker is active after the first visit');
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the build uses relative URLs only and has an installable manifest with PNG icons', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/(?:href|src)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  assert.ok(urls.length > 5);
  for (const url of urls) assert.doesNotMatch(url, /^(\/|[a-z]+:)/i, url);
  assert.match(html, /rel=["']?manifest/);
  assert.match(html, /name=["']?theme-color/);

  const { page, context, problems } = await openPage(app);
  await page.goto(app.url);
  const href = await page.locator('link[rel=manifest]').evaluate((link) => link.href);
  assert.equal(href, `${app.url}manifest.webmanifest`);
  const manifest = await (await page.request.get(href)).json();
  assert.equal(manifest.name, 'ISCM Explorer');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png');
    assert.ok(icon, `a ${size}px PNG icon`);
    const response = await page.request.get(new URL(icon.src, href).href);
    assert.equal(response.status(), 200);
    const png = await response.body();
    // PNG width and height, from the IHDR chunk.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size]);
  }
  // Chromium's own verdict: the manifest parses and nothing but the test browser's private
  // (incognito-like) context stands in the way of installing.
  const cdp = await context.newCDPSession(page);
  assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('sw.js lists every file of the build with its hash', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/const FILES = (\{[\s\S]*?\});/)[1]);
  const expected = filesUnder(DIST).filter((path) => path !== 'sw.js').sort();
  assert.deepEqual(Object.keys(files).sort(), expected);
  for (const path of expected) {
    const hash = createHash('sha256').update(readFileSync(join(DIST, path))).digest('hex');
    assert.equal(files[path], hash, path);
  }
  assert.ok(expected.includes('index.html') && expected.some((p) => p.endsWith('.wasm')));
  assert.ok(expected.includes('data/iscms.json') && expected.includes('manifest.webmanifest'));
});

test('after one visit the app, a deep link and an embedded view load with the network off', async () => {
  const { page, context, problems } = await openPage(app);
  await visitAndInstall(page, app.url);
  await context.setOffline(true);

  // Going offline while the app is open is announced, with the date of the data.
  const notice = page.locator('.notice-offline');
  await notice.waitFor();
  const meta = data.meta;
  assert.match(await notice.innerText(), new RegExp(`offline.*${meta.version}.*${meta.fact_sheet_as_of}`, 's'));

  // A deep link, in a new page, with its lazily loaded parts.
  const deep = await context.newPage();
  await deep.goto(`${app.url}#/iscm/bali-process`);
  await deep.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  await deep.locator('.notice-offline').waitFor();
  await deep.goto(`${app.url}#/grcp8`);
  await deep.locator('main h1').waitFor();
  await deep.goto(`${app.url}#/topics/timeline`);
  await deep.locator('main h1', { hasText: 'Timeline' }).waitFor();
  assert.equal(await deep.getByRole('alert').count(), 0);

  // The page's own address with a query (embed mode), also offline.
  const embedded = await context.newPage();
  await embedded.goto(`${app.url}index.html?embed=1#/compare?compare=igc,bali-process`);
  await embedded.locator('main h1').waitFor();
  assert.equal(await embedded.locator('.site-header').count(), 0);

  // Back online, the notice goes.
  await context.setOffline(false);
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a redeploy is offered as a reload, and the old version runs until the visitor accepts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iscm-redeploy-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await startServer({ root: dir, prefix: '/deployed/' });
  try {
    const { page, context, problems } = await openPage(app);
    await visitAndInstall(page, server.url);
    const footer = page.locator('.site-footer');
    await footer.getByText(`Dataset version ${data.meta.version};`).waitFor();
    assert.equal(await page.locator('.notice-update').count(), 0);

    // Chromium looks for a new worker a moment after each visit; let that look pass first, so
    // what follows shows the app's own look.
    await page.waitForTimeout(5000);

    // The new deployment: changed data and a new worker.
    const next = structuredClone(data);
    next.meta.version = `${data.meta.version}-redeployed`;
    writeFileSync(join(dir, 'data', 'iscms.json'), JSON.stringify(next));
    writeServiceWorker(dir);

    // The open page finds it when the visitor comes back to the tab, and offers it.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const offer = page.locator('.notice-update');
    await offer.waitFor({ timeout: 10000 });
    assert.match(await offer.innerText(), /new version/);

    // The next visit still runs the old version, whole (code and data), and offers the new one.
    await page.reload();
    await footer.getByText(`Dataset version ${data.meta.version};`).waitFor();
    await offer.waitFor();
    await page.goto(`${server.url}#/iscm/igc`);
    await page.locator('main h1').waitFor();
    await footer.getByText(`Dataset version ${data.meta.version};`).waitFor();

    // Accepting reloads into the new version.
    await Promise.all([
      page.waitForEvent('load'),
      offer.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await footer.getByText(`Dataset version ${next.meta.version};`).waitFor();
    assert.equal(await page.locator('.notice-update').count(), 0);
    assert.match(page.url(), /#\/iscm\/igc$/);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await new Promise((ok) => server.server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
});

test('where service workers are refused, the app works online and shows no error', async () => {
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${app.url}#/iscm/bali-process`);
  await page.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  await page.reload();
  await page.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  assert.equal(await page.locator('.app-notices').innerText(), '');
  assert.deepEqual(problems, []);
  await context.close();
});
