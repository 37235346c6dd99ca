// Store-ready packages: a zip per browser and, for Firefox's review, the source archive.
// Run through `npm run package`, which builds first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'web-ext-artifacts';
mkdirSync(out, { recursive: true });

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
for (const target of ['chrome', 'firefox']) {
  run('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', out,
    '--filename', `blackfire-pagerduty-helper-${target}-${version}.zip`, '--overwrite-dest']);
}
// Reviewers rebuild from this with `npm ci && npm run build` (README); it is what git tracks at HEAD.
run('git', ['archive', '--format=zip', `--output=${out}/blackfire-pagerduty-helper-source-${version}.zip`, 'HEAD']);
console.log(`\nPackages are in ${out}/`);
