/**
 * Sets up one scenario file: the fixture world and a browser with the built extension loaded.
 * The same scenarios run once per browser (`describeInBrowsers`); a failure names the browser.
 * Each test starts from a clean slate (the extension's storage empty, no tab another test opened
 * through `open`, nothing recorded or scripted in the fixture world), so that no test depends on
 * what another one did or left.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { FIXTURE_ROUTES } from '../fixtures/routes';
import { buildDir } from './build-output';
import type { BrowserName, BrowserSession } from './browser-session';
import { launchChromium } from './chromium';
import { clearExtensionState } from './extension-state';
import { launchFirefox } from './firefox';
import { startFixtureWorld, type FixtureWorld } from './fixture-world';

export interface Scenario {
  world: FixtureWorld;
  browser: BrowserSession;
  /** Opens a page that is closed after the test, pass or fail, so it cannot report, capture or attack into the next one. */
  open(url: string): Promise<Page>;
  /** The popup as a tab, closed after the test like `open`'s pages. */
  openPopup(): Promise<Page>;
}

const LAUNCHERS: Record<BrowserName, (world: FixtureWorld) => Promise<BrowserSession>> = {
  chromium: (world) => launchChromium({ proxyPort: world.proxyPort, extensionDir: buildDir('chrome') }),
  firefox: (world) => launchFirefox({ proxyPort: world.proxyPort, extensionDir: buildDir('firefox') }),
};

/** Every scenario runs in both browsers; E2E_BROWSERS=chromium (or firefox) narrows a local run. */
export const SCENARIO_BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

/** Runs `body` once per browser, each with its own fixture world and browser session. */
export function describeInBrowsers(title: string, body: (scenario: () => Scenario) => void): void {
  for (const browserName of SCENARIO_BROWSERS) {
    describe(`${title} [${browserName}]`, () => {
      let current: Scenario | undefined;
      const opened: Page[] = [];
      const closedAfterTest = (page: Page) => (opened.push(page), page);
      beforeAll(async () => {
        const world = await startFixtureWorld(FIXTURE_ROUTES);
        try {
          const browser = await LAUNCHERS[browserName](world);
          current = {
            world,
            browser,
            open: async (url) => closedAfterTest(await browser.openPage(url)),
            openPopup: async () => closedAfterTest(await browser.openPopup()),
          };
        } catch (error) {
          await world.close();
          throw error;
        }
      });
      beforeEach(async () => {
        current?.world.reset();
        if (current) await clearExtensionState(current.browser);
      });
      afterEach(async () => {
        await Promise.all(opened.splice(0).map((page) => page.close()));
      });
      afterAll(async () => {
        await current?.browser.close();
        await current?.world.close();
      });
      body(() => {
        if (!current) throw new Error('The scenario did not start');
        return current;
      });
    });
  }
}
