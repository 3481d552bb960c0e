// The topic pages and the glossary in a real browser: each page shows every record of
// context.json it draws on (counts compared with the JSON), with sources and links to the
// ISCMs it names; acronyms are expanded in <abbr title>; the timeline filters by kind (in
// the URL); the glossary filters and jumps without touching the route; a missing
// context.json fails in place with Retry; one h1 per page, no console errors, and nothing
// scrolls sideways at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, openPage, shippedDataset, DIST } from './harness.mjs';

let app;
const data = shippedDataset();
const ctx = JSON.parse(readFileSync(join(DIST, 'data', 'context.json'), 'utf8'));
const statements = JSON.parse(readFileSync(join(DIST, 'data', 'statements.json'), 'utf8'));

const PAGES = [
  ['topics', 'Topics'],
  ['topics/migration-governance', 'Migration governance'],
  ['topics/global-compact', 'ISCMs and the Global Compact for Migration'],
  ['topics/agenda-2030', 'ISCMs and the 2030 Agenda'],
  ['topics/assessment', 'The 2019 assessment'],
  ['topics/timeline', 'Timeline of migration governance'],
  ['glossary', 'Glossary'],
];

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Opens a page of the app and waits until its content (not just its h1) is there. */
async function open(path, { viewport, ready = '.source' } = {}) {
  const opened = await openPage(app, viewport ? { viewport } : undefined);
  await opened.page.goto(`${app.url}#/${path}`);
  await opened.page.locator('main h1').waitFor();
  if (ready) await opened.page.locator(`main ${ready}`).first().waitFor();
  return opened;
}

const count = (page, selector) => page.locator(selector).count();

test('the topics index lists the five topic pages and the glossary, each with a line', async () => {
  const { page, context, problems } = await open('topics', { ready: '.topic-index' });
  const items = page.locator('.topic-index > li');
  assert.equal(await items.count(), 6);
  for (const [path, title] of PAGES.slice(1)) {
    const link = page.getByRole('link', { name: title, exact: true }).last();
    assert.equal(await link.getAttribute('href'), `#/${path}`);
  }
  for (let i = 0; i < 6; i += 1) assert.ok((await items.nth(i).locator('p').innerText()).length > 40);
  await page.getByRole('link', { name: 'The 2019 assessment', exact: true }).click();
  await page.waitForURL(/#\/topics\/assessment$/);
  await page.locator('main h1', { hasText: 'The 2019 assessment' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the index does not download context.json; a topic page does, once', async () => {
  const { page, context } = await openPage(app);
  const fetched = [];
  page.on('request', (request) => {
    if (request.url().endsWith('data/context.json')) fetched.push(request.url());
  });
  await page.goto(`${app.url}#/topics`);
  await page.locator('.topic-index').waitFor();
  await page.waitForTimeout(500);
  assert.equal(fetched.length, 0);
  await page.getByRole('link', { name: 'Migration governance', exact: true }).click();
  await page.locator('[data-list="definitions"]').waitFor();
  await page.goto(`${app.url}#/glossary`);
  await page.locator('[data-list="glossary"]').first().waitFor();
  assert.equal(fetched.length, 1);
  await context.close();
});

test('every page has one h1, headings in order, its title and description', async () => {
  const { page, context, problems } = await openPage(app);
  for (const [path, title] of PAGES) {
    await page.goto(`${app.url}#/${path}`);
    await page.locator('main h1', { hasText: title }).waitFor();
    if (path !== 'topics') await page.locator('main .source').first().waitFor();
    assert.equal(await count(page, 'main h1'), 1, path);
    const levels = await page.locator('main :is(h1,h2,h3,h4,h5,h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i += 1) {
      assert.ok(levels[i] <= levels[i - 1] + 1, `${path}: h${levels[i - 1]} then h${levels[i]}`);
    }
    assert.equal(await page.title(), `${title} · ISCM Explorer`);
    const description = await page.locator('meta[name=description]').getAttribute('content');
    assert.ok(description.length > 60, path);
    // Every table has a caption.
    const tables = await count(page, 'main table');
    assert.equal(await count(page, 'main table > caption'), tables, path);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('migration governance: definitions, phases, levels and contributions, with sources', async () => {
  const { page, context, problems } = await open('topics/migration-governance', { ready: '[data-list="definitions"]' });
  assert.equal(await count(page, '[data-list="definitions"] > dt'), ctx.definitions.length);
  const terms = await page.locator('[data-list="definitions"] > dt').allInnerTexts();
  for (const term of ['Inter-State consultation mechanism on migration (ISCM)', 'Regional consultative process on migration (RCP)', 'Interregional forum on migration (IRF)', 'Global process on migration']) {
    assert.ok(terms.includes(term), term);
  }
  // Both wordings of the ISCM definition: the report's and the IOM web page's.
  const iscm = ctx.definitions.find((d) => d.id === 'iscm');
  const first = page.locator('[data-list="definitions"] > dd').first();
  assert.ok((await first.innerText()).includes(iscm.text));
  const web = iscm.variants.find((v) => v.source.doc === 'iom-web-page');
  assert.ok((await first.innerText()).includes(web.text));
  assert.equal(await count(page, '[data-list="phases"] > li'), 3);
  assert.equal(await count(page, '[data-list="levels"] h3'), ctx.governance_levels.length);
  const points = ctx.governance_levels.reduce((n, level) => n + (level.points?.length ?? 0), 0);
  assert.equal(await count(page, '[data-list="levels"] li'), points);
  assert.equal(await count(page, '[data-list="characteristics"] > li'), ctx.characteristics.length);
  assert.equal(await count(page, '[data-list="contributions"] > li'), ctx.contributions.length);
  assert.ok(await count(page, 'main .source') > ctx.definitions.length + 3 + points);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Global Compact: passages, ISCMs that engaged, review findings and figures', async () => {
  const { page, context, problems } = await open('topics/global-compact', { ready: '[data-list="gcm"]' });
  assert.equal(await count(page, '[data-list="gcm"] > li'), ctx.gcm.length);
  await page.locator('[data-list="gcm-iscms"]').waitFor();
  const engaged = data.iscms.filter((iscm) => statements.statements.some((s) => s.topic === 'gcm' && s.iscm_ids.includes(iscm.id)));
  assert.equal(await count(page, '[data-list="gcm-iscms"] > li'), engaged.length);
  assert.equal(await count(page, '[data-list="gcm-review-findings"] > li'), ctx.gcm_review_findings.length);
  const rows = page.locator('table[data-list="gcm-review-figures"] tbody tr');
  assert.equal(await rows.count(), ctx.gcm_review_figures.length);
  // Value, unit and what it is of, for the first figure.
  const f = ctx.gcm_review_figures[0];
  const cells = await rows.first().locator('th, td').allInnerTexts();
  assert.equal(cells[0], f.label);
  assert.equal(cells[1], String(f.value));
  assert.equal(cells[2], f.unit);
  assert.equal(cells[3], f.of);
  // The footnote 61 list links the ISCMs that drafted positions.
  const positions = ctx.gcm.find((p) => p.id === 'positions-list');
  const item = page.locator('[data-list="gcm"] > li').nth(ctx.gcm.indexOf(positions));
  assert.equal(await item.locator('.tp-iscm-links a').count(), positions.iscm_ids.length);
  const arcp = data.iscms.find((i) => i.id === 'arcp');
  await item.getByRole('link', { name: arcp.short_name, exact: true }).click();
  await page.waitForURL(/#\/iscm\/arcp$/);
  await page.locator('main h1', { hasText: arcp.name }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the 2030 Agenda: every passage, target 10.7 among them', async () => {
  const { page, context, problems } = await open('topics/agenda-2030', { ready: '[data-list="agenda-2030"]' });
  assert.equal(await count(page, '[data-list="agenda-2030"] > li'), ctx.agenda_2030.length);
  assert.match(await page.locator('main').innerText(), /Target 10\.7/);
  const bali = page.locator('[data-list="agenda-2030"] a[href="#/iscm/bali-process"]');
  assert.equal(await bali.count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the assessment: objective, methods, respondents, findings by box and figures', async () => {
  const { page, context, problems } = await open('topics/assessment', { ready: '[data-list="findings"]' });
  const a = ctx.assessment;
  assert.ok((await page.locator('main').innerText()).includes(a.objective.text));
  assert.equal(await count(page, '[data-list="focus"] > li'), a.focus.length);
  assert.equal(await count(page, '[data-list="background"] > li'), a.background.length);
  assert.equal(await count(page, '[data-list="expected-outcomes"] > li'), a.expected_outcomes.length);
  assert.equal(await count(page, '[data-list="methodology"] > li'), a.methodology.length);
  assert.equal(await count(page, '[data-list="components"] > li'), a.components.length);
  assert.equal(await count(page, '[data-list="previous-assessments"] > li'), a.previous_assessments.length);
  const respondents = await page.locator('table[data-list="respondents"] tbody').innerText();
  for (const who of ['iscms', 'states', 'organizations']) {
    assert.ok(respondents.includes(String(a.respondents[who].count)), who);
    assert.ok(respondents.includes(a.respondents[who].share), who);
  }
  assert.equal(await count(page, '[data-list="findings"] > li'), ctx.findings.length);
  for (const box of ['Box 1.', 'Box 2.', 'Box 3.', 'Box 4.', '6. Findings']) {
    assert.equal(await page.locator('.tp-finding-group > h3', { hasText: box }).count(), 1, box);
  }
  const headings = new Set(ctx.findings.map((f) => `${f.group}|${f.heading}`));
  assert.equal(await count(page, '.tp-finding-group h4'), headings.size);
  assert.equal(await count(page, 'table[data-list="survey-figures"] tbody tr'), ctx.survey_figures.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the timeline: every event in year order, with <time>, kinds and ISCM links', async () => {
  const { page, context, problems } = await open('topics/timeline', { ready: '.tp-event' });
  assert.equal(await count(page, 'ol.tp-timeline .tp-event'), ctx.timeline.length);
  const years = await page.locator('ol.tp-timeline > li > h3 > time').evaluateAll((ts) => ts.map((t) => Number(t.getAttribute('datetime'))));
  assert.deepEqual(years, [...new Set(ctx.timeline.map((e) => e.year))].sort((x, y) => x - y));
  const dated = ctx.timeline.filter((e) => e.date).length;
  assert.equal(await count(page, '.tp-event-date time'), dated);
  assert.equal(await page.locator('.tp-event-date time', { hasText: '5 April 2019' }).getAttribute('datetime'), '2019-04-05');
  const kinds = await page.locator('ol.tp-timeline .tp-event').evaluateAll((es) => es.map((e) => e.dataset.kind));
  const byYear = [...ctx.timeline].sort((x, y) => x.year - y.year).map((e) => e.kind);
  assert.deepEqual(kinds, byYear);
  assert.equal(await count(page, '[data-list="grcp-meetings"] > li'), ctx.grcp_meetings.length);
  assert.equal(await count(page, '[data-list="inactive-iscms"] > li'), ctx.inactive_iscms.length);
  // No guessed years: GRCP 3 says its year is not stated.
  const grcp3 = page.locator('[data-list="grcp-meetings"] > li', { hasText: 'GRCP 3' });
  assert.match(await grcp3.innerText(), /Year of the meeting\s+Not stated/);
  // The Söderköping Process became the EaP Panel.
  const soderkoping = page.locator('[data-list="inactive-iscms"] > li', { hasText: 'Söderköping' });
  await soderkoping.locator('.tp-successor a').click();
  await page.waitForURL(/#\/iscm\/eap-panel$/);
  await page.locator('main h1', { hasText: 'Eastern Partnership Panel' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the timeline filters by kind, in the URL, and a link can set the filter', async () => {
  const { page, context, problems } = await open('topics/timeline', { ready: '.tp-event' });
  const grcp = ctx.timeline.filter((e) => e.kind === 'grcp');
  await page.locator('.kind-filter button[data-kind="grcp"]').click();
  await page.waitForURL(/#\/topics\/timeline\?kind=grcp$/);
  assert.equal(await count(page, 'ol.tp-timeline .tp-event'), grcp.length);
  assert.equal(await page.locator('.kind-filter button[data-kind="grcp"]').getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('.result-count').innerText(), new RegExp(`Showing ${grcp.length} of ${ctx.timeline.length}`));
  await page.getByRole('button', { name: /^All/ }).click();
  await page.waitForURL(/#\/topics\/timeline$/);
  assert.equal(await count(page, 'ol.tp-timeline .tp-event'), ctx.timeline.length);

  const founded = ctx.timeline.filter((e) => e.kind === 'iscm-founded');
  await page.goto(`${app.url}#/topics/timeline?kind=iscm-founded`);
  await page.reload();
  await page.locator('.tp-event').first().waitFor();
  assert.equal(await count(page, 'ol.tp-timeline .tp-event'), founded.length);
  // A link to another kind, followed while on the page.
  await page.evaluate(() => { window.location.hash = '#/topics/timeline?kind=milestone'; });
  await page.waitForFunction((n) => document.querySelectorAll('ol.tp-timeline .tp-event').length === n,
    ctx.timeline.filter((e) => e.kind === 'milestone').length);
  // An unknown kind shows everything.
  await page.goto(`${app.url}#/topics/timeline?kind=%3Cscript%3E`);
  await page.reload();
  await page.locator('.tp-event').first().waitFor();
  assert.equal(await count(page, 'ol.tp-timeline .tp-event'), ctx.timeline.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('acronyms in passages are expanded in <abbr title>, the ISCM short names too', async () => {
  const { page, context, problems } = await open('topics/timeline', { ready: '.tp-event' });
  const iom = page.locator('main abbr', { hasText: /^IOM$/ }).first();
  assert.equal(await iom.getAttribute('title'), 'International Organization for Migration');
  const celac = data.iscms.find((i) => i.id === 'eu-celac-md');
  const abbr = page.locator('main abbr', { hasText: /^EU-CELAC MD$/ }).first();
  assert.equal(await abbr.getAttribute('title'), celac.name);
  // A plural expands as its singular.
  const rcps = page.locator('main abbr', { hasText: /^ISCMs$/ }).first();
  assert.equal(await rcps.getAttribute('title'), 'inter-State consultation mechanism on migration');
  // Nothing but text: no abbreviation inside a word, and the text reads as in the JSON.
  const event = ctx.timeline.find((e) => e.id === 'no-regional-forums-before-1985');
  assert.ok((await page.locator('ol.tp-timeline').innerText()).includes(event.text));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the glossary lists every entry alphabetically, and the filter finds GFMD', async () => {
  const { page, context, problems } = await open('glossary', { ready: '[data-list="glossary"]' });
  assert.equal(await count(page, '[data-list="glossary"] dt'), ctx.glossary.length);
  const abbrs = await page.locator('[data-list="glossary"] dt').allInnerTexts();
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const sorted = [...abbrs].sort((x, y) => (fold(x) < fold(y) ? -1 : fold(x) > fold(y) ? 1 : 0));
  assert.deepEqual(abbrs, sorted);
  const filter = page.getByLabel('Filter by abbreviation or expansion');
  await filter.fill('gfmd');
  await page.waitForFunction(() => document.querySelectorAll('[data-list="glossary"] dt').length === 1);
  assert.equal(await page.locator('[data-list="glossary"] dt').innerText(), 'GFMD');
  assert.match(await page.locator('[data-list="glossary"] dd').innerText(), /Global Forum on Migration and Development/);
  assert.match(await page.locator('.result-count').innerText(), new RegExp(`1 of ${ctx.glossary.length}`));
  // Accents and case do not matter; expansions are searched too.
  await filter.fill('IBÉRO-american');
  await page.waitForFunction(() => document.querySelectorAll('[data-list="glossary"] dt').length > 1);
  const ibero = ctx.glossary.filter((e) => fold(`${e.abbr}\n${e.expansion}`).includes('ibero-american'));
  assert.equal(await count(page, '[data-list="glossary"] dt'), ibero.length);
  await filter.fill('zzzz');
  await page.getByText('No entry matches').waitFor();
  await filter.fill('');
  await page.waitForFunction((n) => document.querySelectorAll('[data-list="glossary"] dt').length === n, ctx.glossary.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the glossary jump list scrolls without changing the route', async () => {
  const { page, context, problems } = await open('glossary', { ready: '[data-list="glossary"]' });
  assert.equal(await count(page, 'main a[href^="#"]:not([href^="#/"])'), 0);
  const url = page.url();
  await page.getByRole('button', { name: 'Jump to U' }).click();
  const heading = page.locator('#glossary-u');
  await page.waitForFunction(() => {
    const box = document.querySelector('#glossary-u').getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  });
  assert.equal(await heading.evaluate((h) => document.activeElement === h), true);
  assert.equal(page.url(), url);
  assert.match(await page.locator('main h1').innerText(), /Glossary/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a missing context.json fails in place with Retry, which then loads it', async () => {
  const { page, context, panics } = await openPage(app);
  let calls = 0;
  await page.route('**/data/context.json', (route) => {
    calls += 1;
    return calls === 1 ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue();
  });
  await page.goto(`${app.url}#/topics/assessment`);
  const alert = page.locator('main [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /context\.json/);
  // The page around it stays: heading and breadcrumb.
  assert.match(await page.locator('main h1').innerText(), /The 2019 assessment/);
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.locator('[data-list="findings"]').first().waitFor();
  assert.equal(calls, 2);
  assert.equal(await alert.count(), 0);
  assert.deepEqual(panics(), []);
  await context.close();
});

test('no page scrolls sideways at 320 px, and tables scroll in their own box', async () => {
  const { page, context, problems } = await openPage(app, { viewport: { width: 320, height: 800 } });
  for (const [path, title] of PAGES) {
    await page.goto(`${app.url}#/${path}`);
    // The view itself, not the one before it (a view from a chunk may take a moment).
    await page.locator('main h1', { hasText: title }).waitFor();
    if (path !== 'topics') await page.locator('main .source').first().waitFor();
    // Open every disclosure, so their content counts too.
    await page.locator('main details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${path}: ${scroll} > ${client}`);
    const loose = await page.locator('main table').evaluateAll((ts) => ts.filter((t) => !t.closest('.table-scroll')).length);
    assert.equal(loose, 0, path);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
