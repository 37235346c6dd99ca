/** Where the built extensions are, and what their manifests say. Tests run on the real build. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function buildDir(target: 'chrome' | 'firefox'): string {
  const dir = fileURLToPath(new URL(`../../../dist/${target}`, import.meta.url));
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No build in ${dir}: run \`npm run build\` first (\`npm test\` does).`);
  }
  return dir;
}

export function builtManifest(target: 'chrome' | 'firefox') {
  return JSON.parse(readFileSync(`${buildDir(target)}/manifest.json`, 'utf8')) as {
    action: { default_popup: string };
    [field: string]: unknown;
  };
}
