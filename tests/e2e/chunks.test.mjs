// The app's wasm in chunks (README, "Built in chunks"): the explorer's first load fetches the
// main module only; another view fetches its own chunk when first shown, once; a chunk that
// cannot be fetched gives a plain message and a Retry that works once the network is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startApp, DIST } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const CHUNK = /\/(split_|chunk_)[^/]*\.wasm$/;

/** A page (service worker blocked, so every request is the page's own) that records the
 * wasm files it fetches and any panic. */
async function open() {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const wasm = [];
  const problems = [];
  const css = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop();
    if (file.endsWith('.wasm')) wasm.push(file);
    if (file.endsWith('.css')) css.push(file.replace(/-[0-9a-f]+\.css$/, '.css'));
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const panics = () => problems.filter((p) => /panicked|unreachable|RuntimeError/.test(p));
  return { context, page, wasm, css, panics };
}

test('the build has chunks, one per view group, and no chunk is linked from the page', () => {
  const files = readdirSync(DIST);
  for (const view of ['iscm', 'compare', 'charts', 'grcp8', 'topics', 'glossary', 'search', 'about']) {
    assert.ok(files.some((f) => f.startsWith(`split_${view}-`) && f.endsWith('.wasm')), `no chunk for ${view}`);
  }
  assert.equal(files.filter((f) => /^iscm-explorer-.*_bg\.wasm$/.test(f)).length, 1);
});

test('the explorer fetches the main module only; a view fetches its chunk when first shown, once', async () => {
  const { context, page, wasm, panics } = await open();
  await page.goto(`${app.url}#/`);
  await page.locator('.card').first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(wasm.filter((f) => CHUNK.test(`/${f}`)), [], 'the explorer fetched a chunk');
  assert.equal(wasm.length, 1, `expected the main module only: ${wasm}`);

  await page.getByRole('link', { name: 'Charts', exact: true }).first().click();
  await page.locator('main h1', { hasText: 'Charts' }).waitFor();
  const charts = wasm.filter((f) => f.startsWith('split_charts-'));
  assert.equal(charts.length, 1);

  // Away and back: the chunk is not fetched again, and the view shows at once.
  await page.goBack();
  await page.locator('.card').first().waitFor();
  const before = wasm.length;
  await page.goForward();
  await page.locator('main h1', { hasText: 'Charts' }).waitFor();
  assert.equal(wasm.length, before, 'a chunk was fetched twice');
  assert.deepEqual(panics(), []);
  await context.close();
});

test('the views’ stylesheets come with the first view that needs them, in their place before print.css', async () => {
  const { context, page, css, panics } = await open();
  await page.goto(`${app.url}#/`);
  await page.locator('.card').first().waitFor();
  await page.waitForLoadState('networkidle');
  for (const name of ['agenda.css', 'topics.css', 'charts.css']) assert.ok(!css.includes(name), `${name} on first load`);
  await page.getByRole('link', { name: 'Charts', exact: true }).first().click();
  await page.locator('main h1', { hasText: 'Charts' }).waitFor();
  const sheets = await page.evaluate(() =>
    [...document.styleSheets].map((sheet) => sheet.href?.split('/').pop().replace(/-[0-9a-f]+\.css$/, '.css')),
  );
  assert.deepEqual(sheets.slice(-4), ['agenda.css', 'topics.css', 'charts.css', 'print.css']);
  // Drawn styled: the axis labels have charts.css's size.
  const size = await page.locator('.chart-svg .tick text, .chart-svg text.tick').first().evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(size, '12px');
  assert.deepEqual(panics(), []);
  await context.close();
});

test('a deep link to a view fetches its chunk and shows the view', async () => {
  const { context, page, wasm, panics } = await open();
  await page.goto(`${app.url}#/iscm/bali-process`);
  await page.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  assert.ok(wasm.some((f) => f.startsWith('split_iscm-')));
  assert.ok(!wasm.some((f) => f.startsWith('split_charts-') || f.startsWith('split_grcp8-')));
  assert.deepEqual(panics(), []);
  await context.close();
});

test('a view whose code cannot be fetched says so, and Retry shows it once the network is back', async () => {
  const { context, page, panics } = await open();
  let down = true;
  await page.route(CHUNK, (route) => (down ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`${app.url}#/glossary`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.locator('h1').innerText(), /This view could not be loaded/);
  assert.match(await alert.innerText(), /check your connection/);
  // The rest of the page still works: the header's links are there.
  assert.ok(await page.getByRole('link', { name: 'Charts', exact: true }).first().isVisible());
  down = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.locator('main h1', { hasText: 'Glossary' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(panics(), []);
  await context.close();
});

test('while a chunk arrives, the view says it is loading, in the visitor’s language', async () => {
  const { context, page, panics } = await open();
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.url}?lang=fr#/about`);
  await page.getByRole('status').filter({ hasText: 'Chargement de cette vue' }).waitFor();
  release();
  await page.locator('main h1').filter({ hasNotText: 'Chargement' }).first().waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: 'Chargement de cette vue' }).count(), 0);
  assert.deepEqual(panics(), []);
  await context.close();
});
