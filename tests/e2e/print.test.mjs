// Print (issue #8): an ISCM's page, the comparison and the GRCP 8 agenda print without the
// site's header, navigation, footer or controls, black on white even for a visitor who chose
// dark colours, with tables whole; and Chromium makes a PDF of each.
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

const PRINTED = [
  { view: '#/iscm/bali-process', content: '.facts' },
  { view: '#/compare?compare=igc,prague-process', content: 'table.compare' },
  { view: '#/grcp8', content: '.timeline' },
];

/** What print shows and hides, read from the computed styles. */
function printedState(content) {
  const shown = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
  const chrome = [...document.querySelectorAll('.site-header, .site-footer, .skip-link, nav[aria-label=Main], .theme-choice')];
  const controls = [...document.querySelectorAll('main button, main select, main input, .embed-tools, .breadcrumbs, .pager')];
  const main = document.querySelector('main');
  const scrollBoxes = [...document.querySelectorAll('main .table-scroll')];
  return {
    chromeShown: chrome.filter(shown).map((el) => el.className || el.tagName),
    controlsShown: controls.filter(shown).map((el) => el.outerHTML.slice(0, 80)),
    contentShown: shown(document.querySelector(content)) && shown(main.querySelector('h1')),
    ink: getComputedStyle(main.querySelector('h1')).color,
    paper: getComputedStyle(document.documentElement).backgroundColor,
    clipped: scrollBoxes.filter((el) => getComputedStyle(el).overflowX !== 'visible').length,
  };
}

for (const colorScheme of ['light', 'dark']) {
  test(`the ISCM page, the comparison and the agenda print cleanly (${colorScheme} colours)`, async () => {
    const { page, context, problems } = await openPage(app);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${app.url}#/`);
    await page.locator('.card').first().waitFor();
    if (colorScheme === 'dark') await page.locator('#theme-choice').selectOption('dark');
    for (const { view, content } of PRINTED) {
      await page.goto(`${app.url}${view}`);
      await page.locator(content).first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const state = await page.evaluate(printedState, content);
      assert.deepEqual(state.chromeShown, [], `${view}: chrome printed`);
      assert.deepEqual(state.controlsShown, [], `${view}: controls printed`);
      assert.ok(state.contentShown, `${view}: content not printed`);
      assert.equal(state.ink, 'rgb(0, 0, 0)', `${view}: ink`);
      assert.equal(state.paper, 'rgb(255, 255, 255)', `${view}: paper`);
      assert.equal(state.clipped, 0, `${view}: a table in a scroll box`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', `${view}: not a PDF`);
      assert.ok(pdf.length > 5000, `${view}: an empty PDF`);
      await page.emulateMedia({ media: 'screen' });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
