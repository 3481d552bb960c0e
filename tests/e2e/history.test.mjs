// The history entries of filter changes (src/later.rs): written once the visitor pauses, yet
// one per change and in order, before anything that follows a link, and never after the
// browser itself has moved through history.
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

/** Opens the explorer with the Type facet open. */
async function openExplorer() {
  const opened = await openPage(app);
  await opened.page.goto(app.url);
  await opened.page.locator('.card').first().waitFor();
  await opened.page.locator('summary', { hasText: 'Type' }).click();
  return opened;
}

/** Ticks boxes as a script or assistive technology would: clicks with no pointer or key
 * before them, one right after the other (well inside the pause). */
async function quickTicks(page, ...names) {
  await page.evaluate((names) => {
    for (const name of names) {
      const box = [...document.querySelectorAll('.filters input[type=checkbox]')].find((b) =>
        b.closest('label').textContent.trim().startsWith(name),
      );
      box.click();
    }
  }, names);
}

const hashOf = (page) => new URL(page.url()).hash;

test('a burst of filter changes still gives one history entry per change, in order', async () => {
  const { page, context, problems } = await openExplorer();
  await quickTicks(page, 'RCP', 'IRF');
  await page.waitForURL((url) => url.hash.includes('type=rcp') && url.hash.includes('irf'));
  await page.goBack();
  await page.waitForURL((url) => url.hash.includes('type=rcp') && !url.hash.includes('irf'));
  await page.locator('.result-count', { hasText: '17 of 30' }).waitFor();
  await page.goBack();
  await page.waitForURL((url) => !url.hash.includes('type='));
  await page.locator('.result-count', { hasText: 'All 30' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link followed right after a filter change comes back to the filtered list', async () => {
  const { page, context } = await openExplorer();
  await quickTicks(page, 'RCP');
  // At once, before the pause: the click on the link writes the filter's entry first.
  await page.evaluate(() => document.querySelector('.card h2 a').click());
  await page.waitForURL((url) => url.hash.startsWith('#/iscm/'));
  await page.goBack();
  await page.waitForURL((url) => url.hash.includes('type=rcp'));
  await page.locator('.result-count', { hasText: '17 of 30' }).waitFor();
  await context.close();
});

test('Back pressed before the pause leaves no entry written behind it', async () => {
  const { page, context } = await openExplorer();
  await page.goto(`${app.url}#/?region=africa`);
  await page.locator('.result-count', { hasText: '12 of 30' }).waitFor();
  await quickTicks(page, 'RCP');
  await page.goBack();
  await page.waitForURL((url) => !url.hash.includes('region='));
  await page.locator('.result-count', { hasText: 'All 30' }).waitFor();
  // Longer than the pause: the change left behind must not come back as a new entry.
  await page.waitForTimeout(600);
  assert.equal(hashOf(page).includes('type='), false);
  assert.equal(await page.locator('.result-count', { hasText: 'All 30' }).count(), 1);
  await context.close();
});
