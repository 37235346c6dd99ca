import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

/** The two builds differ only in their manifest; `manifest.json` is the one source. */
export type Target = 'chrome' | 'firefox';

/**
 * Firefox's add-on id. It can never change once the add-on is published: AMO, updates and
 * people's stored keys (`storage.local` is per id) all hang on it.
 */
const GECKO_ID = 'blackfire-pagerduty-helper@setup-helper.addons';

export function manifestFor(target: Target) {
  // package.json holds the one version: the stores' version and the package names follow it.
  const manifest = { ...baseManifest, version: packageJson.version };
  if (target === 'chrome') return manifest;
  const { service_worker, ...background } = manifest.background;
  return {
    ...manifest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 is the ESR that has storage.session and data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target) as never,
      browser: target,
      // Self-contained IIFEs: no loader script and no web_accessible_resources (and a MAIN-world
      // script could not use the extension's loader anyway).
      contentScripts: { standaloneFiles: ['src/content/pagerduty/main.ts', 'src/content/blackfire/main.ts', 'src/content/pagerduty/page-world.ts'] },
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // Minified: the content scripts load on every console page. Store reviewers read the
    // source archive that `npm run package` makes next to the zips, and rebuild from it.
    minify: true,
    sourcemap: false,
  },
});
