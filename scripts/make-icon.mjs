// Renders the extension icon (images/icon.png, 128x128, transparent corners) from the inline SVG
// below with the Debian Chromium through playwright-core. Re-run after changing the drawing:
//   node scripts/make-icon.mjs
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'images', 'icon.png');

// A note sheet with a rising progress line that ends on a goal target.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#1d6f6a"/>
  <rect x="22" y="18" width="66" height="88" rx="8" fill="#f4f1e8"/>
  <g stroke="#b9b3a3" stroke-width="4" stroke-linecap="round">
    <line x1="32" y1="34" x2="72" y2="34"/><line x1="32" y1="46" x2="64" y2="46"/>
  </g>
  <polyline points="32,92 46,78 58,84 76,62" fill="none" stroke="#1d6f6a" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
  <circle cx="92" cy="50" r="22" fill="#f2b134" stroke="#1d6f6a" stroke-width="4"/>
  <circle cx="92" cy="50" r="13" fill="#f4f1e8"/>
  <circle cx="92" cy="50" r="6" fill="#d9534f"/>
  <line x1="76" y1="62" x2="90" y2="52" stroke="#1d6f6a" stroke-width="6" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.GOALPLAN_CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  mkdirSync(dirname(out), { recursive: true });
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
