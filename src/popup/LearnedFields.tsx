import type { FieldDescription, LearnedField } from '../shared/messages';
import { CONSOLE_NAMES } from './PageHint';

/** A learned field as a person would name it: its caption (else its name or id), and its form's heading. */
export function learnedName({ label, ariaLabel, placeholder, name, id, heading }: FieldDescription): string {
  const caption = label || ariaLabel || placeholder;
  const field = caption ? `“${caption}”` : `the field ${name || `#${id}`}`;
  return heading ? `${field} in “${heading}”` : field;
}

interface LearnedFieldsProps {
  learned: LearnedField[];
  onForget(id: string): void;
}

/** The fields learned by picking, per console, each with Forget: the person can undo what was learned. */
export function LearnedFields({ learned, onForget }: LearnedFieldsProps) {
  if (learned.length === 0) return null;
  return (
    <section class="learned" aria-labelledby="learned-title">
      <h2 id="learned-title">Learned fields</h2>
      <ul>
        {learned.map((field) => {
          const name = `${CONSOLE_NAMES[field.console]}: ${learnedName(field.description)}`;
          return (
            <li key={field.id} class="row">
              <span>{name}</span>
              <button type="button" aria-label={`Forget ${name}`} onClick={() => onForget(field.id)}>
                Forget
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
