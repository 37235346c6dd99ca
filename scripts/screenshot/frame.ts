/**
 * Pages drawn for the store's pictures, built with DOM APIs in a blank tab (text as text, never
 * as HTML): a real screenshot framed on a calm background, and the promo tile.
 */
import type { Page } from 'puppeteer-core';

/** The calm backdrop both pages share. */
const BACKDROP = 'linear-gradient(160deg, #fdf6f1 0%, #eef1f5 100%)';
const INK = '#1d1f24';
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/** A picture at its natural size, centred under a title and a one-line caption, filling the viewport. */
export async function framePicture(
  page: Page,
  options: { size: { width: number; height: number }; picture: string; width: number; title: string; caption: string },
): Promise<void> {
  await page.setViewport({ ...options.size, deviceScaleFactor: 1 });
  await page.evaluate(
    ({ picture, width, title, caption, backdrop, ink, font }) => {
      const heading = Object.assign(document.createElement('h1'), { textContent: title });
      heading.style.cssText = 'margin: 0; font-size: 30px; font-weight: 650;';
      const line = Object.assign(document.createElement('p'), { textContent: caption });
      line.style.cssText = 'margin: 6px 0 28px; font-size: 18px; opacity: 0.75;';
      const image = Object.assign(document.createElement('img'), { src: picture, width, alt: '' });
      image.style.cssText = 'display: block; border-radius: 10px; box-shadow: 0 2px 6px #0002, 0 18px 48px #0002;';
      document.body.style.cssText = `margin: 0; height: 100vh; display: flex; flex-direction: column; align-items: center;
        justify-content: center; background: ${backdrop}; color: ${ink}; font-family: ${font};`;
      document.body.replaceChildren(heading, line, image);
      return image.decode();
    },
    { ...options, backdrop: BACKDROP, ink: INK, font: FONT },
  );
}

/** The store's small promo tile: the mark, a short kicker, the extension's name and a one-line claim. */
export async function drawPromoTile(
  page: Page,
  options: { mark: string; kicker: string; name: string; claim: string },
): Promise<void> {
  await page.setViewport({ width: 440, height: 280, deviceScaleFactor: 1 });
  await page.evaluate(
    ({ mark, kicker, name, claim, backdrop, ink, font }) => {
      const image = Object.assign(document.createElement('img'), { src: mark, width: 80, height: 80, alt: '' });
      const words = document.createElement('div');
      // No named helper function in here: tsx would wrap it in a `__name` call the page lacks.
      for (const [tag, content, css] of [
        ['p', kicker, 'margin: 0 0 6px; font-size: 12px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: #9a3412;'],
        ['h1', name, 'margin: 0; font-size: 22px; line-height: 1.15; font-weight: 700; white-space: nowrap;'],
        ['p', claim, 'margin: 10px 0 0; font-size: 14px; line-height: 1.4; opacity: 0.75; text-wrap: balance;'],
      ] as const) {
        const element = Object.assign(document.createElement(tag), { textContent: content });
        element.style.cssText = css;
        words.append(element);
      }
      document.body.style.cssText = `margin: 0; height: 100vh; box-sizing: border-box; padding: 0 26px; display: flex;
        align-items: center; gap: 20px; background: ${backdrop}; color: ${ink}; font-family: ${font};`;
      document.body.replaceChildren(image, words);
      return image.decode();
    },
    { ...options, backdrop: BACKDROP, ink: INK, font: FONT },
  );
}
