/**
 * The Idempotency-Key of an operation's submission, derived instead of drawn at random: the same
 * conversation, the same operation instance (an id stored when the operation begins) and the same
 * confirmed content always give the same key. So a retry files at most once even when the turn
 * that would have stored a random key failed to save, and 修正 back to content that already
 * reached the core replays that registration instead of filing it again. Different content gives
 * a different key (the core refuses a key reused for other content). After an unknown outcome the
 * dialog keeps that attempt's key instead (unsettledSubmission.ts), so 修正 cannot file twice either.
 */
import { createHash } from 'node:crypto';

export interface KeyParts {
  conversationId: string;
  /** Created once when the operation begins and kept in its state (also while parked). */
  instanceId: string;
  operationId: string;
  facilityId: string;
  slots: Record<string, unknown>;
  /**
   * Registrations of this instance already found in the core (0 or absent at first, so keys stay
   * as they were): registering corrected values after one gets a key of its own.
   */
  correctionRound?: number;
}

export function operationIdempotencyKey(parts: KeyParts): string {
  return `op-${createHash('sha256').update(stableJson(parts)).digest('hex').slice(0, 48)}`;
}

/** JSON with object keys sorted, so the order slots were filled in does not change the key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
