// Embedding (issue #7): a host page on one site frames a view of the app served from another
// site, with the sandbox the embed code uses; the frame shows the compact view, reports its
// height in both message shapes, never navigates the host page; and the embed-code builder
// gives code that reproduces the view it was opened on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, openPage, shippedDataset } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let app;
let hostDir;
let host;
const data = shippedDataset();

before(async () => {
  app = await startApp();
  hostDir = mkdtempSync(join(tmpdir(), 'iscm-host-'));
  // The host is another site: "localhost", while the app is served from 127.0.0.1.
  const server = await startServer({ root: hostDir, prefix: '/' });
  host = { server, url: server.url.replace('127.0.0.1', 'localhost') };
});
after(async () => {
  await app?.close();
  if (host) await new Promise((ok) => host.server.server.close(ok));
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** The app's address on its own site, with `search` and `hash`. */
const appUrl = (search, hash) => `${app.url}${search}${hash}`;

/** Writes a host page around `body` that records every message it receives. */
function hostPage(name, body) {
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>
<body><h1>A host page</h1>
<script>window.messages = []; addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));</script>
${body}
<p id="after">After the frame</p></body></html>`,
  );
  return `${host.url}${name}`;
}

/** The messages of one shape the host page received so far. */
async function heights(page) {
  return page.evaluate(() => ({
    own: window.messages.filter((m) => m.data && m.data.type === 'iscm-explorer:height'),
    datawrapper: window.messages.filter((m) => m.data && m.data['datawrapper-height']),
  }));
}

test('a host page on another site frames a view in embed mode and receives its height', async () => {
  const { page, context, problems } = await openPage(app);
  const src = appUrl('?embed=1', '#/iscm/bali-process');
  const url = hostPage(
    'sandboxed.html',
    `<iframe id="frame" src="${src}" title="Bali Process" style="width:100%;height:300px;border:0"
      sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
  );
  await page.goto(url);
  const frame = page.frameLocator('#frame');
  await frame.locator('main h1', { hasText: 'Bali Process' }).waitFor();

  // Compact: no site header or footer, the small link to the full view instead.
  assert.equal(await frame.locator('.site-header').count(), 0);
  assert.equal(await frame.locator('.site-footer').count(), 0);
  assert.equal(await frame.getByRole('button', { name: 'Embed' }).count(), 0);
  const open = frame.getByRole('link', { name: /Open in ISCM Explorer/ });
  assert.equal(await open.getAttribute('target'), '_blank');
  assert.equal(await open.getAttribute('href'), appUrl('', '#/iscm/bali-process'));

  // Both message shapes, from the app's origin, with the frame's content height.
  await page.waitForFunction(() =>
    window.messages.some((m) => m.data && m.data.type === 'iscm-explorer:height' && m.data.height > 300),
  );
  const { own, datawrapper } = await heights(page);
  const last = own.at(-1);
  assert.equal(last.origin, new URL(app.url).origin);
  assert.equal(last.data.href, src);
  assert.equal(Number.isInteger(last.data.height), true);
  const contentHeight = await frame
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  assert.equal(last.data.height, contentHeight);
  assert.deepEqual(datawrapper.at(-1).data, {
    'datawrapper-height': { 'iscm-explorer-iscm-bali-process': contentHeight },
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the height follows the content as it grows and shrinks, and links stay in the frame', async () => {
  const { page, context, problems } = await openPage(app);
  const url = hostPage(
    'navigate.html',
    `<iframe id="frame" src="${appUrl('?embed', '#/')}" title="ISCMs" style="width:100%;height:300px;border:0"
      sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
  );
  await page.goto(url);
  const frame = page.frameLocator('#frame');
  await frame.locator('.card').first().waitFor();
  assert.equal(await frame.locator('.card').count(), data.iscms.length);
  const latest = async () => (await heights(page)).own.at(-1)?.data;
  await page.waitForFunction(() => window.messages.length > 0);
  let tall;
  await assert.doesNotReject(async () => {
    for (let i = 0; i < 50 && !((tall = await latest())?.height > 2000); i++) await page.waitForTimeout(100);
    assert.ok(tall.height > 2000, `the full list is tall: ${tall.height}`);
  });

  // A link inside the frame changes the frame's view, never the host page's address.
  const bali = data.iscms.find((iscm) => iscm.id === 'bali-process');
  await frame.getByRole('link', { name: bali.short_name, exact: true }).click();
  await frame.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  assert.equal(page.url(), url);
  await page.waitForFunction(
    () => window.messages.at(-1)?.data?.['datawrapper-height']?.['iscm-explorer-iscm-bali-process'] > 0,
  );
  const short = await latest();
  assert.ok(short.height < tall.height, `${short.height} < ${tall.height}`);
  assert.match(short.href, /\?embed#\/iscm\/bali-process$/);
  // The embed mode survives navigation inside the frame.
  assert.equal(await frame.locator('.site-header').count(), 0);

  // "Open in ISCM Explorer" opens the full view in a new tab; the host page stays.
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    frame.getByRole('link', { name: /Open in ISCM Explorer/ }).click(),
  ]);
  await tab.waitForLoadState();
  assert.equal(tab.url(), appUrl('', '#/iscm/bali-process'));
  await tab.locator('.site-header').waitFor();
  await tab.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  assert.equal(page.url(), url);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile or negative embed values are ignored: the full app shows', async () => {
  const { page, context, problems } = await openPage(app);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  for (const search of ['?embed=0', '?embed=%3Cscript%3Ealert(1)%3C%2Fscript%3E', `?embed=1${'x'.repeat(3000)}`]) {
    await page.goto(appUrl(search, '#/about'));
    await page.locator('.site-header').waitFor();
    await page.locator('.site-footer').waitFor();
    assert.equal(await page.locator('html').getAttribute('data-embed'), null, search);
  }
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embed code builder shows code that reproduces the view, with a preview and a copy button', async () => {
  const { page, context, problems } = await openPage(app);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.url).origin,
  });
  const hash = '#/?type=rcp&theme=labour-migration';
  await page.goto(appUrl('', hash));
  await page.locator('.card').first().waitFor();
  // textContent: a long list does not draw cards off screen, which then have no innerText.
  const names = await page.locator('.card h2').allTextContents();
  assert.ok(names.length > 0 && names.length < data.iscms.length, `${names.length} cards`);

  const button = page.getByRole('button', { name: 'Embed' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.waitFor();
  const code = await dialog.getByLabel('Embed code').inputValue();
  // The view as the address bar has it (the app may write the query in its own order).
  const src = appUrl('?embed=1', await page.evaluate(() => location.hash));
  assert.match(src, /#\/\?.*type=rcp/);
  assert.ok(code.startsWith(`<iframe src="${src.replaceAll('&', '&amp;')}"`), code);
  assert.match(code, /sandbox="allow-scripts allow-same-origin allow-popups/);
  assert.match(code, /<script>.*iscm-explorer:height.*<\/script>$/s);

  // The preview is the embedded view.
  const preview = dialog.frameLocator('iframe');
  await preview.locator('.card').first().waitFor();
  assert.deepEqual(await preview.locator('.card h2').allTextContents(), names);
  assert.equal(await preview.locator('.site-header').count(), 0);

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await dialog.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

  // Escape closes the dialog and puts focus back on the button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await button.evaluate((el) => el === document.activeElement), true);
  // The preview stops with the dialog.
  assert.equal(await page.locator('.embed-preview').getAttribute('src'), 'about:blank');

  // The code, pasted into a page of another site, shows the same view at its full height.
  const hostUrl = hostPage('pasted.html', code);
  const host = await context.newPage();
  await host.goto(hostUrl);
  const frame = host.frameLocator('iframe');
  await frame.locator('.card').first().waitFor();
  assert.deepEqual(await frame.locator('.card h2').allTextContents(), names);
  await host.waitForFunction(() =>
    window.messages.some((m) => m.data && m.data.type === 'iscm-explorer:height'),
  );
  await host.waitForFunction(() => {
    const last = window.messages.filter((m) => m.data && m.data.type === 'iscm-explorer:height').at(-1);
    return document.querySelector('iframe').getBoundingClientRect().height === last.data.height;
  });
  assert.deepEqual(problems, []);
  await context.close();
});
