// @vitest-environment node
/**
 * The summary line CI reads must count every failure. Each case runs vitest for real, in a child
 * process, on one fixture of `test/summary-reporter/fixtures`, with only the summary reporter.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const VITEST = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const CONFIG = fileURLToPath(new URL('../summary-reporter/vitest.config.ts', import.meta.url));
/** Each case starts a whole vitest: allow for a busy machine. */
const CHILD_RUN_MS = 60_000;

function runFixtures(...filters: string[]): Promise<{ line: string; exitCode: number }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [VITEST, 'run', '--config', CONFIG, ...filters], (error, stdout) => {
      const line = stdout.split('\n').find((text) => text.startsWith('tests:')) ?? `no summary line in: ${stdout}`;
      resolve({ line, exitCode: error ? Number(error.code) : 0 });
    });
  });
}

describe('the summary reporter', () => {
  it('reports a clean run as clean', { timeout: CHILD_RUN_MS }, async () => {
    expect(await runFixtures('passes')).toEqual({ line: 'tests: 1 passed, 0 failed, 1 skipped', exitCode: 0 });
  });

  it('counts a failed test', { timeout: CHILD_RUN_MS }, async () => {
    expect(await runFixtures('fails-a-test')).toEqual({ line: 'tests: 1 passed, 1 failed', exitCode: 1 });
  });

  it('counts a test file that cannot load as a failure', { timeout: CHILD_RUN_MS }, async () => {
    expect(await runFixtures('cannot-load')).toEqual({ line: 'tests: 0 passed, 1 failed', exitCode: 1 });
  });

  it('counts a setup hook that throws as a failure, though its tests only show as skipped', { timeout: CHILD_RUN_MS }, async () => {
    expect(await runFixtures('fails-before-tests')).toEqual({ line: 'tests: 0 passed, 1 failed, 1 skipped', exitCode: 1 });
  });

  it('counts an unhandled error as a failure, though every test passed', { timeout: CHILD_RUN_MS }, async () => {
    expect(await runFixtures('unhandled-error')).toEqual({ line: 'tests: 1 passed, 1 failed', exitCode: 1 });
  });

  it('adds every kind of failure up in one run', { timeout: CHILD_RUN_MS }, async () => {
    expect(await runFixtures()).toEqual({ line: 'tests: 3 passed, 4 failed, 2 skipped', exitCode: 1 });
  });
});
