// One search box for everything: the header form leads to grouped results that are links,
// reachable by keyboard, and the text is in the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, openPage, DIST } from './harness.mjs';

let app;
const context = JSON.parse(readFileSync(join(DIST, 'data', 'context.json'), 'utf8'));

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('the header search finds a glossary term, grouped by kind, and leads to the glossary', async () => {
  const { page, context: browserContext, problems } = await openPage(app);
  await page.goto(app.url);
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('GFMD');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL(/#\/search\?q=GFMD$/);
  const glossary = page.getByRole('region', { name: /^Glossary \(\d+\)$/ });
  await glossary.waitFor();
  const entry = context.glossary.find((e) => e.abbr === 'GFMD');
  await glossary.getByRole('link', { name: 'GFMD', exact: true }).first().waitFor();
  assert.ok((await glossary.innerText()).includes(entry.expansion));
  assert.ok(await page.getByRole('region', { name: /^ISCMs \(\d+\)$/ }).isVisible());
  await glossary.getByRole('link', { name: 'GFMD', exact: true }).first().click();
  await page.waitForURL(/#\/glossary$/);
  assert.deepEqual(problems, []);
  await browserContext.close();
});

test('results are reachable by keyboard and the search survives a reload', async () => {
  const { page, context: browserContext } = await openPage(app);
  await page.goto(`${app.url}#/search?q=biometrics`);
  const themes = page.getByRole('region', { name: /^Themes \(1\)$/ });
  await themes.waitFor();
  await page.reload();
  await themes.waitFor();
  const link = themes.getByRole('link', { name: 'Biometrics' });
  await page.getByLabel(/^Search ISCMs, themes/).focus();
  for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await link.evaluate((el) => el === document.activeElement), 'the theme result is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/\?theme=biometrics$/);
  await page.locator('.result-count', { hasText: '2 of 30' }).waitFor();
  await browserContext.close();
});

test('a person is found without accents and leads to their GRCP 8 session', async () => {
  const { page, context: browserContext } = await openPage(app);
  await page.goto(`${app.url}#/search?q=secilmis`);
  const people = page.getByRole('region', { name: /^People at GRCP 8 \(1\)$/ });
  await people.waitFor();
  await people.getByRole('link').first().click();
  await page.waitForURL(/#\/grcp8\/[a-z0-9-]+$/);
  await browserContext.close();
});

test('a search with no match says so, and hostile text is shown as text', async () => {
  const { page, context: browserContext, panics } = await openPage(app);
  await page.goto(`${app.url}#/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await page.locator('.result-count', { hasText: '0 results' }).waitFor();
  assert.equal(await page.locator('main img').count(), 0);
  assert.deepEqual(panics(), []);
  await browserContext.close();
});
