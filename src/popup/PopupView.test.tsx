import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PopupState } from '../shared/messages';
import { PopupView } from './PopupView';
import { heldKey, outcome, popupState } from './test-states';
import type { PopupActions, StatusMessage } from './usePopup';

function fakeActions(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    addKey: vi.fn(async () => null),
    select: vi.fn(),
    forget: vi.fn(),
    reveal: vi.fn(async () => 'abcdefabcdefabcdefabcdefabcd1a2b'),
    copy: vi.fn(),
    setRemember: vi.fn(),
    fill: vi.fn(),
    sendTest: vi.fn(),
    openBlackfire: vi.fn(),
    reloadTab: vi.fn(),
    pick: vi.fn(),
    forgetLearned: vi.fn(),
    ...overrides,
  };
}

function show(state: PopupState, actions = fakeActions(), status: StatusMessage | null = null) {
  render(<PopupView state={state} status={status} busy={null} actions={actions} />);
  return actions;
}

const steps = () => within(screen.getByRole('list', { name: 'Setup steps' })).getAllByRole('listitem');

describe('popup with no key', () => {
  it('shows the first step as the current one, with a link to PagerDuty', () => {
    show(popupState());
    expect(steps()[0]).toHaveTextContent('(to do)');
    expect(steps()[0]).toHaveTextContent('Integrations tab');
    expect(screen.getByRole('link', { name: 'Open PagerDuty services' })).toHaveAttribute(
      'href',
      'https://app.pagerduty.com/services',
    );
    expect(screen.getByText('No key held yet.')).toBeInTheDocument();
  });

  it('disables Fill and Send test alert', () => {
    show(popupState());
    expect(screen.getByRole('button', { name: /fill/i })).toBeDisabled();
    expect(screen.getByRole('button', { name: /test alert/i })).toBeDisabled();
  });

  it('offers to open Blackfire when no channel form is open', async () => {
    const actions = show(popupState());
    await userEvent.click(screen.getByRole('button', { name: 'Open Blackfire' }));
    expect(actions.openBlackfire).toHaveBeenCalled();
  });
});

describe('popup with one key', () => {
  const key = heldKey();
  const state = popupState({ keys: [key], selectedKeyId: key.id });

  it('shows the service, region and the key masked to its last 4 characters', () => {
    show(state);
    const radio = screen.getByRole('radio', { name: /Shopping Cart/ });
    expect(radio).toBeChecked();
    expect(screen.getByText('US')).toBeInTheDocument();
    expect(screen.getByLabelText('Integration Key ending in 1a2b')).toHaveTextContent('••••••••1a2b');
    expect(document.body).not.toHaveTextContent('abcdefabcdef');
  });

  it('links step 1 to the captured service\'s integrations page', () => {
    show(state);
    expect(steps()[0]).toHaveTextContent('(done)');
    expect(screen.getByRole('link', { name: 'Open its integrations' })).toHaveAttribute(
      'href',
      'https://acme.pagerduty.com/services/PABC123/integrations',
    );
  });

  it('links an EU key to the EU console', () => {
    const eu = heldKey({ region: 'eu' });
    show(popupState({ keys: [eu], selectedKeyId: eu.id }));
    expect(screen.getByText('EU')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open its integrations' })).toHaveAttribute(
      'href',
      'https://acme.eu.pagerduty.com/services/PABC123/integrations',
    );
  });

  it('reveals the full key on request, and hides it again', async () => {
    const actions = show(state);
    await userEvent.click(screen.getByRole('button', { name: 'Reveal the key of Shopping Cart' }));
    expect(actions.reveal).toHaveBeenCalledWith(key.id);
    expect(await screen.findByText('abcdefabcdefabcdefabcdefabcd1a2b')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hide the key of Shopping Cart' }));
    expect(screen.queryByText('abcdefabcdefabcdefabcdefabcd1a2b')).not.toBeInTheDocument();
  });

  it('copies and forgets by key', async () => {
    const actions = show(state);
    await userEvent.click(screen.getByRole('button', { name: /copy/i }));
    await userEvent.click(screen.getByRole('button', { name: /forget/i }));
    expect(actions.copy).toHaveBeenCalledWith(key.id);
    expect(actions.forget).toHaveBeenCalledWith(key.id);
  });

  it('sends a warning test by default and a critical one when alarm is chosen', async () => {
    const actions = show(state);
    expect(screen.getByText(/on-call person may be notified/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /test alert/i }));
    await userEvent.click(screen.getByRole('checkbox', { name: /alarm/i }));
    await userEvent.click(screen.getByRole('button', { name: /test alert/i }));
    expect(actions.sendTest).toHaveBeenNthCalledWith(1, 'warning');
    expect(actions.sendTest).toHaveBeenNthCalledWith(2, 'critical');
  });

  it('fills the detected Blackfire form', async () => {
    const actions = show(popupState({ ...state, formAvailable: true }));
    expect(screen.queryByRole('button', { name: 'Open Blackfire' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /fill/i }));
    expect(actions.fill).toHaveBeenCalled();
  });

  const filled = { ok: true, message: 'Filled the Integration Key.', channelName: 'PagerDuty – Shopping Cart', environment: 'shop', at: 0, saved: false };

  it('says after a fill that the channel is filled but not saved yet: the step is not done', () => {
    show(popupState({ ...state, lastFill: filled }));
    expect(steps()[1]).toHaveTextContent('(filled, not saved yet)');
    expect(steps()[1]).toHaveTextContent('The channel “PagerDuty – Shopping Cart” is filled but not saved yet');
  });

  it("marks step 2 done once Blackfire's channel list showed the channel", () => {
    show(popupState({ ...state, lastFill: { ...filled, saved: true } }));
    expect(steps()[1]).toHaveTextContent('(done)');
    expect(steps()[2]).toHaveTextContent('(to do)');
    expect(steps()[2]).toHaveTextContent('Proves that alerts reach PagerDuty');
  });

  it('notes a ruleset key', () => {
    const ruleset = heldKey({ isRuleset: true, last4: 'R999' });
    show(popupState({ keys: [ruleset], selectedKeyId: ruleset.id }));
    expect(screen.getByText(/ruleset \(R…\) key/)).toBeInTheDocument();
  });
});

describe('popup with several keys', () => {
  const shop = heldKey();
  const checkout = heldKey({ id: 'eu:acme/PXYZ789/blackfire-Checkout', serviceName: 'Checkout', region: 'eu', last4: '9z9z' });

  it('lists them all and selects another by its service name', async () => {
    const actions = show(popupState({ keys: [shop, checkout], selectedKeyId: shop.id }));
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    await userEvent.click(screen.getByRole('radio', { name: /Checkout/ }));
    expect(actions.select).toHaveBeenCalledWith(checkout.id);
  });
});

describe('outcomes in the status region', () => {
  const key = heldKey();
  it.each([
    ['accepted', 'PagerDuty accepted the test alert, and it was resolved.'],
    ['rejected', 'PagerDuty rejected the event: Invalid routing key.'],
    ['rate-limited', 'PagerDuty kept answering with its rate limit.'],
    ['unavailable', 'PagerDuty is unavailable (HTTP 500) after 3 attempts.'],
    ['timed-out', 'PagerDuty did not answer within 10 seconds.'],
    ['network-unreachable', 'The network could not be reached.'],
  ] as const)('shows the stored %s outcome when reopened', (kind, message) => {
    show(popupState({ keys: [key], selectedKeyId: key.id, outcomes: { [key.id]: outcome(kind, message) } }));
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(steps()[2]).toHaveTextContent(kind === 'accepted' ? '(done)' : '(to do)');
  });

  it('prefers the newest action\'s message over the stored outcome', () => {
    show(
      popupState({ keys: [key], selectedKeyId: key.id, outcomes: { [key.id]: outcome('accepted', 'old') } }),
      fakeActions(),
      { text: 'Key copied to the clipboard.', tone: 'success' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Key copied to the clipboard.');
  });
});

describe('pasting a key', () => {
  it('shows the validation message inline and keeps the input', async () => {
    const actions = show(popupState(), fakeActions({ addKey: vi.fn(async () => 'An Integration Key has 32 characters; this has 31.') }));
    const field = screen.getByRole('textbox', { name: 'Integration Key' });
    await userEvent.type(field, 'x'.repeat(31) + '{Enter}');
    expect(actions.addKey).toHaveBeenCalledWith('x'.repeat(31));
    expect(field).toHaveAccessibleDescription('An Integration Key has 32 characters; this has 31.');
    expect(field).toHaveValue('x'.repeat(31));
  });

  it('clears the field once the key is added', async () => {
    show(popupState());
    const field = screen.getByRole('textbox', { name: 'Integration Key' });
    await userEvent.type(field, 'k'.repeat(32));
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }));
    expect(field).toHaveValue('');
  });
});

describe('never a dead end', () => {
  it.each([
    ['a PagerDuty service page', 'pagerduty', 'service-integrations', /No Integration Key was recognised on this service page/],
    ['another PagerDuty page', 'pagerduty', 'other', /not a service\. Open Services → your service → Integrations/],
    ['a Blackfire page', 'blackfire', 'other', /No PagerDuty channel form was recognised/],
  ] as const)('says what to do on %s where nothing was recognised, and points to the guide', (_where, consoleName, page, text) => {
    show(popupState({ activePage: { console: consoleName, page, recognised: false } }));
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Blackfire's guide" })).toBeInTheDocument();
  });

  it('says nothing when the page was recognised', () => {
    show(popupState({ activePage: { console: 'pagerduty', page: 'service-integrations', recognised: true } }));
    expect(screen.queryByText(/was recognised/)).not.toBeInTheDocument();
  });
});

describe('pick mode', () => {
  it.each([
    ['a Blackfire page', 'blackfire', 'other', 'Pick the key field on the page'],
    ['a PagerDuty service page', 'pagerduty', 'service-integrations', 'Pick the key on the page'],
  ] as const)('is offered on %s where nothing was recognised, and starts on request', async (_where, consoleName, page, label) => {
    const actions = show(popupState({ activePage: { console: consoleName, page, recognised: false } }));
    await userEvent.click(screen.getByRole('button', { name: label }));
    expect(actions.pick).toHaveBeenCalled();
  });

  it('is not offered where there is no key to pick (not a service), nor where the page was recognised', () => {
    show(popupState({ activePage: { console: 'pagerduty', page: 'other', recognised: false } }));
    expect(screen.queryByRole('button', { name: /pick/i })).toBeNull();
    cleanup();
    show(popupState({ activePage: { console: 'blackfire', page: 'channel-form', recognised: true } }));
    expect(screen.queryByRole('button', { name: /pick/i })).toBeNull();
  });
});

describe('learned fields', () => {
  const routingCode = { label: 'Routing code', ariaLabel: '', placeholder: '', name: 'destination[code]', id: 'routing-code', heading: 'New alert destination' };
  const learned = [
    { id: 'l1', console: 'blackfire' as const, description: routingCode, at: 1 },
    { id: 'l2', console: 'pagerduty' as const, description: { ...routingCode, label: '', heading: '', name: 'routing_key' }, at: 0 },
  ];

  it('lists each learned field by what the page calls it, and forgets one on request', async () => {
    const actions = show(popupState({ learned }));
    const items = within(screen.getByRole('region', { name: 'Learned fields' })).getAllByRole('listitem');
    expect(items.map((item) => item.firstChild?.textContent)).toEqual([
      'Blackfire: “Routing code” in “New alert destination”',
      'PagerDuty: the field routing_key',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Forget PagerDuty: the field routing_key' }));
    expect(actions.forgetLearned).toHaveBeenCalledWith('l2');
  });

  it('shows no list when nothing was learned', () => {
    show(popupState());
    expect(screen.queryByRole('region', { name: 'Learned fields' })).toBeNull();
  });
});

describe('remember keys', () => {
  it('is off by default and reports the choice', async () => {
    const actions = show(popupState());
    const toggle = screen.getByRole('checkbox', { name: /Remember/ });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(actions.setRemember).toHaveBeenCalledWith(true);
  });
});

describe('popup telling held keys apart', () => {
  const cart = heldKey();
  const search = heldKey({ id: 'us:globex/PDEF456/blackfire-Search', serviceName: 'Search', subdomain: 'globex', capturedAt: cart.capturedAt + 1 });

  it("shows each key by its label, with its account and integration", () => {
    const staging = heldKey({ id: 'staging', label: 'Shopping Cart – Blackfire staging', integrationName: 'Blackfire staging' });
    show(popupState({ keys: [cart, staging], selectedKeyId: cart.id }));
    expect(screen.getByRole('radio', { name: /Shopping Cart – Blackfire staging/ })).toBeInTheDocument();
    expect(screen.getByText(/account acme · Blackfire staging/)).toBeInTheDocument();
  });

  it('says which key a capture in another tab made the selected one', () => {
    show(popupState({ keys: [search, cart], selectedKeyId: search.id, switchedTo: search.id }));
    expect(screen.getByRole('note')).toHaveTextContent(/Now using the key of Search \(account globex\), captured/);
  });

  it('says nothing of a switch once the person chose, or with a single key', () => {
    show(popupState({ keys: [search, cart], selectedKeyId: search.id, switchedTo: null }));
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('popup over a console tab the extension never saw', () => {
  it('says to reload the tab, and reloads it on request', async () => {
    const actions = show(popupState({ unreportedConsole: 'blackfire' }));
    expect(screen.getByText(/This Blackfire tab was open before the extension was installed or updated/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload this tab' }));
    expect(actions.reloadTab).toHaveBeenCalled();
  });
});
