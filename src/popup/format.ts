/** Small display helpers for held keys. */
import type { HeldKeySummary } from '../shared/messages';

export const maskedKey = (key: HeldKeySummary) => `••••••••${key.last4}`;

export const regionLabel = (key: HeldKeySummary) => key.region.toUpperCase();

export function capturedWhen(at: number, now = Date.now()): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return new Date(at).toLocaleString();
}
