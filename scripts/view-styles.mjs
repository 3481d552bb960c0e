// A post-build step (scripts/post-build.mjs): the stylesheets of the views outside the
// explorer (agenda, topics, charts) leave the first load.
//
// Their <link>s, as Trunk wrote them (hashed names), move inside <template id=view-styles>
// at the same place in <head>: the browser fetches nothing inside a template. The first
// view shown from a wasm chunk puts them back (src/view_styles.rs) and waits for them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The stylesheets that only the views in wasm chunks use (public/css/<name>.css). */
export const VIEW_STYLESHEETS = ['agenda', 'topics', 'charts'];

/** index.html with the views' stylesheet links inside the template; throws if one is missing. */
export function withDeferredStyles(html) {
  const links = VIEW_STYLESHEETS.map((name) => {
    const link = html.match(new RegExp(`<link\\b[^>]*\\bhref=["']?\\./${name}-[0-9a-f]+\\.css["']?[^>]*>`));
    if (!link) throw new Error(`index.html has no stylesheet link for ${name}.css`);
    return link;
  });
  const first = Math.min(...links.map((link) => link.index));
  let out = html;
  for (const link of [...links].sort((a, b) => b.index - a.index)) {
    out = out.slice(0, link.index) + out.slice(link.index + link[0].length);
  }
  const template = `<template id=view-styles>${links.map((link) => link[0]).join('')}</template>`;
  return out.slice(0, first) + template + out.slice(first);
}

/** Moves the views' stylesheets of `dir`/index.html into the template. */
export function deferViewStyles(dir) {
  const file = join(dir, 'index.html');
  writeFileSync(file, withDeferredStyles(readFileSync(file, 'utf8')));
}
