// Dark mode (issue #8): the colours follow the device until the visitor chooses with the
// header's "Colours" control; the choice is remembered where storage is allowed, and works
// without any error where it is refused; charts stay readable in both schemes.
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

/** The page's paper colour, its theme attribute and the control's value. */
async function scheme(page) {
  return page.evaluate(() => ({
    theme: document.documentElement.dataset.theme ?? null,
    paper: getComputedStyle(document.documentElement).backgroundColor,
    choice: document.getElementById('theme-choice')?.value ?? null,
  }));
}
const LIGHT_PAPER = 'rgb(255, 255, 255)';
const DARK_PAPER = 'rgb(18, 22, 26)';

test('the colours follow the device until the visitor chooses, and the choice is remembered', async () => {
  const { page, context, problems } = await openPage(app);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${app.url}#/`);
  await page.locator('.card').first().waitFor();
  assert.deepEqual(await scheme(page), { theme: null, paper: DARK_PAPER, choice: 'device' });
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(await scheme(page), { theme: null, paper: LIGHT_PAPER, choice: 'device' });

  await page.getByLabel('Colours').selectOption('dark');
  assert.deepEqual(await scheme(page), { theme: 'dark', paper: DARK_PAPER, choice: 'dark' });
  await page.reload();
  await page.locator('.card').first().waitFor();
  assert.deepEqual(await scheme(page), { theme: 'dark', paper: DARK_PAPER, choice: 'dark' });

  // "Light" holds on a dark device; "As device" forgets the choice.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByLabel('Colours').selectOption('light');
  assert.deepEqual(await scheme(page), { theme: 'light', paper: LIGHT_PAPER, choice: 'light' });
  await page.getByLabel('Colours').selectOption('device');
  assert.deepEqual(await scheme(page), { theme: null, paper: DARK_PAPER, choice: 'device' });
  assert.equal(await page.evaluate(() => localStorage.getItem('iscm-explorer:theme')), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('where storage is refused (a sandboxed frame, a privacy setting) the choice still applies, silently', async () => {
  const { page, context, problems } = await openPage(app);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The document is sandboxed.', 'SecurityError');
      },
    });
  });
  await page.goto(`${app.url}?embed=1#/iscm/igc`);
  await page.locator('main h1').waitFor();
  assert.deepEqual(await scheme(page), { theme: null, paper: LIGHT_PAPER, choice: 'device' });
  await page.getByLabel('Colours').selectOption('dark');
  assert.deepEqual(await scheme(page), { theme: 'dark', paper: DARK_PAPER, choice: 'dark' });
  assert.deepEqual(problems, []);
  assert.equal(await page.locator('.fatal:not([hidden])').count(), 0);
  await context.close();
});

/** The contrast ratio of two computed CSS colours (rgb() strings), as WCAG defines it. */
function contrastIn(page, pairs) {
  return page.evaluate((pairs) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const rgb = (css) => {
      probe.style.color = css;
      return getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map(Number);
    };
    const luminance = (css) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
    const paper = getComputedStyle(document.documentElement).backgroundColor;
    const result = pairs.map(([selector, property]) => [selector, ratio(style(selector, property), paper)]);
    probe.remove();
    return result;
  }, pairs);
}

for (const colorScheme of ['light', 'dark']) {
  test(`charts are readable in ${colorScheme} colours: marks at least 3:1, text at least 4.5:1`, async () => {
    const { page, context } = await openPage(app);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${app.url}#/charts`);
    await page.locator('#chart-svg-by-type-irf').waitFor();
    await page.locator('.chart-svg.matrix .cell-ticked').first().waitFor();
    const ratios = await contrastIn(page, [
      ['.chart-svg .series-rcp, .chart-svg .bar', 'fill'],
      ['.chart-svg .series-irf', 'fill'],
      ['.chart-svg .series-global', 'fill'],
      ['.chart-svg.matrix .cell-ticked', 'fill'],
      ['.chart-svg.matrix .cell-unclear', 'stroke'],
      ['.chart-svg .axis', 'stroke'],
      ['.chart-svg text', 'fill'],
      ['.chart-svg .tick text, .chart-svg text.tick', 'fill'],
    ]);
    for (const [selector, ratio] of ratios) {
      const needed = selector.includes('text') ? 4.5 : 3;
      assert.ok(ratio >= needed, `${selector}: ${ratio.toFixed(2)}:1 on the page, needs ${needed}:1`);
    }
    await context.close();
  });
}
