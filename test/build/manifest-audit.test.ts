/**
 * Audits what the builds ask the browser for, and the stores' rules. A change that widens
 * permissions, exposes files to pages, loosens the CSP, lets one console's content script carry
 * the other's code, uses a browser feature newer than the minimum version or breaks a store rule
 * fails here, in both builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { NOT_CONSOLE_SUBDOMAINS } from '../../src/shared/consoles';
import { buildDir } from '../e2e/harness/build-output';

const TARGETS = ['chrome', 'firefox'] as const;
const PAGERDUTY_MATCHES = ['https://*.pagerduty.com/*'];
const BLACKFIRE_MATCHES = ['https://blackfire.io/*', 'https://app.blackfire.io/*'];
/** Each console's own messages to the background (src/shared/messages.ts): the other's script never sends them. */
const PAGERDUTY_ONLY = /pagerduty\/capture-key|Use for Blackfire/;
const BLACKFIRE_ONLY = /blackfire\/(held-keys|key-for-fill|fill-report)|content\/fill|Fill PagerDuty key/;
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

const ICON_SIZES = ['16', '32', '48', '128'];

/** A PNG's width and height, from its IHDR chunk (bytes 16 to 23). */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/**
 * Web platform features of recent Chrome versions, found in the built code by their names, with the
 * Chrome version that shipped them. `minimum_chrome_version` must cover every one the code uses.
 */
const CHROME_FEATURES: [pattern: RegExp, feature: string, since: number][] = [
  [/\bstructuredClone\(/, 'structuredClone', 98],
  [/\bstorage\.session\b/, 'storage.session', 102],
  [/currententrychange/, 'Navigation API', 102],
  [/\bcheckVisibility\(/, 'Element.checkVisibility', 105],
  [/\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy methods', 110],
  [/\bAbortSignal\.any\(/, 'AbortSignal.any', 116],
  [/\b(Object|Map)\.groupBy\(/, 'Object.groupBy', 117],
  [/\bPromise\.withResolvers\(/, 'Promise.withResolvers', 119],
  [/\bURL\.canParse\(/, 'URL.canParse', 120],
  [/\b(opacityProperty|visibilityProperty)\b/, "checkVisibility's opacityProperty and visibilityProperty", 121],
  [/\bArray\.fromAsync\(/, 'Array.fromAsync', 121],
  [/light-dark\(/, 'CSS light-dark()', 123],
  [/field-sizing\s*:/, 'CSS field-sizing', 123],
  [/\bURL\.parse\(/, 'URL.parse', 126],
  [/\bscheduler\.yield\(/, 'scheduler.yield', 129],
];

describe.each(TARGETS)('the %s build', (target) => {
  const manifest = manifestOf(target);

  // activeTab: the person's click on our button lets the popup see the URL of a console tab that
  // was open before the install (no warning at install; no access to any other tab).
  it("asks only for storage and activeTab, and host access only to PagerDuty's Events API and REST API hosts", () => {
    expect(manifest.permissions).toEqual(['storage', 'activeTab']);
    expect(manifest.host_permissions).toEqual([
      'https://events.pagerduty.com/*',
      'https://events.eu.pagerduty.com/*',
      'https://api.pagerduty.com/*',
      'https://api.eu.pagerduty.com/*',
    ]);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  const contentScripts: ContentScript[] = manifest.content_scripts;
  const codeOf = (script: ContentScript) => readFileSync(join(buildDir(target), script.js[0] ?? ''), 'utf8');

  const isolated = contentScripts.filter((script) => script.world !== 'MAIN');
  const scriptFor = (matches: string[]) => isolated.find((script) => script.matches.join() === matches.join());

  it('injects one self-contained content script per console, each in its isolated world and only on its console', () => {
    expect(isolated.map((script) => script.matches)).toEqual([PAGERDUTY_MATCHES, BLACKFIRE_MATCHES]);
    for (const script of isolated) {
      expect(script.world).toBeUndefined();
      expect(script.all_frames).toBeUndefined();
      expect(script.js).toHaveLength(1);
      expect(codeOf(script)).not.toMatch(SELF_LOADING);
    }
    // PagerDuty's own sites (www, support, the Events API…) are not consoles: the same list as consoleOf.
    const excluded = NOT_CONSOLE_SUBDOMAINS.flatMap((sub) => [`https://${sub}.pagerduty.com/*`, `https://${sub}.eu.pagerduty.com/*`]);
    expect([...(scriptFor(PAGERDUTY_MATCHES)?.exclude_matches ?? [])].sort()).toEqual(
      excluded.filter((match) => match !== 'https://eu.eu.pagerduty.com/*').sort(),
    );
    expect(scriptFor(BLACKFIRE_MATCHES)?.exclude_matches).toBeUndefined();
  });

  it("carries nothing of the other console's code in each console's script", () => {
    const pagerDuty = codeOf(scriptFor(PAGERDUTY_MATCHES) as ContentScript);
    const blackfire = codeOf(scriptFor(BLACKFIRE_MATCHES) as ContentScript);
    expect(pagerDuty).toMatch(PAGERDUTY_ONLY);
    expect(pagerDuty).not.toMatch(BLACKFIRE_ONLY);
    expect(blackfire).toMatch(BLACKFIRE_ONLY);
    expect(blackfire).not.toMatch(PAGERDUTY_ONLY);
  });

  it("runs one tiny page-world script on PagerDuty's consoles only: before the page's scripts, with no extension API", () => {
    const pageWorld = contentScripts.filter((script) => script.world === 'MAIN');
    expect(pageWorld).toHaveLength(1);
    const [script] = pageWorld as [ContentScript];
    expect(script.matches).toEqual(['https://*.pagerduty.com/*']);
    // Not on PagerDuty's own sites either: the same exclusions as PagerDuty's isolated script.
    expect(script.exclude_matches).toEqual(scriptFor(PAGERDUTY_MATCHES)?.exclude_matches);
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

describe.each(TARGETS)('the %s build, by the stores\' rules', (target) => {
  const manifest = manifestOf(target);

  it('carries the version of package.json', () => {
    expect(manifest.version).toBe(packageJson.version);
  });

  it('says in its name and description that it is not an official Blackfire or PagerDuty product', () => {
    // Firefox allows names of at most 45 characters, Chrome 75; both stores descriptions of 132.
    expect([...manifest.name].length).toBeLessThanOrEqual(45);
    expect([...manifest.description].length).toBeLessThanOrEqual(132);
    expect(manifest.name).toMatch(/\bunofficial\b/i);
    expect(manifest.description).toMatch(/\bunofficial\b.*not by Blackfire or PagerDuty/i);
  });

  it('has its icon at 16, 32, 48 and 128 pixels, for the toolbar too', () => {
    expect(Object.keys(manifest.icons)).toEqual(ICON_SIZES);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const [size, file] of Object.entries<string>(manifest.icons)) {
      expect(pngSize(join(buildDir(target), file)), file).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('the repository', () => {
  it('has a licence', () => {
    const licence = readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8');
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain('Copyright (c) 2026 the Blackfire → PagerDuty setup helper authors');
  });
});

describe('browser-specific manifest fields', () => {
  it('runs a service worker in Chrome', () => {
    const { background, browser_specific_settings } = manifestOf('chrome');
    expect(background.service_worker).toMatch(/\.js$/);
    expect(background.scripts).toBeUndefined();
    expect(browser_specific_settings).toBeUndefined();
  });

  // The minimum itself is the oldest Chromium the end-to-end suite has passed on (see README).
  it('asks for a Chrome that has every web platform feature the built code uses', () => {
    const minimum = Number(manifestOf('chrome').minimum_chrome_version);
    const code = filesUnder(buildDir('chrome'))
      .filter((file) => /\.(js|css|html)$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = CHROME_FEATURES.filter(([pattern]) => pattern.test(code));
    for (const [, feature, since] of used) expect(minimum, `${feature} needs Chrome ${since}`).toBeGreaterThanOrEqual(since);
  });

  it('runs background scripts in Firefox, with a gecko id, storage.session support and no data collection', () => {
    const { background, browser_specific_settings: settings } = manifestOf('firefox');
    expect(background.scripts).toHaveLength(1);
    expect(background.service_worker).toBeUndefined();
    // The id can never change once the add-on is published: changing it here is a new add-on.
    expect(settings.gecko.id).toBe('blackfire-pagerduty-helper@setup-helper.addons');
    // storage.session arrived in Firefox 115; data_collection_permissions in 140.
    expect(Number.parseFloat(settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
