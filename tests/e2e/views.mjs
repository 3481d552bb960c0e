// Every view of the app, for the tests that walk them all (accessibility, languages).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shippedDataset } from './harness.mjs';

const data = shippedDataset();
const SESSIONS = JSON.parse(
  readFileSync(new URL('../../public/data/grcp8.json', import.meta.url), 'utf8'),
).sessions.map((session) => session.id);
const TOPICS = ['migration-governance', 'global-compact', 'agenda-2030', 'assessment', 'timeline'];
const CHARTS = [
  'by-type', 'by-region', 'established', 'member-states', 'themes', 'theme-matrix',
  'iom-roles', 'secretariats', 'survey-2019', 'gcm-review-2018',
];
// Several ISCM pages: each type, with and without updates, notes and GRCP 8 parts.
const ISCMS = ['bali-process', 'igc', 'prague-process', 'gfmd', 'mid-igad', 'acp-eu-dialogue'];
for (const id of ISCMS) assert.ok(data.iscms.some((iscm) => iscm.id === id), `no ISCM ${id}`);

/** Every view of the app, by its fragment. */
export const VIEWS = [
  '#/',
  '#/?type=rcp&theme=asylum',
  ...ISCMS.map((id) => `#/iscm/${id}`),
  '#/compare?compare=igc,prague-process',
  '#/grcp8',
  ...SESSIONS.slice(0, 3).map((id) => `#/grcp8/${id}`),
  '#/topics',
  ...TOPICS.map((slug) => `#/topics/${slug}`),
  '#/glossary',
  '#/search?q=migration',
  '#/about',
  '#/charts',
  ...CHARTS.map((slug) => `#/charts/${slug}`),
  '#/no/such/page',
];

