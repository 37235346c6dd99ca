import { describe, expect, it } from 'vitest';
import { serialQueue } from './serial';

describe('serialQueue', () => {
  it('runs a task only after the one before it finished, so read-modify-writes never interleave', async () => {
    const inTurn = serialQueue();
    let stored = 0;
    const increment = () =>
      inTurn(async () => {
        const read = stored;
        await new Promise((resolve) => setTimeout(resolve, 5));
        stored = read + 1;
      });
    await Promise.all([increment(), increment(), increment()]);
    expect(stored).toBe(3);
  });

  it('keeps going after a task fails, and hands each caller its own result or error', async () => {
    const inTurn = serialQueue();
    const failed = inTurn(async () => Promise.reject(new Error('storage full')));
    const after = inTurn(async () => 'done');
    await expect(failed).rejects.toThrow('storage full');
    await expect(after).resolves.toBe('done');
  });
});
