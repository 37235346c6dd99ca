import { useState } from 'preact/hooks';

/** A field for a pasted key or Integration URL, with the parser's message shown inline. */
export function PasteKey({ onAdd }: { onAdd: (input: string) => Promise<string | null> }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = await onAdd(value);
    setError(problem);
    if (problem === null) setValue('');
  };
  return (
    <form class="paste" onSubmit={submit}>
      <label for="paste-key">Integration Key</label>
      <div class="row">
        <input
          id="paste-key"
          type="text"
          autocomplete="off"
          spellcheck={false}
          placeholder="32 characters, or the Integration URL"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? 'paste-error' : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit">Add key</button>
      </div>
      {error && (
        <p id="paste-error" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
