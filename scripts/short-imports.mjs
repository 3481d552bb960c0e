// Gives the main module's wasm-bindgen imports short names, in the wasm and in its JS glue.
//
// wasm-bindgen names each import after the JS function and a hash
// (`__wbg_setAttribute_2c8b5d3e08fc4a73`): over 200 of them, each written twice on every
// first load, once in the wasm's import section and once as a key of the glue's import
// object, and the hashes do not compress. Measured on this app: 7 kB of the first load,
// gzipped. Binaryen's `--minify-imports` leaves modules other than `env` alone, so this
// script rewrites the import section itself: the format is small and stable (the
// WebAssembly core spec, "Import Section").
//
// Only imports from the glue (`./iscm-explorer_bg.js`) are renamed; those from the chunk
// loader, and the exports, keep their names. A name the glue does not hold exactly once
// stops the build: a renamed import with no matching key would only fail in the browser.

/** Reads an unsigned LEB128 number at `at`; returns it and the offset after it. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** The offset just after an import's description (its kind byte at `at`). */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (i) => {
    const flags = bytes[i++];
    [, i] = readLeb(bytes, i);
    if (flags & 1) [, i] = readLeb(bytes, i);
    return i;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(bytes, at)[1];
    case 1: // table: reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type index
      return readLeb(bytes, at + 1)[1];
    default:
      throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** `a`, `b`, … `Z`, `ba`, …: valid JS identifiers, shortest first. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  do {
    text += letters[index % letters.length];
    index = Math.floor(index / letters.length);
  } while (index);
  return text;
}

/**
 * Renames the imports of `wasm` that come from `module` in both `wasm` and `glue` (the
 * unminified wasm-bindgen JS); returns the new `{ wasm, glue }`.
 */
export function shortenImports(wasm, glue, module) {
  const renamed = new Map();
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    let size;
    [size, at] = readLeb(wasm, at);
    const end = at + size;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      at = end;
      continue;
    }
    const body = wasm.subarray(at, end);
    let [count, i] = readLeb(body, 0);
    const section = [leb(count)];
    for (; count > 0; count -= 1) {
      let length;
      [length, i] = readLeb(body, i);
      const from = body.subarray(i, i + length).toString('utf8');
      i += length;
      [length, i] = readLeb(body, i);
      let field = body.subarray(i, i + length).toString('utf8');
      i += length;
      const description = i;
      i = skipDescription(body, i);
      if (from === module) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        field = renamed.get(field);
      }
      section.push(name(from), name(field), body.subarray(description, i));
    }
    const content = Buffer.concat(section);
    parts.push(Buffer.from([2]), leb(content.length), content);
    at = end;
  }
  if (renamed.size === 0) throw new Error(`short-imports: the wasm imports nothing from ${module}`);

  // The keys of the glue's import object are plain identifiers: `name: function(…)`.
  for (const [from, to] of renamed) {
    const key = new RegExp(`(?<![\\w$])${from}(?=\\s*:)`, 'g');
    const found = glue.match(key)?.length ?? 0;
    const anywhere = glue.split(from).length - 1;
    if (found !== 1 || anywhere !== 1) {
      throw new Error(`short-imports: the glue names ${from} ${anywhere} times, not once as a key`);
    }
    glue = glue.replace(key, to);
  }
  return { wasm: Buffer.concat(parts), glue };
}
