/**
 * The popup's type scale as each browser really renders it: the browsers' own stylesheets for
 * extension pages (Chrome's sets body's font to 75%) are part of what people see.
 */
import { expect, it } from 'vitest';
import { seedKeys, testKey } from './harness/extension-state';
import { describeInBrowsers } from './harness/scenario';

/** popup.css's scale: title, body, small, tiny. */
const SCALE = [15, 13, 12, 11];

describeInBrowsers('the popup type scale', (scenario) => {
  it('sizes every text from its scale, with no step detail larger than its heading', async () => {
    const { browser, openPopup } = scenario();
    await seedKeys(browser, [testKey()]);
    const popup = await openPopup();
    await popup.waitForSelector('.step .detail');
    const sizes = await popup.evaluate(() => {
      const px = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
      const texts = [...document.querySelectorAll('main *')].filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
      );
      const steps = [...document.querySelectorAll('.step')].map((step) => ({
        heading: px(step.querySelector('strong') as Element),
        detail: step.querySelector('.detail') ? px(step.querySelector('.detail') as Element) : 0,
      }));
      return { used: [...new Set(texts.map(px))], steps };
    });
    for (const size of sizes.used) expect(SCALE).toContain(size);
    for (const { heading, detail } of sizes.steps) expect(detail).toBeLessThanOrEqual(heading);
    expect(sizes.steps.some(({ detail }) => detail > 0)).toBe(true);
  });
});
