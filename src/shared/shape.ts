/**
 * Exact shape checks for messages crossing a context boundary. A message with a missing or an
 * extra field is not ours (or is an attack), so it is rejected rather than half-understood.
 */
export type Check = (value: unknown) => boolean;

const OPTIONAL = Symbol('optional');
type OptionalCheck = Check & { [OPTIONAL]: true };
export type ShapeSpec = Record<string, Check>;

export const isString: Check = (value) => typeof value === 'string';
export const isBoolean: Check = (value) => typeof value === 'boolean';
export const isFiniteNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
export const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (value) =>
    allowed.includes(value);
export const stringUpTo =
  (maxLength: number): Check =>
  (value) =>
    typeof value === 'string' && value.length <= maxLength;

export const arrayOf =
  (check: Check, maxLength: number): Check =>
  (value) =>
    Array.isArray(value) && value.length <= maxLength && value.every(check);

export function optional(check: Check): Check {
  const wrapped = ((value: unknown) => value === undefined || check(value)) as OptionalCheck;
  wrapped[OPTIONAL] = true;
  return wrapped;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An object with exactly these own keys (optional ones may be absent) and nothing else. */
export function exactShape(spec: ShapeSpec): Check {
  const keys = Object.keys(spec);
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (const key of Object.keys(value)) if (!Object.hasOwn(spec, key)) return false;
    return keys.every((key) => {
      const check = spec[key] as Check;
      const present = Object.hasOwn(value, key);
      return present ? check(value[key]) : OPTIONAL in check;
    });
  };
}
