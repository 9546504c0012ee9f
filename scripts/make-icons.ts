/**
 * Draws the Jejak toolbar and store icons: the footprint mark from
 * components/FootprintMark.tsx, white on a teal rounded square so it reads on
 * light and dark toolbars alike. Rasterised by headless Chromium, so each size
 * is rendered from the vector (not scaled down from a large PNG) and small
 * sizes stay crisp.
 *
 *   npx tsx scripts/make-icons.ts [chromium-path]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { FOOTPRINTS, SOLE_PATH } from '../components/footprint';

const SIZES = [16, 32, 48, 96, 128];
const OUT_DIR = resolve(import.meta.dirname, '../public/icon');
const BACKGROUND = '#0c6b66';

/** The icon on a 32-unit grid. The background fills the canvas at small sizes,
 * where every pixel counts, and leaves the store's customary margin at 96+. */
export function iconSvg(size: number): string {
  const inset = size >= 96 ? 2 : 0;
  const radius = size >= 48 ? 7 : 6;
  const paths = FOOTPRINTS.map((transform) => `<path d="${SOLE_PATH}" transform="${transform}" fill="#fff"/>`).join('');
  // The prints are drawn on the full 32 grid; shrink them a little inside the square.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">
<rect x="${inset}" y="${inset}" width="${32 - 2 * inset}" height="${32 - 2 * inset}" rx="${radius}" fill="${BACKGROUND}"/>
<g transform="translate(16 16) scale(${size >= 96 ? 0.8 : size >= 48 ? 0.92 : 1}) translate(-16 -16)">${paths}</g>
</svg>`;
}

async function main(): Promise<void> {
  const executablePath = process.argv[2] ?? '/usr/bin/chromium';
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(resolve(import.meta.dirname, '../assets/icon.svg'), iconSvg(128) + '\n');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      await writeFile(resolve(OUT_DIR, `${size}.png`), png);
      console.log(`icon/${size}.png  ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await main();
