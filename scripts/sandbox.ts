/**
 * The fixture consoles and the Events API stand-in, with the built extension loaded in
 * Chromium: what `npm run demo` and the README screenshot start from. No account, no network.
 */
import bundleFixtureApps from '../test/e2e/harness/fixture-apps';
import { buildDir } from '../test/e2e/harness/build-output';
import type { BrowserSession } from '../test/e2e/harness/browser-session';
import { launchChromium } from '../test/e2e/harness/chromium';
import { startFixtureWorld, type FixtureWorld } from '../test/e2e/harness/fixture-world';
import { FIXTURE_ROUTES } from '../test/e2e/fixtures/routes';

/** A PagerDuty service's Blackfire.io integration, showing its Integration Key. */
export const SANDBOX_PAGERDUTY = 'https://acme.pagerduty.com/services/PCLASS1/integrations/PBF0001';

export interface Sandbox {
  world: FixtureWorld;
  browser: BrowserSession;
  close(): Promise<void>;
}

export async function startSandbox({ headed }: { headed: boolean }): Promise<Sandbox> {
  await bundleFixtureApps();
  const world = await startFixtureWorld(FIXTURE_ROUTES);
  const browser = await launchChromium({ proxyPort: world.proxyPort, extensionDir: buildDir('chrome'), headed });
  return {
    world,
    browser,
    async close() {
      await browser.close();
      await world.close();
    },
  };
}
