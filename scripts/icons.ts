/**
 * Rasterises `icons/mark.svg` into the PNGs the manifest names, with headless Chromium (the
 * browser the tests use), so each size is drawn from the vector rather than scaled from a bitmap.
 * The PNGs are committed: building the extension (also a store reviewer's rebuild from source)
 * needs no browser. Run `npm run icons` after editing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../test/e2e/harness/chromium';

const ICON_SIZES = [16, 32, 48, 128] as const;
const SOURCE = 'icons/mark.svg';

const svgDataUrl = `data:image/svg+xml;base64,${readFileSync(SOURCE).toString('base64')}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, pipe: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(`<body style="margin:0"><img src="${svgDataUrl}" width="${size}" height="${size}" style="display:block">`);
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    writeFileSync(`icons/icon-${size}.png`, png);
    console.log(`Wrote icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
