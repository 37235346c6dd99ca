/**
 * Ends a run with one plain line, `tests: N passed, M failed[, K skipped]`, for CI to read.
 * `failed` counts every failure, not only failed tests: a test file that cannot load, a hook or
 * code that throws outside any test (its tests then show as skipped), and errors nobody handled.
 * Vitest fails such runs too; the line must never say `0 failed` about them.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Errors raised outside tests: while loading the file, or in a module's or suite's hooks. */
function errorsOutsideTests(module: TestModule): number {
  let errors = module.errors().length;
  for (const suite of module.children.allSuites()) errors += suite.errors().length;
  return errors;
}

function countModule(module: TestModule): Counts {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const test of module.children.allTests()) {
    const { state } = test.result();
    counts[state === 'pending' ? 'skipped' : state] += 1;
  }
  counts.failed += errorsOutsideTests(module);
  // A file vitest calls failed is at least one failure, whatever it could tell us about why.
  if (module.state() === 'failed') counts.failed = Math.max(counts.failed, 1);
  return counts;
}

function summaryLine(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): string {
  const total = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const counts of testModules.map(countModule)) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
  return `tests: ${total.passed} passed, ${total.failed} failed${skipped}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    console.log(summaryLine(testModules, unhandledErrors));
  }
}
