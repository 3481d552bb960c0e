// A post-build step (scripts/post-build.mjs): pins the page's inline scripts by hash in a
// Content Security Policy.
//
// scripts/build-wasm.mjs writes one inline <script type=module> into index.html (it imports the hashed JS glue
// and starts the wasm). A policy that allowed 'unsafe-inline' would let any injected markup
// run; instead this script computes the sha256 of every inline script of the staged
// index.html and writes a <meta http-equiv=Content-Security-Policy> that allows exactly
// those, plus the site's own files. It runs on the staged files, after Trunk has minified
// the HTML, so the hashes are of the bytes the browser will see.
//
// frame-ancestors is not set: browsers ignore it in a <meta>, and the app may be embedded.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The policy for a page whose inline scripts have these sha256 sources. */
export function policy(scriptHashes) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the page compile its own wasm (it allows no JS eval).
    `script-src 'self' ${scriptHashes.join(' ')} 'wasm-unsafe-eval'`,
    // No inline styles: the app sets none, and the stylesheets are files.
    "style-src 'self'",
    // blob: the PNG download of a chart draws the chart's SVG (a blob URL) onto a canvas.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** index.html with the policy inserted first in <head>; throws if it already has one. */
export function withPolicy(html) {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
    throw new Error('index.html already has a Content Security Policy');
  }
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  const meta = `<meta http-equiv=Content-Security-Policy content="${policy(hashes)}">`;
  // Right after <meta charset>, before any script, so the policy covers all of them.
  const charset = html.match(/<meta charset=["']?utf-8["']?\s*\/?>/i);
  if (!charset) throw new Error('index.html has no <meta charset=utf-8>');
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Adds the policy to `dir`/index.html. */
export function addPolicy(dir) {
  const file = join(dir, 'index.html');
  writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
}
