// The explorer in a real browser: filters give the ISCMs the report says, the view lives in
// the URL (copied links, back/forward, hostile parameters), search is accent-insensitive,
// comparison works, and all of it can be done with the keyboard alone, on a phone and a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, openPage, shippedDataset } from './harness.mjs';

let app;
const data = shippedDataset();
const byId = Object.fromEntries(data.iscms.map((iscm) => [iscm.id, iscm]));
const PHONE = { width: 320, height: 700 };

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The short names on the cards, in order (their text, not innerText: a long list does not
 * draw cards off screen, `content-visibility: auto`, and innerText reads drawn text only). */
async function cardNames(page) {
  return page.locator('.card h2').allTextContents();
}

async function waitForCount(page, text) {
  await page.locator('.result-count', { hasText: text }).waitFor();
}

test('the theme Biometrics gives the IGC and the Prague Process; adding type IRF leaves the IGC', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  await page.locator('summary', { hasText: 'Theme' }).click();
  await page.getByRole('checkbox', { name: /^Biometrics/ }).check();
  await waitForCount(page, '2 of 30');
  assert.deepEqual(await cardNames(page), [byId.igc.short_name, byId['prague-process'].short_name]);
  // The address and the title follow the cards in the next task (src/later.rs).
  await page.waitForURL(/#\/\?theme=biometrics$/);
  await page.getByRole('checkbox', { name: /^IRF/ }).check();
  await waitForCount(page, '1 of 30');
  assert.deepEqual(await cardNames(page), [byId.igc.short_name]);
  await page.waitForFunction(() => /1 of 30 ISCMs/.test(document.title));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a copied link restores the view exactly, and back/forward step through filters', async () => {
  const { page, context } = await openPage(app);
  const link = `${app.url}#/?type=rcp&region=africa&sort=-members&q=migration`;
  await page.goto(link);
  await page.locator('.card').first().waitFor();
  const names = await cardNames(page);
  const expected = data.iscms
    .filter((i) => i.type === 'rcp' && i.region_ids.includes('africa'))
    .sort((a, b) => b.member_states - a.member_states || a.row - b.row)
    .map((i) => i.short_name);
  assert.deepEqual(names, expected);
  assert.equal(await page.getByLabel(/^Search names/).inputValue(), 'migration');
  assert.equal(await page.locator('.chips li').count(), 2);

  // A second visitor opening the same link sees the same.
  const other = await openPage(app);
  await other.page.goto(link);
  await other.page.locator('.card').first().waitFor();
  assert.deepEqual(await cardNames(other.page), names);
  await other.context.close();

  await page.getByRole('button', { name: /Remove filter Region: Africa/ }).click();
  await page.waitForURL((url) => !url.hash.includes('region='));
  await page.goBack();
  await page.waitForURL((url) => url.hash.includes('region=africa'));
  assert.deepEqual(await cardNames(page), names);
  await page.goForward();
  await page.waitForURL((url) => !url.hash.includes('region='));
  await context.close();
});

test('search is case- and accent-insensitive and marks its matches', async () => {
  const { page, context } = await openPage(app);
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  await page.getByLabel(/^Search names/).fill('SODERKOPING');
  await page.locator('.card h2', { hasText: byId['eap-panel'].short_name }).waitFor();
  assert.ok((await cardNames(page)).includes(byId['eap-panel'].short_name));
  await page.getByLabel(/^Search names/).fill('ICMPD');
  await page.locator('.card mark').first().waitFor();
  const marked = await page.locator('.card mark').first().innerText();
  assert.equal(marked, 'ICMPD');
  await context.close();
});

test('filters that leave nothing say so and offer to remove the last filter', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/?type=global&region=africa`);
  await page.getByText('No ISCM matches these filters.').waitFor();
  await page.getByRole('button', { name: /Remove the last filter \(Region: Africa\)/ }).click();
  await waitForCount(page, '1 of 30');
  assert.deepEqual(await cardNames(page), [byId.gfmd.short_name]);
  await context.close();
});

test('hostile and malformed parameters are ignored without a crash, and shown only as text', async () => {
  const { page, context, panics } = await openPage(app);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(`${app.url}#/?type=spaceship&theme=${hostile}&members-min=abc&q=${hostile}&sort=%ZZ&compare=a,b,c,d,e,f&from=99999999999`);
  await page.locator('.result-count').waitFor();
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.getByLabel(/^Search names/).inputValue(), '<img src=x onerror=alert(1)>');
  assert.equal(dialogs, 0);
  assert.deepEqual(panics(), []);
  await context.close();
});

test('two ISCMs can be compared side by side, by link', async () => {
  const { page, context } = await openPage(app);
  await page.goto(app.url);
  await page.getByRole('button', { name: `Compare ${byId.igc.short_name}`, exact: true }).click();
  await page.getByRole('button', { name: `Compare ${byId['prague-process'].short_name}`, exact: true }).click();
  await page.getByRole('link', { name: 'Compare side by side' }).click();
  await page.waitForURL(/#\/compare\?compare=igc,prague-process$/);
  const table = page.locator('table.compare').first();
  await table.waitFor();
  const text = await table.innerText();
  assert.match(text, /Member States/);
  assert.ok(text.includes(byId.igc.annex2.chair[0]));
  assert.ok(text.includes(byId['prague-process'].annex2.chair[0]));
  assert.ok((await page.locator('tr.differs').count()) > 0);
  await page.reload();
  await table.waitFor();
  assert.match(await page.locator('main h1').innerText(), /Compare IGC, Prague Process/);
  await context.close();
});

test('keyboard only: filter, open a card, come back to the filtered list', async () => {
  const { page, context } = await openPage(app);
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  // Tab to the first Type option (RCP) and tick it with the space bar.
  const rcp = page.getByRole('checkbox', { name: /^RCP/ });
  for (let i = 0; i < 40 && !(await rcp.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await rcp.evaluate((el) => el === document.activeElement), 'RCP checkbox reached by Tab');
  await page.keyboard.press('Space');
  await waitForCount(page, '17 of 30');
  assert.ok(await rcp.evaluate((el) => el === document.activeElement), 'focus stays on the checkbox');
  // Tab on to the first card's link and open it with Enter.
  const firstLink = page.locator('.card h2 a').first();
  const firstName = await firstLink.innerText();
  for (let i = 0; i < 120 && !(await firstLink.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: firstName }).waitFor();
  // The breadcrumb leads back to the list as it was.
  const back = page.getByRole('link', { name: 'Back to the filtered list' });
  await back.focus();
  await page.keyboard.press('Enter');
  await waitForCount(page, '17 of 30');
  assert.match(page.url(), /type=rcp/);
  await context.close();
});

test('on a 320 px phone the cards are one column and filters open from a button', async () => {
  const { page, context } = await openPage(app, { viewport: PHONE });
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  const boxes = await page.locator('.card').evaluateAll((cards) => cards.slice(0, 3).map((c) => c.getBoundingClientRect().left));
  assert.equal(new Set(boxes).size, 1);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 320, `no horizontal scroll (${scrollWidth})`);
  assert.equal(await page.locator('#filters').isVisible(), false);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: /^IRF/ }).check();
  await waitForCount(page, '12 of 30');
  await context.close();
});

test('acronyms on the cards and in the comparison can be expanded', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/?compare=bali-process,igc`);
  const card = page.locator('.card', { has: page.locator('h2', { hasText: byId['bali-process'].short_name }) });
  const abbr = card.locator('abbr', { hasText: /^IOM$/ }).first();
  await abbr.waitFor();
  assert.equal(await abbr.getAttribute('title'), 'International Organization for Migration');
  await page.goto(`${app.url}#/compare?compare=bali-process,igc`);
  await page.locator('table.compare abbr', { hasText: /^IOM$/ }).first().waitFor();
  await context.close();
});
