#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml): the steps that finish the staged build, in order.
//
// One hook runs them all because Trunk 0.21 starts the [[hooks]] of a stage all at once
// (src/hooks.rs spawns them into a FuturesUnordered), so separate hooks cannot be ordered.
// A step that lists or hashes the built files (a service worker's file list) must come
// after every step that changes them: add it at the end.
//
//   node scripts/post-build.mjs [dir]    # dir defaults to $TRUNK_STAGING_DIR
import { buildWasm } from './build-wasm.mjs';
import { addPolicy } from './csp.mjs';
import { deferViewStyles } from './view-styles.mjs';
import { minifyData } from './minify-data.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build.mjs: no directory (run as the Trunk hook, or pass a dist directory)');
  process.exit(1);
}
const release = Boolean(process.argv[2]) || process.env.TRUNK_PROFILE === 'release';
// 0. The app's wasm, in chunks, with its start-up script (Trunk builds the rest). Not when a
//    built directory is given: that re-finishes a build whose wasm is already there.
if (!process.argv[2]) await buildWasm(dir, release);
// 1. The stylesheets only the views in chunks use leave the first load.
if (!process.argv[2]) deferViewStyles(dir);
// 2. The data files without indentation.
minifyData(dir);
// 3. The Content Security Policy, pinning the inline start-up script of index.html.
addPolicy(dir);
// 4. Last, as it lists and hashes every built file: the service worker of the offline copy.
//    Release builds only: a debug build gets no worker (the app registers none).
if (release) {
  const { version, files } = writeServiceWorker(dir);
  console.log(`sw.js: ${files} files, version ${version}`);
} else {
  rmSync(join(dir, 'sw.js'), { force: true });
}
