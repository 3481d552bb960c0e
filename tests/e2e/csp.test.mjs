// The Content Security Policy (written into index.html by scripts/csp.mjs at build time):
// it pins the one inline start-up script by hash, every view works under it with no
// violation, it blocks script and inline style that get into the page, and the code builds
// no markup from strings anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, openPage, DIST, ROOT } from './harness.mjs';

let app;
const INDEX = readFileSync(join(DIST, 'index.html'), 'utf8');

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The policy of the built index.html, as a map from directive to its sources. */
function builtPolicy() {
  const meta = INDEX.match(/<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/i);
  assert.ok(meta, 'index.html has a Content-Security-Policy meta element');
  return new Map(
    meta[1].split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test('the policy allows only the inline scripts it pins by hash, and no eval', () => {
  const policy = builtPolicy();
  const scripts = policy.get('script-src');
  assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), scripts.join(' '));
  const inline = [...INDEX.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  assert.ok(inline.length >= 1, 'Trunk writes an inline start-up script');
  assert.deepEqual(scripts.filter((source) => source.startsWith("'sha256-")), inline);
  assert.deepEqual(policy.get('style-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  // The policy comes before any script, so it covers all of them.
  assert.ok(INDEX.indexOf('Content-Security-Policy') < INDEX.indexOf('<script'));
});

/** A page that records every CSP violation, from before the first script runs. */
async function openWatched() {
  const opened = await openPage(app);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  opened.violations = () => opened.page.evaluate(() => window.__violations);
  return opened;
}

const VIEWS = [
  '#/',
  '#/?type=rcp&theme=asylum&sort=-members&compare=igc,prague-process',
  '#/iscm/bali-process',
  '#/compare?compare=igc,prague-process,bali-process',
  '#/grcp8',
  '#/grcp8/session-2',
  '#/topics',
  '#/topics/timeline',
  '#/glossary',
  '#/search?q=igc',
  '#/about',
  '#/no-such-view',
];

test('every view renders under the policy with no violation', async () => {
  const { page, context, problems, violations } = await openWatched();
  for (const view of VIEWS) {
    await page.goto(`${app.url}${view}`);
    await page.locator('main h1, main .card').first().waitFor();
    // Let lazily loaded files and late effects run.
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await violations(), [], view);
  }
  // Interaction too: filters, chips, acronyms, the comparison tray.
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  await page.locator('summary', { hasText: 'Theme' }).click();
  await page.getByRole('checkbox', { name: /^Biometrics/ }).check();
  await page.locator('.result-count', { hasText: '2 of 30' }).waitFor();
  await page.getByRole('button', { name: /Remove filter/ }).first().click();
  await page.locator('.result-count', { hasText: 'All 30' }).waitFor();
  await page.getByLabel(/^Search names/).fill('process');
  await page.locator('.card mark').first().waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('script and inline style that get into the page are blocked and reported', async () => {
  // The control for the test above: the listener does see violations, and the policy
  // stops what a markup injection would bring.
  const { page, context, violations } = await openWatched();
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
    document.body.setAttribute('style', 'outline: 5px solid red');
  });
  await page.waitForFunction(() => window.__violations.length >= 2);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const seen = await violations();
  assert.ok(seen.some((v) => v.startsWith('script-src')), seen.join('\n'));
  assert.ok(seen.some((v) => v.startsWith('style-src')), seen.join('\n'));
  await context.close();
});

test('the code never builds markup from strings (no inner_html and the like)', () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(rs|js|mjs|html)$/.test(entry.name)) files.push(path);
    }
  };
  walk(join(ROOT, 'src'));
  files.push(join(ROOT, 'index.html'));
  assert.ok(files.length > 20);
  const markupSinks = /inner_html|innerHTML|outer_html|outerHTML|insert_adjacent_html|insertAdjacentHTML|document\.write|set_html_unsafe|createContextualFragment|create_contextual_fragment|srcdoc/i;
  const offenders = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => [line, i])
      .filter(([line]) => markupSinks.test(line))
      .map(([line, i]) => `${file.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`),
  );
  assert.deepEqual(offenders, []);
});
