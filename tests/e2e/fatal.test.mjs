// A panic in the release build is a wasm trap (`panic=immediate-abort`, scripts/build-wasm.mjs):
// the start-up script must turn the trap's RuntimeError into the page's "Something went
// wrong" message, in the interface's language, whether the trap ends an event, a task or a
// promise, and must leave every other error alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Opens the explorer and waits for its cards; `locale` picks the interface language. */
async function openExplorer(locale) {
  const opened = await openPage(app, { locale });
  await opened.page.goto(app.url);
  await opened.page.locator('.card').first().waitFor();
  return opened;
}

/**
 * Runs a one-instruction wasm function that traps (`unreachable`, as a panic does), from a
 * task (`how = 'task'`) or inside a promise (`'promise'`), the way the app's code runs.
 */
function trap(page, how) {
  return page.evaluate((how) => {
    // (module (func (export "f") unreachable))
    const bytes = new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11,
    ]);
    const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
    if (how === 'task') setTimeout(f);
    else Promise.resolve().then(f);
  }, how);
}

test('a trap in a task shows the fatal message in English', async () => {
  const { page, context } = await openExplorer('en-US');
  assert.equal(await page.locator('#fatal').isHidden(), true);
  await trap(page, 'task');
  const fatal = page.getByRole('alert');
  await fatal.waitFor();
  assert.match(await fatal.innerText(), /Something went wrong/);
  assert.equal(await page.locator('#fatal [data-lang=fr]').isHidden(), true);
  assert.equal(await fatal.getByRole('link', { name: 'Reload the page' }).count(), 1);
  await context.close();
});

test('a trap in a promise shows the fatal message in the interface language', async () => {
  const { page, context } = await openExplorer('fr-FR');
  await trap(page, 'promise');
  const fatal = page.locator('#fatal');
  await fatal.waitFor();
  assert.match(await fatal.innerText(), /Une erreur s’est produite/);
  assert.equal(await page.locator('#fatal [data-lang=en]').isHidden(), true);
  await context.close();
});

test('errors that are not traps leave the page alone', async () => {
  const { page, context } = await openExplorer('en-US');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('a host script failed');
    });
    Promise.reject(new TypeError('a rejected promise'));
  });
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#fatal').isHidden(), true);
  assert.ok((await page.locator('.card').count()) > 0);
  await context.close();
});
