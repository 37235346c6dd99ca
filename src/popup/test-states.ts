/** Popup states for component tests: plain data, as the background would answer. */
import type { HeldKeySummary, PopupState, TestOutcome } from '../shared/messages';

export const NOW = Date.UTC(2026, 10, 28, 9, 0);

export function heldKey(overrides: Partial<HeldKeySummary> = {}): HeldKeySummary {
  return {
    id: 'us:acme/PABC123/blackfire-Shopping-Cart',
    label: overrides.serviceName ?? 'Shopping Cart',
    serviceId: 'PABC123',
    serviceName: 'Shopping Cart',
    integrationName: 'blackfire-Shopping-Cart',
    subdomain: 'acme',
    region: 'us',
    last4: '1a2b',
    isRuleset: false,
    capturedAt: NOW - 120_000,
    source: 'captured',
    ...overrides,
  };
}

export function popupState(overrides: Partial<PopupState> = {}): PopupState {
  return {
    keys: [],
    selectedKeyId: null,
    remember: false,
    outcomes: {},
    activePage: null,
    unreportedConsole: null,
    switchedTo: null,
    formAvailable: false,
    lastFill: null,
    learned: [],
    ...overrides,
  };
}

export function outcome(kind: TestOutcome['kind'], message: string): TestOutcome {
  return { kind, message, severity: 'warning', at: NOW, attempts: 1 };
}
