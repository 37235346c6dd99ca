import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldKeySummary, TestOutcome } from '../shared/messages';
import { ask } from './background';
import { TestAlert } from './TestAlert';

vi.mock('./background', () => ({ ask: vi.fn() }));

const selected: HeldKeySummary = {
  id: 'us:acme/PSVC001/blackfire-Shopping-Cart',
  serviceId: 'PSVC001',
  serviceName: 'Shopping Cart',
  integrationName: 'blackfire-Shopping-Cart',
  subdomain: 'acme',
  region: 'us',
  last4: '0001',
  isRuleset: false,
  capturedAt: 1,
  source: 'captured',
};
const outcome = (message: string): TestOutcome => ({ kind: 'accepted', message, severity: 'warning', at: 1, attempts: 1 });

function show(lastOutcome?: TestOutcome) {
  // Connected to the document: happy-dom toggles a checkbox on click only there.
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(<TestAlert selected={selected} lastOutcome={lastOutcome} />, root));
  const button = [...root.querySelectorAll('button')].find((b) => /test alert/i.test(b.textContent ?? ''));
  const status = () => root.querySelector('[role="status"]')?.textContent;
  return { root, button: button as HTMLButtonElement, status };
}

describe('TestAlert', () => {
  beforeEach(() => {
    vi.mocked(ask).mockReset();
    document.body.replaceChildren();
  });

  it('warns that on-call may be notified, and shows the stored outcome', () => {
    const { root, status } = show(outcome('PagerDuty accepted it earlier'));
    expect(root.textContent).toMatch(/on-call person may be notified/);
    expect(status()).toBe('PagerDuty accepted it earlier');
  });

  it.each([
    [false, 'warning'],
    [true, 'critical'],
  ] as const)('sends the selected key (alarm chosen: %s) as %s and shows the outcome', async (alarm, severity) => {
    vi.mocked(ask).mockResolvedValue({ ok: true, outcome: outcome('PagerDuty accepted the test alert') });
    const { root, button, status } = show();
    const checkbox = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(checkbox.closest('label')?.textContent).toMatch(/alarm/);
    if (alarm) await act(async () => checkbox.click());
    await act(async () => button.click());
    expect(ask).toHaveBeenCalledWith({ type: 'popup/send-test', id: selected.id, severity });
    expect(status()).toBe('PagerDuty accepted the test alert');
  });

  it('says so when the background does not answer', async () => {
    vi.mocked(ask).mockImplementation(async () => {
      throw new Error('Could not establish connection');
    });
    const { button, status } = show();
    await act(async () => button.click());
    expect(status()).toMatch(/did not answer/);
    expect(button.disabled).toBe(false);
  });
});
