/**
 * Sets up one scenario file: the fixture world and a browser with the built extension loaded.
 * The same scenarios run once per browser (`describeInBrowsers`); a failure names the browser.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { FIXTURE_ROUTES } from '../fixtures/routes';
import { buildDir } from './build-output';
import type { BrowserName, BrowserSession } from './browser-session';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { startFixtureWorld, type FixtureWorld } from './fixture-world';

export interface Scenario {
  world: FixtureWorld;
  browser: BrowserSession;
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
      beforeAll(async () => {
        const world = await startFixtureWorld(FIXTURE_ROUTES);
        try {
          current = { world, browser: await LAUNCHERS[browserName](world) };
        } catch (error) {
          await world.close();
          throw error;
        }
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `probe` returns something truthy, or fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T> | T, timeoutMs = 5_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}
