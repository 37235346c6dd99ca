/**
 * Audits what the builds ask the browser for. A change that widens permissions, exposes files
 * to pages, loosens the CSP or splits the content script fails here, in both builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir } from '../e2e/harness/build-output';

const TARGETS = ['chrome', 'firefox'] as const;
const CONSOLE_MATCHES = ['https://*.pagerduty.com/*', 'https://blackfire.io/*', 'https://app.blackfire.io/*'];

function manifestOf(target: (typeof TARGETS)[number]) {
  return JSON.parse(readFileSync(join(buildDir(target), 'manifest.json'), 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each(TARGETS)('the %s build', (target) => {
  const manifest = manifestOf(target);

  it("asks only for storage, and host access only to PagerDuty's Events API and REST API hosts", () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual([
      'https://events.pagerduty.com/*',
      'https://events.eu.pagerduty.com/*',
      'https://api.pagerduty.com/*',
      'https://api.eu.pagerduty.com/*',
    ]);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('injects one self-contained content script on the consoles only', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script.matches).toEqual(CONSOLE_MATCHES);
    expect(script.all_frames).toBeUndefined();
    expect(script.js).toHaveLength(1);
    const code = readFileSync(join(buildDir(target), script.js[0]), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|getURL\(/m);
  });

  it('exposes no files to web pages and accepts no messages from other extensions or sites', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the default content security policy', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('ships no HTML-string or eval sinks in its content script, and loads no remote code', () => {
    const files = filesUnder(buildDir(target)).filter((file) => /\.(js|html)$/.test(file));
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
    const contentScript = readFileSync(join(buildDir(target), manifest.content_scripts[0].js[0]), 'utf8');
    expect(contentScript).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('browser-specific manifest fields', () => {
  it('runs a service worker in Chrome', () => {
    const { background, browser_specific_settings } = manifestOf('chrome');
    expect(background.service_worker).toMatch(/\.js$/);
    expect(background.scripts).toBeUndefined();
    expect(browser_specific_settings).toBeUndefined();
  });

  it('runs background scripts in Firefox, with a gecko id, storage.session support and no data collection', () => {
    const { background, browser_specific_settings: settings } = manifestOf('firefox');
    expect(background.scripts).toHaveLength(1);
    expect(background.service_worker).toBeUndefined();
    expect(settings.gecko.id).toMatch(/@/);
    // storage.session arrived in Firefox 115; data_collection_permissions in 140.
    expect(Number.parseFloat(settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
