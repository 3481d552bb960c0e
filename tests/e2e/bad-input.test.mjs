// Bad input of every kind, in a real browser: a dataset that is missing, failing, slow,
// cut short, in the wrong encoding, of the wrong shape or breaking the dataset's rules;
// markup and script inside the data and inside the URL; absurd URL values; a failing
// service worker; and the app embedded in a host page. Every case ends in a clear message
// on screen (or the data shown as plain text), with no panic, no injected script run and
// the host page untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, openPage, DIST } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let app;
const REAL_BODY = readFileSync(join(DIST, 'data', 'iscms.json'));
const real = () => JSON.parse(REAL_BODY.toString('utf8'));

/** Strings that would run script if any view inserted data as markup. */
const IMG_PAYLOAD = '<img src=x onerror=window.__pwned=1>';
const SCRIPT_PAYLOAD = '<script>window.__pwned=1</script>';

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Answers the dataset request with `body` (a string, a Buffer or a JSON value). */
function serve(body, { status = 200, contentType = 'application/json' } = {}) {
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  return (route) => route.fulfill({ status, contentType, body: payload });
}

/** The real dataset changed by `edit`. */
function edited(edit) {
  const data = real();
  edit(data);
  return data;
}

/** A page whose dataset request is answered by `handler` (the real file if none). */
async function open(handler) {
  const opened = await openPage(app);
  opened.dialogs = 0;
  opened.page.on('dialog', (dialog) => {
    opened.dialogs += 1;
    return dialog.dismiss();
  });
  if (handler) await opened.page.route('**/data/iscms.json', handler);
  return opened;
}

/** Nothing injected ran: no flag, no dialog, no element made from a payload, no panic. */
async function assertNothingRan(opened) {
  const { page, panics } = opened;
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(opened.dialogs, 0);
  assert.equal(await page.locator('main img, main script, main b').count(), 0);
  assert.deepEqual(panics(), []);
  assert.equal(await page.locator('#fatal').isHidden(), true);
}

/**
 * Opens the app with the dataset answered by `handler` and checks the error state: its
 * heading, a message naming the file (and matching `detail`), a Retry button, no panic.
 */
async function expectErrorState(handler, heading, { detail, hash = '', before: setUp, after: act } = {}) {
  const opened = await open(handler);
  const { page, context } = opened;
  if (setUp) await setUp(page);
  await page.goto(`${app.url}${hash}`);
  if (act) await act(page);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.locator('h1').innerText(), heading);
  const text = await alert.innerText();
  assert.match(text, /data\/iscms\.json/);
  if (detail) assert.match(text, detail);
  await assert.doesNotReject(page.getByRole('button', { name: 'Retry' }).waitFor());
  assert.match(await page.title(), /Data not available/);
  await assertNothingRan(opened);
  await context.close();
  return text;
}

// --- The dataset file: transport ------------------------------------------------------

test('a missing dataset (404) shows a message and a Retry button', async () => {
  await expectErrorState(serve('Not found', { status: 404, contentType: 'text/plain' }), /missing/, {
    detail: /error 404/,
  });
});

test('a failing server (500) shows a message and a Retry button', async () => {
  await expectErrorState(serve('oops', { status: 500, contentType: 'text/plain' }), /server/i, {
    detail: /error 500/,
  });
});

test('a network failure shows a message and a Retry button', async () => {
  await expectErrorState((route) => route.abort('internetdisconnected'), /reached/);
});

test('a dataset that never arrives times out after 15 s (on a fast-forwarded clock)', async () => {
  // The request is never answered; the page's clock is moved past the app's 15 s limit
  // instead of waiting for it.
  let requested;
  const asked = new Promise((resolve) => {
    requested = resolve;
  });
  await expectErrorState(() => requested(), /too long/, {
    detail: /within 15 seconds/,
    before: (page) => page.clock.install(),
    after: async (page) => {
      await asked;
      await page.clock.fastForward(14_000);
      assert.equal(await page.getByRole('alert').count(), 0, 'gave up before 15 s');
      await page.clock.fastForward(2_000);
    },
  });
});

test('Retry loads the dataset once the server recovers', async () => {
  let calls = 0;
  const opened = await open((route) => {
    calls += 1;
    return calls === 1 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue();
  });
  const { page, context } = opened;
  await page.goto(`${app.url}#/iscm/bali-process`);
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.locator('main h1', { hasText: 'Bali Process' }).waitFor();
  assert.equal(calls, 2);
  await assertNothingRan(opened);
  await context.close();
});

// --- The dataset file: bytes that are not the JSON expected ---------------------------

test('a truncated dataset (cut in half) is reported as damaged', async () => {
  await expectErrorState(serve(REAL_BODY.subarray(0, REAL_BODY.length >> 1)), /damaged/, {
    detail: /EOF|end of/i,
  });
});

test('an empty answer is reported as damaged', async () => {
  await expectErrorState(serve(''), /damaged/, { detail: /EOF|end of/i });
});

test('a dataset that is not UTF-8 (a Latin-1 “é”) is reported as damaged, not shown as �', async () => {
  const text = REAL_BODY.toString('utf8');
  const at = text.indexOf('"Morocco"') + '"Morocco'.length;
  assert.ok(at > 100);
  const body = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at))]);
  await expectErrorState(serve(body), /damaged/, { detail: /not UTF-8/ });
});

test('a dataset saved as UTF-16 is reported as damaged', async () => {
  const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REAL_BODY.toString('utf8'), 'utf16le')]);
  await expectErrorState(serve(body), /damaged/, { detail: /not UTF-8/ });
});

test('an HTML page where the JSON should be (a host’s fallback page) is reported as damaged', async () => {
  const page = `<!doctype html><title>Home</title><script>window.__pwned=1</script><h1>Welcome</h1>`;
  await expectErrorState(serve(page, { contentType: 'text/html' }), /damaged/);
});

test('JSON of the wrong shape (an array, null) is reported as damaged', async () => {
  await expectErrorState(serve('[1, 2, 3]'), /damaged/, { detail: /invalid type/ });
  await expectErrorState(serve('null'), /damaged/, { detail: /invalid type/ });
});

test('a field of the wrong type (members as text) is reported as damaged, with its place', async () => {
  const body = edited((data) => {
    data.iscms[2].member_states = 'ten';
  });
  await expectErrorState(serve(body), /damaged/, {
    detail: /iscms\[2\]\.member_states: invalid type: string "ten", expected a whole number/,
  });
});

test('a missing field is reported as damaged, naming the field and its place', async () => {
  const body = edited((data) => {
    delete data.iscms[3].name;
  });
  await expectErrorState(serve(body), /damaged/, { detail: /iscms\[3\]: missing field `name`/ });
});

test('numbers too large for their field are reported as damaged', async () => {
  const text = REAL_BODY.toString('utf8').replace(/"member_states": ?10,/, '"member_states": 1e400,');
  assert.notEqual(text, REAL_BODY.toString('utf8'));
  await expectErrorState(serve(text), /damaged/);
});

test('JSON nested 100,000 deep is refused without exhausting the stack', async () => {
  // The JSON reader refuses nesting deeper than 128 levels, before any of the dataset's
  // types is read; that it is refused, and nothing overflows, is the point.
  const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const deep = REAL_BODY.toString('utf8').replace(/"meta": ?\{/, `"meta": {"deep": ${nested}, `);
  assert.ok(deep.length > 200_000);
  await expectErrorState(serve(deep), /damaged/, { detail: /recursion limit exceeded at line \d+ column \d+/ });
});

// --- The dataset file: well-formed JSON that breaks the rules -------------------------

test('duplicate ids are reported with their place in the file', async () => {
  const body = edited((data) => {
    data.iscms[1].id = data.iscms[0].id;
  });
  await expectErrorState(serve(body), /has errors/, {
    detail: new RegExp(`iscms\\[1\\]\\.id: “${real().iscms[0].id}” is used twice in iscms`),
  });
});

test('references to ids that do not exist are reported', async () => {
  const body = edited((data) => {
    data.iscms[0].theme_ids.push('no-such-theme');
    data.iscms[4].region_ids = ['atlantis'];
  });
  const text = await expectErrorState(serve(body), /has errors/, { detail: /breaks 2 of the dataset's rules/ });
  assert.match(text, /no theme has the id “no-such-theme”/);
  assert.match(text, /iscms\[4\]\.region_ids\[0\]: no region has the id “atlantis”/);
});

test('markup as an id is a broken rule, reported as text', async () => {
  const body = edited((data) => {
    data.iscms[0].id = IMG_PAYLOAD;
  });
  const text = await expectErrorState(serve(body), /has errors/);
  assert.ok(text.includes(`“${IMG_PAYLOAD}” is not a lowercase kebab-case id`), text);
});

test('many broken rules: five are listed and the rest counted', async () => {
  const body = edited((data) => {
    for (const iscm of data.iscms.slice(0, 8)) iscm.name = ' ';
  });
  await expectErrorState(serve(body), /has errors/, { detail: /breaks 8 of the dataset's rules: .*; and 3 more\./ });
});

// --- Markup and script inside the data ------------------------------------------------

test('HTML and script inside the data are shown as text on the cards and the ISCM page', async () => {
  const body = edited((data) => {
    data.iscms[0].short_name = IMG_PAYLOAD;
    data.iscms[0].name = SCRIPT_PAYLOAD;
    data.iscms[0].annex2.chair = ['<b onmouseover=window.__pwned=1>Chair</b>'];
  });
  const opened = await open(serve(body));
  const { page, context } = opened;
  await page.goto(app.url);
  const card = page.locator('.card').first();
  await card.waitFor();
  assert.equal(await card.locator('h2').innerText(), IMG_PAYLOAD);
  assert.ok((await card.innerText()).includes('<b onmouseover=window.__pwned=1>Chair</b>'));
  await assertNothingRan(opened);

  await card.getByRole('link', { name: IMG_PAYLOAD }).click();
  // The ISCM page (its breadcrumbs), not the explorer it replaces once its chunk is there.
  await page.locator('main .breadcrumbs').waitFor();
  const main = await page.locator('main').innerText();
  assert.ok(main.includes(SCRIPT_PAYLOAD), 'the name is shown as text');
  assert.ok(main.includes('<b onmouseover=window.__pwned=1>Chair</b>'), 'the chair is shown as text');
  await page.locator('main').hover();
  await assertNothingRan(opened);
  await context.close();
});

test('very long strings (100,000 characters, no spaces) neither break the page nor widen it', async () => {
  const long = 'W'.repeat(100_000);
  const body = edited((data) => {
    data.iscms[0].short_name = long;
    data.iscms[0].annex2.chair = [long];
  });
  const opened = await openPage(app, { viewport: { width: 320, height: 700 } });
  opened.dialogs = 0;
  const { page, context } = opened;
  await page.route('**/data/iscms.json', serve(body));
  await page.goto(app.url);
  await page.locator('.card').first().waitFor();
  assert.equal((await page.locator('.card h2').first().innerText()).length, long.length);
  const widths = () =>
    page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  let [scroll, client] = await widths();
  assert.ok(scroll <= client, `the explorer scrolls sideways: ${scroll} > ${client}`);
  await page.goto(`${app.url}#/iscm/${real().iscms[0].id}`);
  await page.locator('main .breadcrumbs').waitFor();
  [scroll, client] = await widths();
  assert.ok(scroll <= client, `the ISCM page scrolls sideways: ${scroll} > ${client}`);
  await assertNothingRan(opened);
  await context.close();
});

// --- Hostile or malformed URLs --------------------------------------------------------

test('script in the search text stays text, in the explorer and in site search', async () => {
  const opened = await open();
  const { page, context } = opened;
  await page.goto(`${app.url}#/?q=${encodeURIComponent(SCRIPT_PAYLOAD)}`);
  await page.locator('.result-count').waitFor();
  assert.equal(await page.getByLabel(/^Search names/).inputValue(), SCRIPT_PAYLOAD);
  assert.match(await page.locator('.result-count').innerText(), /^0 of 30 ISCMs/);
  await assertNothingRan(opened);

  await page.goto(`${app.url}#/search?q=${encodeURIComponent(IMG_PAYLOAD)}`);
  await page.locator('.result-count', { hasText: '0 results' }).waitFor();
  assert.ok((await page.locator('main').innerText()).includes(IMG_PAYLOAD));
  await assertNothingRan(opened);
  await context.close();
});

test('unknown ids in filters and comparison are dropped: the full list shows', async () => {
  const opened = await open();
  const { page, context } = opened;
  await page.goto(`${app.url}#/?region=atlantis&theme=no-such-theme&iom=boss&sec=nobody&compare=no-such,also-not`);
  await page.locator('.result-count', { hasText: 'All 30 ISCMs' }).waitFor();
  assert.equal(await page.locator('.card').count(), 30);
  assert.equal(await page.locator('.chips li').count(), 0);
  assert.equal(await page.locator('.compare-tray').count(), 0);
  await assertNothingRan(opened);
  await context.close();
});

test('unknown and hostile paths get a plain “not found” message, shown as text', async () => {
  const opened = await open();
  const { page, context } = opened;
  await page.goto(`${app.url}#/iscm/no-such-process`);
  await page.locator('main h1', { hasText: 'not found' }).waitFor();
  assert.match(await page.locator('main').innerText(), /no-such-process/);

  await page.goto(`${app.url}#/${encodeURIComponent(IMG_PAYLOAD)}`);
  await page.locator('main h1', { hasText: 'not found' }).waitFor();
  assert.ok((await page.locator('main').innerText()).includes(IMG_PAYLOAD));

  await page.goto(`${app.url}#/topics/${encodeURIComponent(SCRIPT_PAYLOAD)}`);
  await page.locator('main h1', { hasText: 'not found' }).waitFor();
  await assertNothingRan(opened);
  await context.close();
});

test('huge values are capped or dropped: a 100,000-character search, 30-digit numbers', async () => {
  const opened = await open();
  const { page, context } = opened;
  const huge = 'x'.repeat(100_000);
  await page.goto(`${app.url}#/?q=${huge}&members-min=${'9'.repeat(30)}&from=${'1'.repeat(30)}&to=-5&type=rcp`);
  await page.locator('.result-count').waitFor();
  assert.equal(await page.getByLabel(/^Search names/).inputValue(), 'x'.repeat(200));
  // Only the type filter is a valid one.
  assert.equal(await page.locator('.chips li').count(), 1);
  await assertNothingRan(opened);
  await context.close();
});

test('repeated keys: the last search and sort win, a filter given twice counts once', async () => {
  const opened = await open();
  const { page, context } = opened;
  await page.goto(`${app.url}#/?q=first&q=igc&sort=name&sort=-members&type=rcp&type=rcp&assoc=yes&assoc=no`);
  await page.locator('.card').first().waitFor();
  assert.equal(await page.getByLabel(/^Search names/).inputValue(), 'igc');
  assert.equal(await page.locator('.sort select option:checked').innerText(), 'Member States, most first');
  const chips = await page.locator('.chips li').allInnerTexts();
  assert.equal(chips.length, 2, chips.join(' | '));
  assert.equal(chips.filter((chip) => /RCP/.test(chip)).length, 1, chips.join(' | '));
  await assertNothingRan(opened);
  await context.close();
});

test('malformed percent-escapes and stray characters in the URL do not break any view', async () => {
  const opened = await open();
  const { page, context } = opened;
  for (const hash of ['#/?q=%E0%A4%A&theme=%&=&&&type', '#/iscm/%ZZ%', '#/search?q=%FF%FE', '#/compare?compare=%00,igc,igc']) {
    await page.goto(`${app.url}${hash}`);
    await page.locator('main h1, main .result-count').first().waitFor();
    assert.ok((await page.locator('main').innerText()).trim().length > 0, hash);
  }
  await assertNothingRan(opened);
  await context.close();
});

test('a comparison link with too many, repeated and hostile ids compares the valid ones', async () => {
  const opened = await open();
  const { page, context } = opened;
  const hostile = encodeURIComponent(IMG_PAYLOAD);
  await page.goto(`${app.url}#/compare?compare=${hostile},igc,igc,prague-process,nope,bali-process,mtm,gfmd`);
  await page.locator('main h1').waitFor();
  assert.match(await page.locator('main h1').innerText(), /^Compare IGC, Prague Process, Bali Process$/);
  await assertNothingRan(opened);
  await context.close();
});

// --- The page around the app ----------------------------------------------------------

test('a failing service worker (500, or a script that throws) leaves the app working', async () => {
  for (const fulfil of [
    { status: 500, contentType: 'text/plain', body: 'oops' },
    { status: 200, contentType: 'text/javascript', body: 'throw new Error("broken service worker")' },
  ]) {
    const opened = await open();
    const { page, context } = opened;
    await context.route('**/sw.js', (route) => route.fulfill(fulfil));
    for (let visit = 0; visit < 2; visit += 1) {
      if (visit === 0) await page.goto(app.url);
      else await page.reload();
      await page.locator('.result-count', { hasText: 'All 30 ISCMs' }).waitFor();
      assert.equal(await page.locator('.card').count(), 30);
      assert.equal(await page.getByRole('alert').count(), 0);
      // Whether or not this build registers a worker, none ended up controlling the page.
      assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
      await assertNothingRan(opened);
    }
    await context.close();
  }
});

test('embedded in a host page, with hostile data and URL, the app leaves the host untouched', async () => {
  const opened = await open(
    serve(
      edited((data) => {
        data.iscms[0].short_name = SCRIPT_PAYLOAD;
      }),
    ),
  );
  const { page, context } = opened;
  const frameUrl = `${app.url}#/?q=${encodeURIComponent(IMG_PAYLOAD)}`;
  // The host page is served by a second static server: another origin than the app's
  // (another port), on the same loopback address, as a real embedding site would be.
  const hostDir = mkdtempSync(join(tmpdir(), 'iscm-host-'));
  writeFileSync(
    join(hostDir, 'article.html'),
    `<!doctype html><html lang="en"><head><title>Host article</title></head><body>
    <h1 id="host-heading">A host article</h1><p id="host-text">Text of the host.</p>
    <iframe title="ISCM Explorer" src="${frameUrl}" width="800" height="600"></iframe>
    </body></html>`,
  );
  const host = await startServer({ root: hostDir });
  const HOST = `${host.url}article.html`;
  assert.notEqual(new URL(HOST).origin, new URL(app.url).origin);
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await frame.locator('.result-count', { hasText: '0 of 30' }).waitFor();
  await frame.getByRole('button', { name: /Clear all/ }).first().click();
  await frame.locator('.card').first().waitFor();
  assert.equal(await frame.locator('.card h2').first().innerText(), SCRIPT_PAYLOAD);

  assert.equal(page.url(), HOST);
  assert.equal(await page.title(), 'Host article');
  assert.equal(await page.locator('#host-heading').innerText(), 'A host article');
  assert.equal(await page.locator('body > *').count(), 3);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => document.styleSheets.length), 0);
  assert.equal(await frame.locator('img, script:not([type=module]), main b').count(), 0);
  const child = page.frames().find((f) => f !== page.mainFrame());
  assert.equal(await child.evaluate(() => window.__pwned), undefined);
  assert.equal(opened.dialogs, 0);
  assert.deepEqual(opened.panics(), []);
  await context.close();
  await new Promise((ok) => host.server.close(ok));
  rmSync(hostDir, { recursive: true });
});
