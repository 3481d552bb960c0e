// The three interface languages (issue #8): chosen by `?lang=`, by the header's control
// (remembered, written into the address) or by the browser; every view complete in French
// and Spanish, with the dataset's English text marked lang="en".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, openPage } from './harness.mjs';
import { VIEWS } from './views.mjs';

/** View states reached by filters and choices, checked in each language too. */
const STATES = [
  '#/?type=rcp&type=irf&theme=asylum&members-min=100',
  '#/?type=rcp&compare=igc',
  '#/?q=bali&sort=-members',
  '#/?iom=observer&assoc=yes&survey=no&grcp8=yes&from=2000&to=2015&members-max=60&themes=any&theme=asylum&theme=labour-migration',
  '#/charts?type=rcp&theme=asylum',
  '#/charts/themes?region=africa',
  '#/search?q=zzzzqq',
  '#/grcp8?group=group-4-europe',
  '#/grcp8?iscm=bali-process',
  '#/topics/timeline?kind=grcp',
];

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

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

/**
 * Interface text that is still English on a French or Spanish page: text and accessible
 * names (aria-label, title, placeholder, alt) not inside an element marked lang="en", with
 * words that exist in English but not in French or Spanish. The dataset's own text is
 * English and must sit inside lang="en"; so this finds both an untranslated string and
 * unmarked data text.
 */
function englishLeaks() {
  const ENGLISH = /\b(the|and|with|which|this|that|these|those|from|shows?|filters?|search|clear|download|charts?|members?|of|for|by|to|is|are|was|were|not|all|none|open|close|more|less|about|see|each|their|other)\b/i;
  const found = [];
  const inEnglish = (el) => el?.closest('[lang]')?.getAttribute('lang') === 'en';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, template, option[lang], [hidden]')) continue;
    if (inEnglish(parent)) continue;
    const text = node.textContent.trim();
    const match = text.match(ENGLISH);
    if (match) found.push(`text "${text.slice(0, 80)}" (${match[0]}) in <${parent.tagName.toLowerCase()} class="${parent.className?.baseVal ?? parent.className}">`);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
    if (inEnglish(el) || el.closest('[hidden]')) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
      const value = el.getAttribute(name);
      const match = value?.match(ENGLISH);
      if (match) found.push(`${name} "${value.slice(0, 80)}" (${match[0]}) on <${el.tagName.toLowerCase()}>`);
    }
  }
  const title = document.title.match(ENGLISH);
  if (title) found.push(`document title "${document.title}" (${title[0]})`);
  return found;
}

test('?lang= chooses the language, and sets <html lang>', async () => {
  const { page, context, panics } = await openPage(app);
  for (const [lang, charts] of [['fr', 'Graphiques'], ['es', 'Gráficos'], ['en', 'Charts']]) {
    await page.goto(`${app.url}?lang=${lang}#/`);
    await settled(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await page.getByRole('navigation').getByRole('link', { name: charts }).waitFor();
    assert.equal(await page.locator('#language-choice').inputValue(), lang);
  }
  // Unknown or hostile values fall back, with no error.
  await page.goto(`${app.url}?lang=%3Cscript%3E#/`);
  await settled(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(panics(), []);
  await context.close();
});

test("the browser's language is the default", async () => {
  for (const [locale, lang] of [['fr-CA', 'fr'], ['es-419', 'es'], ['de-DE', 'en']]) {
    const { page, context } = await openPage(app, { locale });
    await page.goto(`${app.url}#/`);
    await settled(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, locale);
    await context.close();
  }
});

test('the control switches the language in place, keeps the view, and is remembered', async () => {
  const { page, context, panics } = await openPage(app);
  await page.goto(`${app.url}#/?type=rcp`);
  await settled(page);
  await page.locator('#language-choice').focus();
  await page.locator('#language-choice').selectOption('es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.getByRole('navigation').getByRole('link', { name: 'Gráficos' }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('lang'), 'es');
  assert.equal(url.hash, '#/?type=rcp', 'the view and its filters are kept');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-choice');
  assert.equal(await page.evaluate(() => localStorage.getItem('iscm-explorer:lang')), 'es');
  // A later visit without ?lang= opens in the remembered language.
  await page.goto(`${app.url}#/charts`);
  await settled(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  // The address still wins over the remembered choice.
  await page.goto(`${app.url}?lang=fr#/charts`);
  await settled(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(panics(), []);
  await context.close();
});

test('the embed code keeps the chosen language, and the embedded view speaks it', async () => {
  const { page, context, panics } = await openPage(app);
  await page.goto(`${app.url}#/charts/by-type`);
  await settled(page);
  await page.locator('#language-choice').selectOption('fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('.embed-open').click();
  await page.locator('#embed-dialog[open]').waitFor();
  const code = await page.locator('#embed-code').inputValue();
  assert.match(code, /src="[^"]*\?embed[^"#]*lang=fr[^"]*#\/charts\/by-type"/, code);
  const frame = page.frameLocator('.embed-preview');
  await frame.locator('main h1').waitFor();
  assert.equal(await frame.locator('html').getAttribute('lang'), 'fr');
  assert.deepEqual(panics(), []);
  await context.close();
});

test('the dataset keeps its English, marked lang="en", inside a French page', async () => {
  const { page, context } = await openPage(app);
  await page.goto(`${app.url}?lang=fr#/iscm/bali-process`);
  await settled(page);
  const heading = await page.locator('main h1').evaluate((h1) => h1.closest('[lang]').getAttribute('lang') + ':' + h1.textContent);
  assert.match(heading, /^en:.*Bali Process/);
  await context.close();
});

for (const lang of ['fr', 'es']) {
  test(`no interface text is left in English on any view (${lang})`, async () => {
    const { page, context, panics } = await openPage(app, { viewport: { width: 1280, height: 900 } });
    const found = [];
    // The error state, before any visit installs the offline copy (which would answer
    // instead of the failing server).
    const failing = await openPage(app);
    await failing.page.route('**/data/iscms.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
    await failing.page.goto(`${app.url}?lang=${lang}#/`);
    await failing.page.locator('.status-error').waitFor();
    for (const line of await failing.page.evaluate(englishLeaks)) found.push(`error state: ${line}`);
    await failing.context.close();
    for (const view of VIEWS) {
      await page.goto(`${app.url}?lang=${lang}${view}`);
      await settled(page);
      for (const line of await page.evaluate(englishLeaks)) found.push(`${view}: ${line}`);
    }
    // States the plain views do not show: filters applied (chips, counts, chart readings),
    // no result, the comparison tray, the agenda and timeline filtered, embed mode.
    for (const state of STATES) {
      await page.goto(`${app.url}?lang=${lang}${state}`);
      await settled(page);
      for (const line of await page.evaluate(englishLeaks)) found.push(`${state}: ${line}`);
    }
    await page.goto(`${app.url}?embed=1&lang=${lang}#/charts/by-type?type=rcp`);
    await settled(page);
    for (const line of await page.evaluate(englishLeaks)) found.push(`embed mode: ${line}`);
    // A glossary filter that finds nothing.
    await page.goto(`${app.url}?lang=${lang}#/glossary`);
    await settled(page);
    await page.locator('main input[type=search]').fill('zzzzqq');
    await page.waitForTimeout(200);
    for (const line of await page.evaluate(englishLeaks)) found.push(`glossary, no match: ${line}`);
    // The Embed dialog, open over a view.
    await page.goto(`${app.url}?lang=${lang}#/iscm/igc`);
    await settled(page);
    await page.locator('.embed-open').click();
    await page.locator('#embed-dialog[open]').waitFor();
    for (const line of await page.evaluate(englishLeaks)) found.push(`Embed dialog: ${line}`);
    // The whole list, for whoever fixes it: one line per string, by view.
    writeFileSync(join(tmpdir(), `iscm-english-leaks-${lang}.txt`), found.join('\n'));
    assert.deepEqual(found, [], `${found.length} English strings (all in ${tmpdir()}/iscm-english-leaks-${lang}.txt):\n${found.slice(0, 60).join('\n')}`);
    assert.deepEqual(panics(), []);
    await context.close();
  });
}

test('French and Spanish fit a 320 px phone: no view scrolls sideways', async () => {
  const { page, context, panics } = await openPage(app, { viewport: { width: 320, height: 800 } });
  const wide = [];
  for (const lang of ['fr', 'es']) {
    for (const view of [...VIEWS, ...STATES]) {
      await page.goto(`${app.url}?lang=${lang}${view}`);
      await settled(page);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // The first element that reaches past the screen, to say what to fix.
        for (const el of document.querySelectorAll('body *')) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && box.right > width + 1 && !el.closest('.table-scroll, .chart-scroll, pre')) {
            return `<${el.tagName.toLowerCase()} class="${el.className?.baseVal ?? el.className}"> ends at ${Math.round(box.right)} px`;
          }
        }
        return `the page is ${document.documentElement.scrollWidth} px wide`;
      });
      if (overflow) wide.push(`${lang} ${view}: ${overflow}`);
    }
  }
  assert.deepEqual(wide, []);
  assert.deepEqual(panics(), []);
  await context.close();
});
