import { useEffect, useState } from 'preact/hooks';
import type { HeldKeySummary, TestOutcome } from '../shared/messages';
import { capturedWhen, maskedKey, regionLabel } from './format';
import { testVerdict, VERDICT_LABEL } from './test-verdict';
import type { PopupActions } from './usePopup';

const REVEAL_MS = 10_000;

/** Where the key came from: its PagerDuty account and integration, or that it was pasted. */
function originOf(key: HeldKeySummary): string {
  if (key.source === 'pasted') return 'pasted';
  return [key.subdomain && `account ${key.subdomain}`, key.integrationName].filter(Boolean).join(' · ');
}

interface KeyListProps {
  keys: HeldKeySummary[];
  selectedId: string | null;
  outcomes: Record<string, TestOutcome>;
  actions: PopupActions;
}

export function KeyList({ keys, selectedId, outcomes, actions }: KeyListProps) {
  if (keys.length === 0) return <p class="empty">No key held yet.</p>;
  return (
    <fieldset class="keys">
      <legend>Held keys</legend>
      {keys.map((key) => (
        <KeyItem
          key={key.id}
          heldKey={key}
          selected={key.id === selectedId}
          outcome={outcomes[key.id]}
          actions={actions}
        />
      ))}
    </fieldset>
  );
}

interface KeyItemProps {
  heldKey: HeldKeySummary;
  selected: boolean;
  outcome: TestOutcome | undefined;
  actions: PopupActions;
}

function KeyItem({ heldKey, selected, outcome, actions }: KeyItemProps) {
  const [revealed, setRevealed] = useState<string | null>(null);
  useEffect(() => {
    if (revealed === null) return;
    const timer = setTimeout(() => setRevealed(null), REVEAL_MS);
    return () => clearTimeout(timer);
  }, [revealed]);
  const inputId = `key-${heldKey.id}`;
  const name = heldKey.label;
  return (
    <div class={selected ? 'key selected' : 'key'}>
      <input type="radio" name="selected-key" id={inputId} checked={selected} onChange={() => actions.select(heldKey.id)} />
      <label for={inputId}>
        <span class="service">{name}</span> <span class="region">{regionLabel(heldKey)}</span>
      </label>
      <p class="meta">
        {originOf(heldKey)} · {capturedWhen(heldKey.capturedAt)}
        {outcome && ` · ${VERDICT_LABEL[testVerdict(outcome)]}`}
      </p>
      {heldKey.isRuleset && <p class="note">A ruleset (R…) key: it takes alerts, but not change events.</p>}
      <div class="row">
        {revealed ? (
          <code class="secret">{revealed}</code>
        ) : (
          // Read as one phrase, not as eight bullets: an image of the key with a spoken name.
          <code class="secret" role="img" aria-label={`Integration Key ending in ${heldKey.last4}`}>
            {maskedKey(heldKey)}
          </code>
        )}
        <button type="button" aria-label={`Copy the key of ${name}`} onClick={() => actions.copy(heldKey.id)}>
          Copy
        </button>
        <button
          type="button"
          aria-label={revealed ? `Hide the key of ${name}` : `Reveal the key of ${name}`}
          onClick={() => (revealed ? setRevealed(null) : void actions.reveal(heldKey.id).then(setRevealed))}
        >
          {revealed ? 'Hide' : 'Reveal'}
        </button>
        <button type="button" aria-label={`Forget the key of ${name}`} onClick={() => actions.forget(heldKey.id)}>
          Forget
        </button>
      </div>
    </div>
  );
}
