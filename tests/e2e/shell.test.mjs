// The app shell in a real browser: data renders, deep links survive reloads under a
// sub-path, and history works. Every way the dataset or the URL can be bad is in
// bad-input.test.mjs.
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
