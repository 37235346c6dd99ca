/** A learned field's description for unit tests: every part empty unless given. */
import type { FieldDescription } from '../../src/shared/messages';

export const described = (parts: Partial<FieldDescription>): FieldDescription => ({
  label: '',
  ariaLabel: '',
  placeholder: '',
  name: '',
  id: '',
  heading: '',
  ...parts,
});
