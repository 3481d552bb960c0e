// The GRCP 8 agenda and session pages in a real browser: every slot and person of grcp8.json
// is shown, sessions open from their links and survive a reload, speakers lead to their ISCMs,
// filters narrow the timeline and live in the URL, the page prints without the site's chrome,
// and a missing grcp8.json fails in place with Retry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, openPage, shippedDataset, DIST } from './harness.mjs';

let app;
const core = shippedDataset();
const agenda = JSON.parse(readFileSync(join(DIST, 'data', 'grcp8.json'), 'utf8'));
const personById = new Map(agenda.people.map((p) => [p.id, p]));
const slotsInOrder = [...agenda.slots].sort((a, b) => a.start.localeCompare(b.start));
const shortName = (id) => core.iscms.find((iscm) => iscm.id === id).short_name;
/** Slots with a role played by someone who speaks for `iscmId`. */
const slotsFor = (iscmId) =>
  slotsInOrder.filter((slot) => slot.roles.some((r) => personById.get(r.person_id).iscm_ids.includes(iscmId)));

before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Opens the agenda (with an optional query) and waits for its timeline. */
async function openAgenda(query = '') {
  const opened = await openPage(app);
  await opened.page.goto(`${app.url}#/grcp8${query}`);
  await opened.page.locator('ol.timeline > li.slot').first().waitFor();
  return opened;
}

test('the agenda shows the meeting and lists every slot and person of grcp8.json in time order', async () => {
  const { page, context, problems } = await openAgenda();
  const m = agenda.meeting;
  assert.equal(await page.locator('main h1').count(), 1);
  assert.equal(await page.locator('main h1').innerText(), m.title);
  assert.match(await page.title(), new RegExp(m.short_title));
  const main = await page.locator('main').innerText();
  for (const text of [m.short_title, m.theme, m.venue, m.city, m.country, m.organizer, '5 April 2019']) {
    assert.ok(main.includes(text), text);
  }
  for (const text of [m.objective.text, ...m.objective.aims, ...m.issues]) assert.ok(main.includes(text), text);
  for (const text of [m.brief_wording.objective.text, ...m.brief_wording.issues]) assert.ok(main.includes(text), text);
  assert.ok(main.includes('Earlier wording (GRCP 8 brief)'));

  const slots = page.locator('ol.timeline > li.slot');
  assert.equal(await slots.count(), agenda.slots.length);
  assert.equal(agenda.slots.length, 7);
  for (const [index, slot] of slotsInOrder.entries()) {
    const item = slots.nth(index);
    assert.equal(await item.getAttribute('id'), slot.id);
    const times = item.locator('h3 time');
    assert.equal(await times.nth(0).getAttribute('datetime'), `${m.date}T${slot.start}`);
    assert.equal(await times.nth(1).getAttribute('datetime'), `${m.date}T${slot.end}`);
    const text = await item.innerText();
    assert.ok(text.includes(slot.title), slot.title);
    for (const line of slot.items.filter((i) => i.title)) assert.ok(text.includes(line.title), line.title);
    for (const role of slot.roles) {
      const person = personById.get(role.person_id);
      assert.ok(text.includes(person.name), `${slot.id}: ${person.name}`);
      for (const id of person.iscm_ids) assert.ok(text.includes(shortName(id)), `${slot.id}: ${id}`);
    }
    // The title links to the session's page.
    const link = item.locator('h3 a');
    assert.equal(await link.getAttribute('href'), `#/grcp8/${slot.session_id}`);
  }
  assert.equal(await page.locator('ol.timeline .person').count(), agenda.slots.reduce((n, s) => n + s.roles.length, 0));

  // Lunch groups, the session list and the attending ISCMs.
  for (const group of agenda.lunch_groups) {
    assert.ok(main.includes(`Group ${group.number}: ${group.name}`), group.id);
  }
  assert.equal(await page.locator('ol.session-list a').count(), agenda.sessions.length);
  const attending = page.locator('ul.iscm-list a');
  assert.equal(await attending.count(), agenda.attending_iscm_ids.length);
  for (const [index, id] of agenda.attending_iscm_ids.entries()) {
    assert.equal(await attending.nth(index).getAttribute('href'), `#/iscm/${id}`);
    assert.equal(await attending.nth(index).innerText(), shortName(id));
  }
  assert.ok(main.includes('Annex 8'));
  assert.ok(main.includes('Annex 7'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a session opens from its link, shows its questions and discussions, and survives a reload', async () => {
  const { page, context, problems } = await openAgenda();
  const session = agenda.sessions.find((s) => s.id === 'session-2');
  const slot = agenda.slots.find((s) => s.session_id === 'session-2');
  await page.locator('ol.timeline').getByRole('link', { name: slot.title, exact: true }).click();
  await page.waitForURL(/#\/grcp8\/session-2$/);
  const heading = page.locator('main h1');
  await heading.waitFor();

  const check = async () => {
    assert.equal(await heading.innerText(), slot.title);
    assert.equal(await page.locator('main h1').count(), 1);
    const main = await page.locator('main').innerText();
    for (const text of session.objectives) assert.ok(main.includes(text), text);
    for (const question of session.questions) {
      assert.ok(main.includes(question.text), question.text);
      for (const part of question.parts) {
        assert.ok(main.includes(`(${part.label}) ${part.text}`), part.text);
      }
    }
    for (const text of session.brief_wording.objectives) assert.ok(main.includes(text), text);
    assert.ok(main.includes(session.questions_heading));
    assert.ok(main.includes('Earlier wording (GRCP 8 brief)'));
    const discussions = agenda.discussions.filter((d) => d.session_id === 'session-2');
    assert.equal(await page.locator('ul.discussions > li').count(), discussions.length);
    for (const d of discussions) assert.ok(main.includes(d.text), d.id);
    assert.ok(main.includes(discussions[0].source.section));
    for (const role of slot.roles) assert.ok(main.includes(personById.get(role.person_id).name));
  };
  await check();
  assert.match(await page.title(), /Session 2/);
  await page.reload();
  await heading.waitFor();
  await check();

  // Previous and next in agenda order (Session 3 before Session 4, unlike Annex 9).
  await page.getByRole('link', { name: /Working Lunch/ }).last().click();
  await page.waitForURL(/#\/grcp8\/working-lunch$/);
  await page.locator('main h1', { hasText: 'Working Lunch' }).waitFor();
  const lunch = agenda.sessions.find((s) => s.id === 'working-lunch');
  const main = await page.locator('main').innerText();
  assert.ok(main.includes(lunch.questions_heading));
  const s4 = agenda.sessions.find((s) => s.id === 'session-4');
  assert.ok(main.includes(s4.questions_heading), 'the plenary set is pointed to');
  assert.equal(await page.locator('a[rel="next"]').getAttribute('href'), '#/grcp8/session-3');
  assert.deepEqual(problems, []);
  await context.close();
});

test("a speaker's ISCM link leads to the ISCM's page", async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/grcp8/session-2`);
  const moderator = page.locator('.person', { hasText: 'Moderator' });
  await moderator.waitFor();
  const rabat = shortName('rabat-process');
  await moderator.getByRole('link', { name: rabat, exact: true }).click();
  await page.waitForURL(/#\/iscm\/rabat-process$/);
  await page.locator('main h1', { hasText: rabat }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a filter narrows the timeline, is announced, survives a reload, and clears', async () => {
  const { page, context, problems } = await openAgenda();
  const slots = page.locator('ol.timeline > li.slot');
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  assert.match(await status.innerText(), /Showing all 7/);

  await page.getByLabel('ISCM spoken for').selectOption('bali-process');
  await page.waitForURL(/#\/grcp8\?iscm=bali-process$/);
  const expected = slotsFor('bali-process');
  await page.waitForFunction((n) => document.querySelectorAll('ol.timeline > li.slot').length === n, expected.length);
  assert.deepEqual(await slots.evaluateAll((items) => items.map((i) => i.id)), expected.map((s) => s.id));
  assert.match(await status.innerText(), new RegExp(`Showing ${expected.length} of 7`));
  assert.match(await status.innerText(), /Bali Process/);
  const people = agenda.people.filter((p) => p.iscm_ids.includes('bali-process'));
  assert.equal(await page.locator('ol.timeline .person').count(), 3);
  for (const person of people) assert.ok((await page.locator('ol.timeline').innerText()).includes(person.name));

  await page.reload();
  await slots.first().waitFor();
  assert.equal(await slots.count(), expected.length);
  assert.equal(await page.getByLabel('ISCM spoken for').inputValue(), 'bali-process');

  // Both filters: the Europe group and the Bali Process have nobody in common.
  await page.getByLabel('Working-lunch group (region)').selectOption('group-4-europe');
  await page.waitForURL(/group=group-4-europe&iscm=bali-process$/);
  await page.locator('.no-results').waitFor();
  await page.getByLabel('ISCM spoken for').selectOption('');
  await page.waitForURL(/#\/grcp8\?group=group-4-europe$/);
  await page.waitForFunction(() => document.querySelectorAll('ol.timeline > li.slot').length === 2);
  const europe = await page.locator('ol.timeline').innerText();
  assert.ok(europe.includes(shortName('prague-process')));
  assert.ok(europe.includes(shortName('almaty-process')));

  // Back restores the previous filter.
  await page.goBack();
  await page.locator('.no-results').waitFor();
  assert.equal(await page.getByLabel('ISCM spoken for').inputValue(), 'bali-process');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForURL(/#\/grcp8$/);
  await page.waitForFunction(() => document.querySelectorAll('ol.timeline > li.slot').length === 7);
  assert.match(await status.innerText(), /Showing all 7/);
  assert.equal(await page.getByRole('button', { name: 'Clear filters' }).isHidden(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile or unknown filter values in the URL are ignored', async () => {
  let dialogs = 0;
  const { page, context, panics } = await openPage(app);
  page.on('dialog', (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  await page.goto(`${app.url}#/grcp8?iscm=${encodeURIComponent('<img src=x onerror=alert(1)>')}&group=group-9-mars`);
  await page.locator('ol.timeline > li.slot').first().waitFor();
  assert.equal(await page.locator('ol.timeline > li.slot').count(), 7);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(panics(), []);
  await context.close();
});

test('print media hides the site header, filters and buttons, and keeps the timeline', async () => {
  const { page, context, problems } = await openAgenda();
  // The button prints the page.
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print the agenda' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.agenda-filters', '.print-button']) {
    assert.equal(await page.locator(selector).isHidden(), true, selector);
  }
  assert.equal(await page.locator('ol.timeline > li.slot').count(), 7);
  assert.equal(await page.locator('ol.timeline > li.slot').first().isVisible(), true);
  const style = await page.locator('li.slot').first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { breakInside: s.breakInside, color: s.color };
  });
  assert.equal(style.breakInside, 'avoid');
  assert.equal(style.color, 'rgb(0, 0, 0)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('.site-header').isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a missing grcp8.json shows an inline error with Retry, which recovers', async () => {
  const { page, context, panics } = await openPage(app);
  let calls = 0;
  await page.route('**/data/grcp8.json', (route) => {
    calls += 1;
    return calls === 1 ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue();
  });
  await page.goto(`${app.url}#/grcp8`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /grcp8\.json/);
  // The rest of the app stays usable.
  assert.equal(await page.locator('.site-header').isVisible(), true);
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.locator('ol.timeline > li.slot').first().waitFor();
  assert.equal(calls, 2);
  assert.deepEqual(panics(), []);
  await context.close();
});

test('an unknown session id says so plainly', async () => {
  const { page, context, problems } = await openPage(app);
  await page.goto(`${app.url}#/grcp8/no-such-session`);
  await page.locator('main h1', { hasText: 'Session not found' }).waitFor();
  assert.match(await page.locator('main').innerText(), /no-such-session/);
  assert.equal(await page.locator('main ol.session-list a').count(), agenda.sessions.length);
  assert.deepEqual(problems, []);
  await context.close();
});
