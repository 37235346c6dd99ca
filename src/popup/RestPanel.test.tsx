import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RestState } from '../shared/messages';
import { RestPanel } from './RestPanel';
import type { RestActions, RestBusy } from './useRest';
import type { StatusMessage } from './usePopup';

const API_KEY = 'y_NbAkKc66ryYTWUXYEu';
const disconnected: RestState = { connected: false, region: null, services: [], query: '', more: false };
const connected: RestState = {
  connected: true,
  region: 'eu',
  query: '',
  more: true,
  services: [
    { id: 'PSHOP01', name: 'Shopping Cart', blackfireIntegration: null },
    { id: 'PSRCH01', name: 'Search', blackfireIntegration: 'Profiling alerts' },
  ],
};

function fakeActions(overrides: Partial<RestActions> = {}): RestActions {
  return { connect: vi.fn(async () => true), disconnect: vi.fn(), search: vi.fn(), blackfireKey: vi.fn(), ...overrides };
}

function show(state: RestState, actions = fakeActions(), message: StatusMessage | null = null, busy: RestBusy = null) {
  const view = render(<RestPanel state={state} busy={busy} message={message} actions={actions} />);
  return { actions, view };
}

describe('not connected', () => {
  it('offers a password field named "PagerDuty API key" and Connect, folded away at first', async () => {
    show(disconnected);
    await userEvent.click(screen.getByText(/get the key with a PagerDuty API key/));
    const field = screen.getByLabelText(/API key/);
    expect(field).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: /connect/i })).toBeEnabled();
  });

  it('sends the key to Connect and then forgets it from the field', async () => {
    const { actions } = show(disconnected);
    await userEvent.click(screen.getByText(/get the key with a PagerDuty API key/));
    await userEvent.type(screen.getByLabelText(/API key/), API_KEY);
    await userEvent.click(screen.getByRole('button', { name: /connect/i }));
    expect(actions.connect).toHaveBeenCalledWith(API_KEY);
    expect(screen.getByLabelText(/API key/)).toHaveValue('');
  });

  it('keeps the field when Connect failed, with the message', async () => {
    const { actions } = show(disconnected, fakeActions({ connect: vi.fn(async () => false) }), { text: 'PagerDuty rejected this API key (401)', tone: 'error' });
    await userEvent.click(screen.getByText(/get the key with a PagerDuty API key/));
    await userEvent.type(screen.getByLabelText(/API key/), `${API_KEY}{Enter}`);
    expect(actions.connect).toHaveBeenCalled();
    expect(screen.getByLabelText(/API key/)).toHaveValue(API_KEY);
    expect(screen.getByText(/rejected this API key/)).toBeInTheDocument();
  });
});

describe('connected', () => {
  it('shows the region, never the key, and disconnects', async () => {
    const { actions } = show(connected);
    expect(screen.getByText('Connected to PagerDuty (EU).')).toBeInTheDocument();
    expect(screen.queryByLabelText(/API key/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /disconnect/i }));
    expect(actions.disconnect).toHaveBeenCalled();
  });

  it('searches services by the field named "service"', async () => {
    const { actions } = show(connected);
    await userEvent.type(screen.getByRole('searchbox', { name: /service/i }), 'cart{Enter}');
    expect(actions.search).toHaveBeenCalledWith('cart');
  });

  it('offers each service as a radio named after it, and says when more were left', () => {
    show(connected);
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Shopping Cart' })).not.toBeChecked();
    expect(screen.getByText(/narrow the search/)).toBeInTheDocument();
  });

  it('creates for the chosen service, or uses its existing Blackfire.io integration', async () => {
    const { actions } = show(connected);
    const button = () => screen.getByRole('button', { name: /blackfire\.io integration/i });
    expect(button()).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Shopping Cart' }));
    expect(button()).toHaveTextContent('Create Blackfire.io integration');
    await userEvent.click(button());
    expect(actions.blackfireKey).toHaveBeenCalledWith('PSHOP01');
    await userEvent.click(screen.getByRole('radio', { name: 'Search' }));
    expect(button()).toHaveTextContent('Use its Blackfire.io integration');
  });

  it('unchooses a service that a new search no longer lists', async () => {
    const { view } = show(connected);
    await userEvent.click(screen.getByRole('radio', { name: 'Search' }));
    view.rerender(<RestPanel state={{ ...connected, services: connected.services.slice(0, 1) }} busy={null} message={null} actions={fakeActions()} />);
    expect(screen.getByRole('button', { name: /blackfire\.io integration/i })).toBeDisabled();
  });
});
