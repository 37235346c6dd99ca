/**
 * What a page loads from the built extension, in gzip bytes: the entry files and everything they
 * pull in (a page's `<script src>` and `<link href>`, a module's static and dynamic imports).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const HTML_REFERENCE = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g;
/** `import … from "x"`, `import "x"`, `import("x")`, `export … from "x"` (the bundler's minified output included). */
const MODULE_REFERENCE = /\b(?:import|export)\s*(?:\(\s*|[\w${},*\s]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g;

/** A reference as a file in `root`: relative to the referring file, or root-relative (`/assets/…`). */
function resolveReference(root: string, from: string, reference: string): string | null {
  if (!/^\.{0,2}\//.test(reference)) return null; // a bare name or a URL: nothing the extension ships
  const file = reference.startsWith('/') ? resolve(root, `.${reference}`) : resolve(dirname(from), reference);
  if (!existsSync(file)) throw new Error(`${from} references ${reference}, which is not in ${root}`);
  return file;
}

/** The entry files and every file they load, each once. */
export function filesLoaded(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const pattern = file.endsWith('.html') ? HTML_REFERENCE : file.endsWith('.js') ? MODULE_REFERENCE : null;
    if (!pattern) return;
    for (const [, reference] of readFileSync(file, 'utf8').matchAll(pattern)) {
      const referenced = reference && resolveReference(root, file, reference);
      if (referenced) visit(referenced);
    }
  };
  for (const entry of entries) visit(resolve(root, entry));
  return [...seen];
}

/** The sum of each file's gzip size (each file is its own download). */
export function gzipBytes(files: readonly string[]): number {
  return files.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

interface BuiltManifest {
  content_scripts?: { matches: string[]; js?: string[] }[];
  action: { default_popup: string };
}

export const builtManifestOf = (root: string): BuiltManifest =>
  JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as BuiltManifest;

/**
 * Everything a page at `url` loads from the extension: the content scripts whose matches take it
 * (every world's) and their imports. `url` should be one no `exclude_matches` names.
 */
export function contentScriptFiles(root: string, url: string): string[] {
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(url);
  const scripts = builtManifestOf(root).content_scripts?.filter((script) => script.matches.some(matches)) ?? [];
  return filesLoaded(root, scripts.flatMap((script) => script.js ?? []));
}

/** Everything the popup page loads: its HTML, scripts, styles and their imports. */
export const popupFiles = (root: string): string[] => filesLoaded(root, [builtManifestOf(root).action.default_popup]);
