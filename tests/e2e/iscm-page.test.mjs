// An ISCM's page: the fact sheet as printed, themes (or why they are unknown), what the
// sources say and its GRCP 8 roles, loaded lazily; a failing secondary file leaves the rest
// of the page usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, openPage, shippedDataset, DIST } from './harness.mjs';

let app;
const data = shippedDataset();
const statements = JSON.parse(readFileSync(join(DIST, 'data', 'statements.json'), 'utf8'));

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('every Annex 2 cell of an ISCM is on its page', async () => {
  const { page, context, problems } = await openPage(app);
  const gfmd = data.iscms.find((iscm) => iscm.id === 'gfmd');
  await page.goto(`${app.url}#/iscm/gfmd`);
  const facts = page.locator('dl.facts').first();
  await facts.waitFor();
  const text = await facts.innerText();
  for (const cell of Object.entries(gfmd.annex2).filter(([key]) => key !== 'row')) {
    for (const item of cell[1]) assert.ok(text.includes(item), `${cell[0]}: ${item}`);
  }
  assert.match(await page.locator('main').innerText(), new RegExp(`dataset version ${data.meta.version}`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an ISCM that Annex 10 does not cover says its themes are unknown', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/iscm/commit`);
  await page.getByText('Not covered by Annex 10').waitFor();
  await context.close();
});

test('the statements about an ISCM load with their sources, and its GRCP 8 roles show', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/iscm/bali-process`);
  const expected = statements.statements.filter((s) => s.iscm_ids.includes('bali-process'));
  await page.locator('ul.statements li').first().waitFor();
  assert.equal(await page.locator('ul.statements > li').count(), expected.length);
  assert.ok(await page.getByText(expected[0].text, { exact: true }).isVisible());
  const roles = page.locator('table tbody tr');
  assert.equal(await roles.count(), 3);
  assert.match(await roles.nth(2).innerText(), /Rapporteur/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a missing statements file fails in place, with Retry, and the fact sheet stays', async () => {
  const { page, context, panics } = await openPage(app);
  let calls = 0;
  await page.route('**/data/statements.json', (route) => {
    calls += 1;
    return calls === 1 ? route.fulfill({ status: 404, body: '' }) : route.continue();
  });
  await page.goto(`${app.url}#/iscm/rcm`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /statements\.json/);
  assert.ok(await page.locator('dl.facts').first().isVisible());
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.locator('ul.statements li').first().waitFor();
  assert.equal(calls, 2);
  assert.deepEqual(panics(), []);
  await context.close();
});

test('previous and next links walk the fact sheet in order', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/iscm/${data.iscms[0].id}`);
  await page.locator('a[rel=next]').click();
  await page.waitForURL(new RegExp(`#/iscm/${data.iscms[1].id}$`));
  await page.locator('a[rel=prev]').click();
  await page.waitForURL(new RegExp(`#/iscm/${data.iscms[0].id}$`));
  await context.close();
});

test('About the data lists every data note of the four files, with sources', async () => {
  const { page, context, problems } = await openPage(app);
  const counts = ['iscms', 'statements', 'grcp8', 'context'].map(
    (name) => JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')).data_notes.length,
  );
  await page.goto(`${app.url}#/about`);
  await page.locator('main h1', { hasText: 'About the data' }).waitFor();
  const total = counts.reduce((a, b) => a + b, 0);
  await page.waitForFunction((n) => document.querySelectorAll('main section.note').length === n, total);
  assert.equal(await page.locator('main section.note').count(), total);
  assert.equal(await page.locator('main section.note .source').count() >= total, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('acronyms on an ISCM page can be expanded, without loading the glossary', async () => {
  const { page, context } = await openPage(app);
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${app.url}#/iscm/bali-process`);
  const abbr = page.locator('dl.facts abbr', { hasText: /^IOM$/ }).first();
  await abbr.waitFor();
  assert.equal(await abbr.getAttribute('title'), 'International Organization for Migration');
  assert.equal(requested.some((url) => url.endsWith('/data/context.json')), false);
  await context.close();
});

test('a later update of a fact shows beside the printed cell, with its own source, and on the card', async () => {
  const { page, context, problems } = await openPage(app);
  // What a maintainer adds when a chair rotates (an invented example): a later source
  // document and an update of the chair column.
  const edited = structuredClone(data);
  edited.meta.documents.push({ id: 'later-source', file: '005_later.txt', title: 'A later source' });
  edited.iscms.find((iscm) => iscm.id === 'gfmd').updates = [
    { column: 'chair', value: ['State X'], as_of: 'May 2021', source: { doc: 'later-source', section: 'Page 1' } },
  ];
  await page.route('**/data/iscms.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }),
  );
  await page.goto(`${app.url}#/iscm/gfmd`);
  const updated = page.locator('dl.facts .updated');
  await updated.waitFor();
  assert.match(await updated.innerText(), /Since then \(as of May 2021\): State X/);
  assert.match(await page.locator('dl.facts').first().innerText(), /A later source, Page 1/);
  // The printed 2019 cell stays.
  assert.match(await page.locator('dl.facts').first().innerText(), /Ecuador/);
  await page.goto(`${app.url}#/?q=gfmd`);
  await page.locator('.card', { hasText: 'State X (as of May 2021)' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
