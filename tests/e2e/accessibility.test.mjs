// Accessibility (issue #8): axe-core's WCAG 2.0/2.1 A and AA rules (and its rules on
// landmarks and heading order) find zero violations on
// every view, in the light and dark colour schemes (the device's preference and the header's
// toggle), at desktop and phone widths; also the error state, the open Embed dialog and
// embed mode. axe is injected as script text (page.evaluate), so a Content-Security-Policy
// that blocks injected <script> elements does not stop it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startApp, openPage } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// axe's best-practice rules for "landmarks and headings in order" (issue #8), on top of WCAG's.
const STRUCTURE = [
  'heading-order', 'page-has-heading-one', 'landmark-one-main', 'landmark-unique',
  'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main',
];

import { VIEWS } from './views.mjs';

/** The four ways a visitor sees the colours: each scheme, by device preference or toggle. */
const MODES = [
  { name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'desktop, dark (device)', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone, light (toggle on a dark device)', viewport: { width: 375, height: 740 }, colorScheme: 'dark', toggle: 'light' },
  { name: 'phone, dark (toggle)', viewport: { width: 375, height: 740 }, colorScheme: 'light', toggle: 'dark' },
  // Each interface language (issue #8): longer words must not break contrast or layout rules.
  { name: 'desktop, light, French', viewport: { width: 1280, height: 900 }, colorScheme: 'light', query: '?lang=fr' },
  { name: 'phone, dark (device), Spanish', viewport: { width: 375, height: 740 }, colorScheme: 'dark', query: '?lang=es' },
];

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Waits until the view has its heading and every lazily loaded part has arrived. */
async function settled(page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return (
      main &&
      main.querySelector('h1') &&
      !document.querySelector('.boot, .loading-line, .tp-loading-line, p.status, div.status[aria-live], [aria-busy="true"]')
    );
  });
}

/** axe's WCAG A/AA violations on the page, as short readable lines. */
async function violations(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(([tags, extra]) => {
    // As a run by tags would: without the rules axe marks experimental.
    const rules = window.axe.getRules(tags)
      .filter((rule) => !rule.tags.includes('experimental'))
      .map((rule) => rule.ruleId)
      .concat(extra);
    return window.axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
  }, [WCAG_AA, STRUCTURE]);
  return result.violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary.split('\n').slice(1, 2).join('').trim()})`),
  );
}

/** Chooses a colour scheme with the header's toggle, with the keyboard-free API a visitor's click uses. */
async function chooseTheme(page, theme) {
  await page.locator('#theme-choice').selectOption(theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

test('the check itself finds planted violations (a nameless button, grey on grey text)', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}#/about`);
  await settled(page);
  await page.evaluate(() => {
    // Built with the DOM and CSSOM: the page's Content Security Policy blocks inline style
    // attributes written as markup.
    const planted = document.createElement('div');
    const button = document.createElement('button');
    button.type = 'button';
    const faint = document.createElement('p');
    faint.textContent = 'Faint';
    faint.style.color = '#777';
    faint.style.background = '#888';
    planted.append(button, faint);
    document.querySelector('main').append(planted);
  });
  const found = (await violations(page)).join('\n');
  assert.match(found, /^button-name: /m);
  assert.match(found, /^color-contrast: /m);
  await context.close();
});

for (const mode of MODES) {
  test(`axe finds no WCAG 2.1 AA violation on any view (${mode.name})`, async () => {
    const { page, context, panics } = await openPage(app, { viewport: mode.viewport });
    await page.emulateMedia({ colorScheme: mode.colorScheme });
    const query = mode.query ?? '';
    await page.goto(`${app.url}${query}#/`);
    await settled(page);
    if (mode.toggle) await chooseTheme(page, mode.toggle);
    const found = [];
    for (const view of VIEWS) {
      await page.goto(`${app.url}${query}${view}`);
      await settled(page);
      for (const line of await violations(page)) found.push(`${view}: ${line}`);
    }
    // The Embed dialog, open over a view.
    await page.goto(`${app.url}${query}#/iscm/igc`);
    await settled(page);
    await page.locator('.embed-open').click();
    await page.locator('#embed-dialog[open]').waitFor();
    for (const line of await violations(page)) found.push(`Embed dialog: ${line}`);
    await page.keyboard.press('Escape');
    assert.deepEqual(found, [], found.join('\n'));
    assert.deepEqual(panics(), []);
    await context.close();
  });
}

test('axe finds no violation in embed mode, in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(app, { viewport: { width: 600, height: 700 } });
    await page.emulateMedia({ colorScheme });
    const found = [];
    for (const view of ['#/iscm/bali-process', '#/?type=irf', '#/charts/by-type', '#/grcp8', '#/compare?compare=igc,gfmd']) {
      await page.goto(`${app.url}?embed=1${view}`);
      await settled(page);
      for (const line of await violations(page)) found.push(`${colorScheme} ${view}: ${line}`);
    }
    // The toggle is there in embed mode too.
    await chooseTheme(page, colorScheme === 'light' ? 'dark' : 'light');
    for (const line of await violations(page)) found.push(`toggled ${colorScheme}: ${line}`);
    assert.deepEqual(found, [], found.join('\n'));
    await context.close();
  }
});

test('axe finds no violation on the error state, in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(app);
    await page.emulateMedia({ colorScheme });
    await page.route('**/data/iscms.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
    await page.goto(`${app.url}#/`);
    await page.locator('.status-error').waitFor();
    const found = await violations(page);
    assert.deepEqual(found, [], found.join('\n'));
    await context.close();
  }
});

/**
 * Controls on the page smaller than `min` px (WCAG 2.5.8 asks 24; the main controls aim at
 * 44). A checkbox counts with its label, which takes the same click. Links inside running
 * text are exempt (2.5.8's inline exception), as are the charts' SVG marks, whose every
 * action the filter panel and the table view also offer (the equivalent exception).
 */
function smallTargets([selector, min]) {
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest('svg, .visually-hidden, dialog:not([open])')) continue;
    const target = el.matches('input[type=checkbox], input[type=radio]') ? el.closest('label') ?? el : el;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.width < min - 0.5 || box.height < min - 0.5) {
      small.push(`${target.tagName.toLowerCase()}.${target.className} "${target.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  return small;
}

test('touch targets: every control at least 24 px, the main ones 44 px, on a phone', async () => {
  const { page, context } = await openPage(app, { viewport: { width: 375, height: 740 } });
  const found = [];
  for (const view of ['#/', '#/iscm/igc', '#/compare?compare=igc,prague-process', '#/grcp8', '#/charts', '#/glossary', '#/topics/timeline']) {
    await page.goto(`${app.url}${view}`);
    await settled(page);
    if (view === '#/') await page.locator('.filters-toggle').click();
    for (const [selector, min] of [
      ['button, select, input, summary, .site-header nav a, a.button', 24],
      ['.button, .site-header nav a, select, input[type=search], .filters-toggle', 44],
    ]) {
      for (const line of await page.evaluate(smallTargets, [selector, min])) found.push(`${view} (${min}): ${line}`);
    }
  }
  assert.deepEqual(found, [], found.join('\n'));
  await context.close();
});

test('with reduced motion asked for, nothing on the page moves', async () => {
  const { page, context } = await openPage(app);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const view of ['#/', '#/charts', '#/grcp8', '#/iscm/igc']) {
    await page.goto(`${app.url}${view}`);
    await settled(page);
    await page.locator('main button').first().hover();
    const moving = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      transitions: [...document.querySelectorAll('main *, header *')].filter((el) => {
        const s = getComputedStyle(el);
        return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
      }).length,
      smooth: getComputedStyle(document.documentElement).scrollBehavior,
    }));
    assert.deepEqual(moving, { animations: 0, transitions: 0, smooth: 'auto' }, view);
  }
  await context.close();
});
