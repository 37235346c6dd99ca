/**
 * Vitest global setup for the e2e project: bundles the fixture apps that use real frameworks
 * (React from npm) into test/e2e/fixtures/assets, which the fixture world serves at
 * /fixture-assets/ on every host. Built at test time, so the bundles are never committed.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const APPS = {
  'settings-app': 'blackfire/app/settings-app.tsx',
  'integrations-accordion': 'pagerduty/app/integrations-accordion.tsx',
};

export default async function bundleFixtureApps(): Promise<void> {
  for (const [name, entry] of Object.entries(APPS)) {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: FIXTURES,
      // React's production build, what real consoles run (vitest's NODE_ENV would pick the dev JSX runtime).
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
      build: {
        outDir: `${FIXTURES}assets`,
        emptyOutDir: false,
        lib: { entry: FIXTURES + entry, formats: ['iife'], name: name.replace(/-/g, '_'), fileName: () => `${name}.bundle.js` },
      },
    });
  }
}
