// The app shell in a real browser: data renders, deep links survive reloads under a
// sub-path, history works, and every way the dataset can fail ends in a clear message with
// a Retry button and no panic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage, shippedDataset } from './harness.mjs';

let app;
const data = shippedDataset();
const bali = data.iscms.find((iscm) => iscm.id === 'bali-process');

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('the home view lists every ISCM of the dataset, served under a sub-path', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  assert.equal(await page.locator('.card').count(), data.iscms.length);
  assert.equal(data.iscms.length, 30);
  await assert.doesNotReject(page.getByRole('link', { name: bali.short_name, exact: true }).waitFor());
  assert.match(await page.title(), /ISCM Explorer/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link to an ISCM shows its page, and again after a reload', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/iscm/bali-process`);
  const heading = page.locator('main h1');
  await heading.waitFor();
  assert.match(await heading.innerText(), /Bali Process/);
  assert.match(await page.title(), /Bali Process/);
  await page.reload();
  await heading.waitFor();
  assert.match(await heading.innerText(), /Bali Process/);
  assert.ok(page.url().endsWith('/some/sub/path/#/iscm/bali-process'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('back and forward move between views', async () => {
  const { page, context } = await openPage(app);
  await page.goto(app.url);
  await page.getByRole('link', { name: bali.short_name, exact: true }).click();
  await page.waitForURL(/#\/iscm\/bali-process$/);
  await page.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  await page.goBack();
  await page.locator('.card').first().waitFor();
  await page.goForward();
  await page.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  await context.close();
});

/** Opens the app with the dataset request answered by `handler`, and checks the error state. */
async function expectErrorState(handler, heading, { timeout = 5000 } = {}) {
  const { page, context, panics } = await openPage(app);
  await page.route('**/data/iscms.json', handler);
  await page.goto(app.url);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout });
  assert.match(await alert.locator('h1').innerText(), heading);
  assert.match(await alert.innerText(), /data\/iscms\.json/);
  await assert.doesNotReject(page.getByRole('button', { name: 'Retry' }).waitFor());
  assert.deepEqual(panics(), []);
  assert.equal(await page.locator('#fatal').isHidden(), true);
  await context.close();
}

test('a missing dataset (404) shows a message and a Retry button', async () => {
  await expectErrorState((route) => route.fulfill({ status: 404, body: 'Not found' }), /missing/);
});

test('a failing server (500) shows a message and a Retry button', async () => {
  await expectErrorState((route) => route.fulfill({ status: 500, body: 'oops' }), /server/i);
});

test('a network failure shows a message and a Retry button', async () => {
  await expectErrorState((route) => route.abort('internetdisconnected'), /reached/);
});

test('malformed JSON shows a message and a Retry button', async () => {
  await expectErrorState(
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"title": ' }),
    /damaged/,
  );
});

test('JSON of the wrong shape shows a message and a Retry button', async () => {
  await expectErrorState(
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[1, 2, 3]' }),
    /damaged/,
  );
});

test('a dataset that never arrives times out with a message and a Retry button', async () => {
  // The app gives up after 15 s; the request is simply never answered.
  await expectErrorState(() => {}, /too long/, { timeout: 25000 });
});

test('Retry loads the dataset once the server recovers', async () => {
  const { page, context, panics } = await openPage(app);
  let calls = 0;
  await page.route('**/data/iscms.json', (route) => {
    calls += 1;
    return calls === 1 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue();
  });
  await page.goto(`${app.url}#/iscm/bali-process`);
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  assert.equal(calls, 2);
  assert.deepEqual(panics(), []);
  await context.close();
});

test('unknown ids and hostile paths get a plain message, shown as text', async () => {
  const { page, context, panics } = await openPage(app);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  await page.goto(`${app.url}#/iscm/no-such-process`);
  await page.locator('main h1', { hasText: 'not found' }).waitFor();
  assert.match(await page.locator('main').innerText(), /no-such-process/);

  const hostile = '<img src=x onerror=alert(1)>';
  await page.goto(`${app.url}#/${encodeURIComponent(hostile)}`);
  await page.locator('main h1', { hasText: 'not found' }).waitFor();
  assert.match(await page.locator('main').innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(panics(), []);
  await context.close();
});
