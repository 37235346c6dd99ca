import { useEffect, useState } from 'preact/hooks';
import type { RestServiceChoice, RestState } from '../shared/messages';
import type { RestActions, RestBusy } from './useRest';
import type { StatusMessage } from './usePopup';
import './rest.css';

export interface RestPanelProps {
  state: RestState;
  busy: RestBusy;
  message: StatusMessage | null;
  actions: RestActions;
}

/**
 * The REST API path: with a PagerDuty API key, pick a service and get its Blackfire.io
 * integration's key without opening PagerDuty. Folded away until used; open while connected.
 */
export function RestPanel({ state, busy, message, actions }: RestPanelProps) {
  return (
    <details class="rest" open={state.connected}>
      <summary>Or get the key with a PagerDuty API key</summary>
      {state.connected ? <Connected state={state} busy={busy} actions={actions} /> : <ConnectForm busy={busy} actions={actions} />}
      <p class={`rest-message ${message?.tone ?? ''}`} aria-live="polite">
        {message?.text ?? ''}
      </p>
    </details>
  );
}

function ConnectForm({ busy, actions }: { busy: RestBusy; actions: RestActions }) {
  const [apiKey, setApiKey] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    // Once connected the key is never shown again, not even in this field.
    if (await actions.connect(apiKey)) setApiKey('');
  };
  return (
    <form class="rest-form" onSubmit={submit}>
      <label for="rest-api-key">PagerDuty API key</label>
      <div class="row">
        <input
          id="rest-api-key"
          type="password"
          autocomplete="off"
          spellcheck={false}
          placeholder="20 characters"
          value={apiKey}
          onInput={(event) => setApiKey(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy !== null}>
          {busy === 'connect' ? 'Connecting…' : 'Connect'}
        </button>
      </div>
      <p class="detail">Kept only until the browser closes, sent only to PagerDuty's REST API. Nothing is created without your click.</p>
    </form>
  );
}

function Connected({ state, busy, actions }: { state: RestState; busy: RestBusy; actions: RestActions }) {
  const [query, setQuery] = useState(state.query);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = state.services.find((service) => service.id === chosenId);
  // A new listing without the chosen service unchooses it.
  useEffect(() => {
    if (chosenId !== null && !chosen) setChosenId(null);
  }, [state.services]);
  const search = (event: Event) => {
    event.preventDefault();
    actions.search(query);
  };
  return (
    <div class="rest-connected">
      <div class="row">
        <span>Connected to PagerDuty ({state.region?.toUpperCase()}).</span>
        <button type="button" onClick={actions.disconnect}>
          Disconnect
        </button>
      </div>
      <form class="row" role="search" onSubmit={search}>
        <label for="rest-service-search" class="visually-hidden">
          Search services
        </label>
        <input
          id="rest-service-search"
          type="search"
          placeholder="Search services"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy !== null}>
          {busy === 'search' ? 'Searching…' : 'Search'}
        </button>
      </form>
      <ServiceChoices services={state.services} chosenId={chosenId} onChoose={setChosenId} />
      {state.more && <p class="detail">More services than listed: narrow the search.</p>}
      <button type="button" class="primary" disabled={!chosen || busy !== null} onClick={() => chosen && actions.blackfireKey(chosen.id)}>
        {busy === 'key' ? 'Working…' : chosen?.blackfireIntegration ? 'Use its Blackfire.io integration' : 'Create Blackfire.io integration'}
      </button>
    </div>
  );
}

function ServiceChoices({ services, chosenId, onChoose }: { services: RestServiceChoice[]; chosenId: string | null; onChoose: (id: string) => void }) {
  if (services.length === 0) return <p class="detail">No service found.</p>;
  return (
    <fieldset class="rest-services">
      <legend class="visually-hidden">Services</legend>
      {services.map((service) => (
        <label key={service.id} class="inline">
          <input type="radio" name="rest-service" checked={service.id === chosenId} onChange={() => onChoose(service.id)} />
          {service.name}
        </label>
      ))}
    </fieldset>
  );
}
