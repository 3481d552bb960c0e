// The charts in a real browser: their numbers are the dataset's, they follow the explorer's
// filters, choosing a mark filters (in the URL), the CSV download equals the table view,
// the SVG and PNG downloads are what is shown, and all of it works by keyboard and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, openPage, shippedDataset } from './harness.mjs';

let app;
const data = shippedDataset();
const PHONE = { width: 320, height: 700 };
const SLUGS = [
  'by-type', 'by-region', 'established', 'member-states', 'themes', 'theme-matrix',
  'iom-roles', 'secretariats', 'survey-2019', 'gcm-review-2018',
];

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The value texts of a bar chart's marks, by accessible name's label part. */
async function barValues(page, slug) {
  return page.locator(`#chart-svg-${slug} .mark`).evaluateAll((marks) =>
    marks.map((m) => [m.querySelector('.bar-label').textContent, m.querySelector('.bar-value').textContent]));
}

/** A CSV text as rows of cells (RFC 4180 quoting). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; }
    else cell += ch;
  }
  return rows;
}

test('every chart renders, with a reading, a source and a name for each mark', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/charts`);
  for (const slug of SLUGS) {
    const section = page.locator(`#chart-${slug}`);
    await section.locator('svg').first().waitFor();
    assert.ok((await section.locator('.chart-reading').innerText()).length > 20, slug);
    assert.ok(await section.locator('.source').count() >= 1, slug);
  }
  const unnamed = await page.locator('svg [role=button], svg a.mark, svg [role=gridcell]').evaluateAll(
    (marks) => marks.filter((m) => !(m.getAttribute('aria-label') || '').trim()).length);
  assert.equal(unnamed, 0);
  assert.match(await page.title(), /^Charts/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the bars count the dataset: types, regions and themes', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/charts`);
  await page.locator('#chart-svg-themes').waitFor();
  const types = Object.fromEntries(await barValues(page, 'by-type'));
  for (const type of data.types) {
    const label = type.abbr || type.name;
    assert.equal(types[label], String(data.iscms.filter((i) => i.type === type.id).length), label);
  }
  const regions = Object.fromEntries(await barValues(page, 'by-region'));
  for (const region of data.regions) {
    assert.equal(regions[region.name], String(data.iscms.filter((i) => i.region_ids.includes(region.id)).length));
  }
  const themeMarks = await page.locator('#chart-svg-themes .mark').evaluateAll((marks) =>
    marks.map((m) => [m.getAttribute('aria-label'), m.querySelector('.bar-value').textContent]));
  for (const theme of data.themes) {
    const count = data.iscms.filter((i) => (i.theme_ids ?? []).includes(theme.id) && !i.theme_ids_unclear.includes(theme.id)).length;
    const mark = themeMarks.find(([name]) => name.startsWith(`${theme.name}:`));
    assert.ok(mark, theme.name);
    assert.equal(mark[1], String(count), theme.name);
  }
  await context.close();
});

test('a filter from the explorer changes the charts, and a click on a bar filters the explorer', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/?type=rcp`);
  await page.locator('.card').first().waitFor();
  await page.getByRole('link', { name: 'See them in charts' }).click();
  await page.locator('#chart-svg-by-region').waitFor();
  assert.match(page.url(), /#\/charts\?type=rcp$/);
  const rcps = data.iscms.filter((i) => i.type === 'rcp');
  const africa = (list) => list.filter((i) => i.region_ids.includes('africa')).length;
  const regions = Object.fromEntries(await barValues(page, 'by-region'));
  assert.equal(regions.Africa, `${africa(rcps)} of ${africa(data.iscms)}`);

  // Choosing the Africa bar adds the region filter, in the URL.
  await page.locator('#chart-svg-by-region-africa').click();
  await page.waitForURL(/region=africa/);
  const both = rcps.filter((i) => i.region_ids.includes('africa')).length;
  await page.locator('.charts-filters [role=status]', { hasText: `count ${both} of the 30` }).waitFor();
  assert.equal(await page.locator('#chart-svg-by-region-africa').getAttribute('aria-pressed'), 'true');

  // The main navigation carries the filters back to the list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'ISCMs' }).click();
  await page.locator('.result-count', { hasText: `${both} of 30` }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('by keyboard: Enter on a bar filters and keeps the focus; the matrix moves with arrow keys', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/charts/by-type`);
  const irf = page.locator('#chart-svg-by-type-irf');
  await irf.waitFor();
  await irf.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/charts\/by-type\?type=irf$/);
  await page.waitForFunction(() => document.activeElement?.id === 'chart-svg-by-type-irf');
  assert.equal(await irf.getAttribute('aria-pressed'), 'true');
  await page.keyboard.press(' ');
  await page.waitForURL(/#\/charts\/by-type$/);

  await page.goto(`${app.url}#/charts/theme-matrix`);
  const first = page.locator('#chart-svg-theme-matrix-0-0');
  await first.waitFor();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'chart-svg-theme-matrix-1-1');
  const band = await page.locator('#chart-svg-theme-matrix-column-band').getAttribute('visibility');
  assert.equal(band, null);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`theme=${data.themes[1].id}`));
  await context.close();
});

test('the CSV download equals the table view', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/charts?region=africa`);
  for (const slug of ['by-type', 'themes', 'member-states', 'theme-matrix', 'established']) {
    const section = page.locator(`#chart-${slug}`);
    await section.locator('svg').first().waitFor();
    await section.getByRole('button', { name: 'Table', exact: true }).click();
    const table = await section.locator('table').evaluate((t) =>
      [...t.rows].map((r) => [...r.cells].map((c) => c.textContent)));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download the table as CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `${slug}.csv`);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    assert.deepEqual(csv, table, slug);
    assert.ok(table.length > 1, slug);
  }
  await context.close();
});

test('the SVG and PNG downloads are the chart as shown', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/charts/by-type?region=asia`);
  const section = page.locator('#chart-by-type');
  await section.locator('svg').waitFor();
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download the chart as SVG' }).click(),
  ]);
  const svg = await readFile(await svgDownload.path(), 'utf8');
  assert.match(svg, /^<\?xml/);
  assert.match(svg, /<style>/);
  const shown = await barValues(page, 'by-type');
  for (const [label, value] of shown) {
    assert.ok(svg.includes(`>${label}</tspan>`), label);
    assert.ok(svg.includes(`>${value}</text>`), value);
  }
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download the chart as PNG' }).click(),
  ]);
  const png = await readFile(await pngDownload.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the chart's size.
  const box = await section.locator('svg').boundingBox();
  assert.equal(png.readUInt32BE(16), Math.round(box.width * 2));
  await context.close();
});

for (const [device, viewport] of [['a phone', PHONE], ['a wide desktop', { width: 1600, height: 900 }]]) test(`on ${device}: no label overlaps another and the page does not scroll sideways`, async () => {
  const { page, context } = await openPage(app, { viewport });
  await page.goto(`${app.url}#/charts`);
  await page.locator('#chart-svg-gcm-review-2018').waitFor();
  const overlaps = await page.evaluate(() => {
    const found = [];
    for (const svg of document.querySelectorAll('svg.chart-svg:not(.matrix)')) {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => t.textContent.trim())
        .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i].box;
          const b = boxes[j].box;
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
            && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap && !boxes[i].text.includes(boxes[j].text) && !boxes[j].text.includes(boxes[i].text)) {
            found.push(`${svg.id}: "${boxes[i].text}" / "${boxes[j].text}"`);
          }
        }
      }
    }
    return found;
  });
  assert.deepEqual(overlaps, []);
  const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(scrollsSideways, false);
  await context.close();
});

test('an unknown chart is a plain not-found page, and hostile filters are dropped', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/charts/%3Cimg%20src=x%20onerror=window.__pwned=1%3E`);
  await page.locator('h1', { hasText: /not found|No page/i }).waitFor();
  await page.goto(`${app.url}#/charts?region=%3Cimg%20src=x%20onerror=window.__pwned=1%3E&theme=nope&type=rcp`);
  await page.locator('#chart-svg-by-type').waitFor();
  await page.waitForURL(/#\/charts\?type=rcp$/);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await context.close();
});
