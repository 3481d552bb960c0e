// Renders the app icons of the web app manifest (public/icons/icon-192.png and -512.png) from
// public/favicon.svg with headless Chromium. Run once after changing the favicon, and commit
// the PNGs (Chromium's install prompt wants PNG icons of these two sizes). Then, as the icon
// has a handful of flat colours, pngquant and optipng (Debian packages) shrink each PNG to
// about half with no visible change: the 192 px one is a link of index.html, so every kilobyte
// counts in the first load's budget (scripts/bench).
//
//   apt-get install pngquant optipng   # once
//   node scripts/render-icons.mjs
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const path = join(ROOT, 'public', 'icons', `icon-${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    execFileSync('pngquant', ['--quality=85-100', '--speed', '1', '--strip', '--force', '--output', path, path]);
    execFileSync('optipng', ['-quiet', '-o7', path]);
  }
} finally {
  await browser.close();
}
