// Draws the toolbar and store icons (public/icon/16…128.png, which WXT puts in both manifests) from
// docs/icon/icon.svg with Debian's Chromium, transparent background. Run after changing the SVG:
//   npx tsx tools/make-icons.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('docs/icon/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`public/icon/{${SIZES.join(',')}}.png`);
