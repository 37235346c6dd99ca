/**
 * A tiny project for testing the summary reporter: `summary-reporter.test.ts` runs vitest on one
 * of these fixtures at a time. `*.fixture.ts` matches none of the real projects' globs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('fixtures', import.meta.url)),
    include: ['*.fixture.ts'],
    reporters: [fileURLToPath(new URL('../summary-reporter.ts', import.meta.url))],
  },
});
