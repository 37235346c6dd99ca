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
/** A script that loads other files (an ES import, or a loader reaching for its own files) is not self-contained. */
const SELF_LOADING = /\bimport\s*\(|^\s*import\s|getURL\(/m;

interface ContentScript {
  matches: string[];
  exclude_matches?: string[];
  js: string[];
  world?: 'MAIN' | 'ISOLATED';
  run_at?: string;
  all_frames?: boolean;
}

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

  it('asks only for storage, and host access only to the Events API hosts', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toEqual(['https://events.pagerduty.com/*', 'https://events.eu.pagerduty.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  const contentScripts: ContentScript[] = manifest.content_scripts;
  const codeOf = (script: ContentScript) => readFileSync(join(buildDir(target), script.js[0] ?? ''), 'utf8');

  it('injects one self-contained content script on the consoles only, in its isolated world', () => {
    const isolated = contentScripts.filter((script) => script.world !== 'MAIN');
    expect(isolated).toHaveLength(1);
    const [script] = isolated as [ContentScript];
    expect(script.world).toBeUndefined();
    expect(script.matches).toEqual(CONSOLE_MATCHES);
    expect(script.all_frames).toBeUndefined();
    expect(script.js).toHaveLength(1);
    expect(codeOf(script)).not.toMatch(SELF_LOADING);
  });

  it("runs one tiny page-world script on PagerDuty's consoles only: before the page's scripts, with no extension API", () => {
    const pageWorld = contentScripts.filter((script) => script.world === 'MAIN');
    expect(pageWorld).toHaveLength(1);
    const [script] = pageWorld as [ContentScript];
    expect(script.matches).toEqual(['https://*.pagerduty.com/*']);
    expect(script.exclude_matches).toEqual(['https://events.pagerduty.com/*', 'https://events.eu.pagerduty.com/*']);
    expect(script.run_at).toBe('document_start');
    expect(script.all_frames).toBeUndefined();
    expect(script.js).toHaveLength(1);
    const code = codeOf(script);
    expect(code).not.toMatch(SELF_LOADING);
    // The page's world must never see the extension: no API, no messages, nothing but the signal.
    expect(code).not.toMatch(/\bchrome\b|\bbrowser\b|postMessage|sendMessage|storage/);
    expect(Buffer.byteLength(code)).toBeLessThan(512);
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
    for (const script of contentScripts) {
      expect(codeOf(script)).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
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
