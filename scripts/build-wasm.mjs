// Builds the app's WebAssembly in chunks: the first step of Trunk's post_build hook
// (scripts/post-build.mjs).
//
// Why not Trunk's own Rust pipeline: a visitor's first view (the explorer) needs well under
// half of the app's code, and the first load must stay small on a phone. The other views are
// `#[wasm_split]` functions (src/lazy_views.rs) that the browser fetches when they are first
// shown. Cutting the module into those chunks must happen between the linker and
// wasm-bindgen, and Trunk 0.21 runs both itself with no step in between
// (trunk-rs/trunk#1022). So this script runs the pipeline, in order:
//
//   cargo build (the linker keeps its relocations: .cargo/config.toml)
//   -> wasm-split-cli (main module + one .wasm per split point, + the JS that loads them)
//   -> wasm-bindgen --target web (on the main module only; the chunks call into it)
//   -> wasm-opt -Oz on every module, short import names (scripts/short-imports.mjs) and
//      terser on the JS (release builds)
//   -> names carrying one build id, so a cache can never mix two builds' chunks
//   -> files into Trunk's staging directory, and index.html's preloads and start-up script.
//
//   node scripts/build-wasm.mjs [staging dir]   # defaults to $TRUNK_STAGING_DIR
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { shortenImports } from './short-imports.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = 'iscm-explorer';
// The features the app's wasm may use: what Rust 1.95's wasm32 target emits by default.
const WASM_FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], ...options });
  } catch (error) {
    if (error.stderr?.length) process.stderr.write(error.stderr);
    throw error;
  }
}

// The release build also compiles the standard library, for size (measured on this app:
// the main module 240 -> 218 kB gzipped):
// - `optimize_for_size`: std's own code chooses its smaller variants, built at `opt-level = "z"`
//   with the app's LTO instead of the prebuilt std's speed-first build;
// - `panic=immediate-abort`: a panic stops the module at once (a wasm trap) without
//   formatting a message, so no panic strings, locations or formatting code ship. The
//   visitor still sees the "Something went wrong" message: the start-up script shows it on
//   the trap's RuntimeError. (Panic messages remain in debug builds, which skip all this.)
// Both are unstable options. The Leptos book ("Optimizing WASM Binary Size") takes them
// from a nightly toolchain; this keeps the pinned stable one (1.95, whose options do not
// change under us) and enables them for this one command with RUSTC_BOOTSTRAP. The std
// source they compile is the `rust-src` component (scripts/setup).
const RELEASE_STD = [
  '-Zbuild-std=std,panic_abort',
  '-Zbuild-std-features=optimize_for_size',
  '--config',
  'target.wasm32-unknown-unknown.rustflags=["-Zunstable-options", "-Cpanic=immediate-abort"]',
];

// The start-up script's first lines. A panic in the app is a wasm trap: a
// `WebAssembly.RuntimeError` thrown out of whatever event, task or promise ran the wasm.
// After one, the app's state is unknown and it may not answer any more, so the page shows
// the static "Something went wrong" message of index.html (`#fatal`), in the language the
// app was showing (`<html lang>`, which the app keeps up to date).
const SHOW_FATAL_ON_TRAP =
  'const fatal=(e)=>{if(!(e instanceof WebAssembly.RuntimeError))return;' +
  'const f=document.getElementById("fatal");if(!f)return;' +
  'const l=document.documentElement.lang,v=[...f.querySelectorAll("[data-lang]")];' +
  'const m=v.some((x)=>x.dataset.lang===l)?l:"en";' +
  'for(const x of v)x.hidden=x.dataset.lang!==m;f.hidden=false};' +
  'addEventListener("error",(e)=>fatal(e.error));' +
  'addEventListener("unhandledrejection",(e)=>fatal(e.reason));';

/** Builds the app with cargo and returns the path of the linked .wasm. */
function cargoBuild(release) {
  const args = ['build', '--target', 'wasm32-unknown-unknown', '--bin', BIN, '--locked'];
  if (release) args.push('--release', ...RELEASE_STD);
  args.push('--message-format=json-render-diagnostics');
  const env = release ? { ...process.env, RUSTC_BOOTSTRAP: '1' } : process.env;
  const out = run('cargo', args, { maxBuffer: 256 * 1024 * 1024, env }).toString();
  let wasm = null;
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line);
    if (message.reason === 'compiler-artifact' && message.target?.name === BIN) {
      wasm = message.filenames.find((file) => file.endsWith('.wasm')) ?? wasm;
    }
  }
  if (!wasm) throw new Error(`cargo built no ${BIN}.wasm`);
  return wasm;
}

const sha = (algorithm, bytes) => createHash(algorithm).update(bytes);

/** Replaces `from` by `to` in `text`, and fails if `from` is not there: a renamed file that a
 * loader still asks for under its old name would only fail in the browser. */
function rename(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`${where} does not name ${from}`);
  return text.split(from).join(to);
}

export async function buildWasm(staging, release) {
  const work = join(ROOT, 'target', 'wasm-split-build');
  rmSync(work, { recursive: true, force: true });
  const split = join(work, 'split');
  const bound = join(work, 'bindgen');
  mkdirSync(split, { recursive: true });
  mkdirSync(bound, { recursive: true });

  const linked = cargoBuild(release);
  // --out-name: the main module's JS, which the chunk loader imports, is `${BIN}.js`.
  run('wasm-split-cli', ['--target', 'web', '--out-name', BIN, linked, split]);
  const bindgenArgs = ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', BIN];
  if (!release) bindgenArgs.push('--debug', '--keep-debug');
  run('wasm-bindgen', [...bindgenArgs, join(split, `${BIN}.wasm`)]);

  // The modules: the main one (from wasm-bindgen), then the chunks (straight from the split).
  const chunks = readdirSync(split).filter((f) => f.endsWith('.wasm') && f !== `${BIN}.wasm`).sort();
  const modules = [[join(bound, `${BIN}_bg.wasm`), `${BIN}_bg.wasm`], ...chunks.map((f) => [join(split, f), f])];
  const bytes = new Map();
  for (const [path, name] of modules) {
    if (release) {
      const optimised = join(work, `opt-${name}`);
      // The main module is on every visitor's first load: optimise it until it stops
      // shrinking (about 1 kB gzip more, for a few seconds of build).
      const converge = name === `${BIN}_bg.wasm` ? ['--converge'] : [];
      // Its stderr only on failure: it warns about every chunk's name section (which
      // wasm-split writes in a newer format), harmlessly.
      run('wasm-opt', ['-Oz', ...converge, ...WASM_FEATURES, path, '-o', optimised], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      bytes.set(name, readFileSync(optimised));
    } else {
      bytes.set(name, readFileSync(path));
    }
  }
  let glue = readFileSync(join(bound, `${BIN}.js`), 'utf8');
  let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
  if (release) {
    // Before terser, which keeps object keys as they are and so would keep the long names.
    const short = shortenImports(bytes.get(`${BIN}_bg.wasm`), glue, `./${BIN}_bg.js`);
    bytes.set(`${BIN}_bg.wasm`, short.wasm);
    glue = short.glue;
  }

  // One id for the whole build, from every module and script: the main JS and the loader
  // import each other, so they cannot each be named by their own hash.
  const id = sha('sha256', Buffer.concat([...bytes.values(), Buffer.from(glue), Buffer.from(loader)]))
    .digest('hex')
    .slice(0, 16);
  const named = (file) => file.replace(/(_bg)?\.(wasm|js)$/, `-${id}$1.$2`);
  const loaderName = `wasm-split-${id}.js`;
  // Only the import statement: the same string is also the module name the wasm imports from.
  glue = rename(glue, 'from "./__wasm_split.js"', `from "./${loaderName}"`, 'the main JS');
  loader = rename(loader, `./${BIN}.js`, `./${named(`${BIN}.js`)}`, 'the chunk loader');
  for (const chunk of chunks) loader = rename(loader, `./${chunk}`, `./${named(chunk)}`, 'the chunk loader');
  // The loader logs a chunk it could not fetch as a console error. The app already says so
  // on screen, with a Retry (components/deferred_view.rs), and the log also fires for fetches
  // the browser cancels on purpose: the Embed dialog's preview, closed while it loads.
  loader = rename(loader, 'console.error(e);', '', 'the chunk loader');
  if (release) {
    // After the renames, which look for the exact strings wasm-bindgen and wasm-split wrote.
    // Trunk minified its own glue; this glue is ours. Module mode keeps imports and exports.
    const small = async (code) => (await minify(code, { module: true, ecma: 2020 })).code;
    glue = await small(glue);
    loader = await small(loader);
  }

  for (const file of readdirSync(staging)) {
    if (/\.wasm$/.test(file) || file.startsWith(`${BIN}-`) || file.startsWith('wasm-split-')) {
      rmSync(join(staging, file));
    }
  }
  for (const [name, content] of bytes) writeFileSync(join(staging, named(name)), content);
  const glueName = named(`${BIN}.js`);
  writeFileSync(join(staging, glueName), glue);
  writeFileSync(join(staging, loaderName), loader);

  // index.html: fetch the main JS and wasm at once (not after parsing the script), then start.
  // No `integrity` on the preloads: Chromium uses a preloaded response only for a request
  // with the same integrity, and the glue's fetch of the wasm carries none.
  const mainWasm = named(`${BIN}_bg.wasm`);
  const html = join(staging, 'index.html');
  const page = readFileSync(html, 'utf8');
  if (page.includes(`import init`)) throw new Error('index.html already starts a wasm module');
  const head =
    `<link rel=modulepreload href=./${glueName}>` +
    `<link rel=modulepreload href=./${loaderName}>` +
    `<link rel=preload href=./${mainWasm} as=fetch type=application/wasm crossorigin>` +
    `<script type=module>${SHOW_FATAL_ON_TRAP}import init from './${glueName}';` +
    `await init({ module_or_path: './${mainWasm}' });</script>`;
  writeFileSync(html, rename(page, '</head>', `${head}</head>`, 'index.html'));
  const kB = (n) => (n / 1000).toFixed(1);
  const sizes = [...bytes].map(([name, content]) => `${named(name)} ${kB(content.length)} kB`);
  console.log(`build-wasm: ${sizes.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('usage: node scripts/build-wasm.mjs <staging dir>');
    process.exit(2);
  }
  await buildWasm(staging, process.env.TRUNK_PROFILE === 'release');
}
