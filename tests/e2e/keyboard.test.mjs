// A keyboard-only journey through the main tasks (issue #8): skip link, search, filters
// (checkboxes and a closed facet), an ISCM's page and back, a comparison, the GRCP 8 agenda
// and a session, the charts (a bar chosen with Enter, the matrix moved with arrow keys), the
// colour scheme, and the Embed dialog (Escape gives the focus back). Only key presses move
// the visitor; at every stop the focused element must show that it has the focus.
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

/**
 * Whether the focused element visibly shows its focus: an outline or a ring (box-shadow) on
 * it or on the card it makes clickable, or, for the charts' SVG marks, a stroked focus ring.
 */
function focusShown() {
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  const ringed = (e) => {
    const s = getComputedStyle(e);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  };
  if (ringed(el)) return true;
  const card = el.closest('.card');
  if (card && ringed(card)) return true;
  const stroked = (e) => getComputedStyle(e).stroke !== 'none' && parseFloat(getComputedStyle(e).strokeWidth) > 0;
  const ring = el.querySelector('.focus-ring');
  if (ring) return stroked(ring);
  return el instanceof SVGElement && stroked(el);
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page, selector, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      assert.ok(await page.evaluate(focusShown), `no visible focus on ${selector}`);
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('the main tasks can be done with the keyboard alone, with the focus always visible', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/`);
  await page.locator('.card').first().waitFor();

  // The skip link comes first and moves the focus to the main content.
  await tabTo(page, 'a.skip-link', { max: 1 });
  await page.keyboard.press('Enter');
  assert.equal(await activeId(page), 'main');

  // Search, then a checkbox of the filters, then a closed facet opened from its summary.
  await tabTo(page, '#search');
  await page.keyboard.type('process');
  await page.waitForURL(/q=process/);
  const searched = await page.locator('.result-count').innerText();
  await tabTo(page, '.facet input[type=checkbox]');
  await page.keyboard.press('Space');
  await page.waitForURL(/type=/);
  await page.waitForFunction((before) => document.querySelector('.result-count')?.innerText !== before, searched);
  await page.keyboard.press('Space');
  await page.waitForURL((url) => !/type=/.test(url.hash));
  await tabTo(page, '.facet:not([open]) > summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.parentElement.open), true);

  // An ISCM's page from its card, and back to the list by the breadcrumb.
  await tabTo(page, '.card h2 a');
  const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === href);
  await page.locator('main .breadcrumbs a').waitFor();
  await tabTo(page, '.breadcrumbs a');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/(\?|$)/);
  await page.locator('.card').first().waitFor();

  // Two ISCMs into the comparison, then the comparison itself.
  await tabTo(page, '.compare-toggle[aria-pressed=false]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/compare=/);
  await tabTo(page, '.compare-toggle[aria-pressed=false]');
  await page.keyboard.press('Space');
  await page.waitForURL(/compare=[a-z0-9-]+(,|%2C)[a-z0-9-]+/);
  await tabTo(page, '.compare-tray a.button', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/compare\?compare=/);
  await page.locator('table.compare').first().waitFor();

  // The GRCP 8 agenda from the main navigation, then one session.
  await tabTo(page, 'nav[aria-label=Main] a[href="#/grcp8"]', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/grcp8$/);
  await tabTo(page, 'main a[href^="#/grcp8/"]');
  const session = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === session);
  await page.locator('main h1').waitFor();

  // The charts: Enter on a bar filters by it; the matrix's cells follow the arrow keys.
  await tabTo(page, 'nav[aria-label=Main] a[href^="#/charts"]', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/charts/);
  await tabTo(page, '#chart-svg-by-type-irf');
  await page.keyboard.press('Enter');
  await page.waitForURL(/type=irf/);
  await page.waitForFunction(() => document.activeElement?.id === 'chart-svg-by-type-irf');
  await tabTo(page, '[id^=chart-svg-theme-matrix-][role=gridcell][tabindex="0"]');
  const start = await activeId(page);
  const [, row, column] = start.match(/-(\d+)-(\d+)$/).map(Number);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  assert.equal(await activeId(page), `chart-svg-theme-matrix-${row + 1}-${column + 1}`);
  assert.ok(await page.evaluate(focusShown), 'no visible focus on a matrix cell');

  // The colour scheme, chosen from the header's control with the arrow keys.
  await tabTo(page, '#theme-choice', { back: true });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');

  // The Embed dialog opens from the keyboard, holds the focus, and Escape gives it back.
  await tabTo(page, '#embed-open');
  await page.keyboard.press('Enter');
  await page.locator('#embed-dialog[open]').waitFor();
  assert.ok(await page.evaluate(() => document.getElementById('embed-dialog').contains(document.activeElement)));
  assert.ok(await page.evaluate(focusShown), 'no visible focus in the Embed dialog');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('embed-dialog').open);
  assert.equal(await activeId(page), 'embed-open');
  assert.ok(await page.evaluate(focusShown), 'no visible focus on the Embed button after closing');

  assert.deepEqual(problems, []);
  await context.close();
});
