/**
 * A submission whose outcome is unknown, and how the next one finds out what happened to it.
 *
 * After a 5xx, a timeout or a reset the core may or may not have done the work. The key of that
 * submission is then kept for every later submission of the same operation instance, whatever its
 * content (修正 included), because the core's Idempotency-Key contract answers the question
 * atomically (the reference core serialises calls per key):
 * - the same key with the same request replays the stored result, or does the work once;
 * - the same key with a different request is refused with 422 `idempotency-key-reused` and does
 *   nothing when a result is stored under the key, and does the work when none is.
 * So a corrected submission either registers the new content (the earlier attempt had not taken
 * effect) or is refused as "key used" (it had), and never adds a second record. Which of the contents
 * sent under the key was registered is then found by replaying each: only the stored one replays,
 * the others are refused again, and nothing is done twice.
 *
 * A derived key (idempotencyKey.ts) alone only covers identical content: 修正 to other values would
 * get a fresh key and the core would file a second record.
 */
import { CoreSystemError } from '../../ports/coreSystem';
import { stableJson } from './idempotencyKey';

/** Persisted in the operation's state (JSON only): survives あとで, 再開 and restarts. */
export interface UnsettledSubmission<TSlots> {
  /** The key every later submission of this instance reuses. */
  key: string;
  /** Every content sent under the key whose outcome is unknown, oldest first (no duplicates). */
  sent: Array<Partial<TSlots>>;
}

/** The core may have done the work: the answer was lost (5xx, 429, timeout, connection reset). */
export function isUnknownOutcome(error: CoreSystemError): boolean {
  return error.kind === 'unavailable' || error.kind === 'timeout';
}

/** The key already holds a result stored for another request: an earlier attempt took effect. */
export function isKeyAlreadyUsed(error: CoreSystemError): boolean {
  return error.code === 'idempotency-key-reused';
}

/** Remembers one more content sent under `key` with an unknown outcome. */
export function withUnknownAttempt<TSlots>(unsettled: UnsettledSubmission<TSlots> | undefined, key: string, slots: Partial<TSlots>): UnsettledSubmission<TSlots> {
  const sent = unsettled?.key === key ? unsettled.sent : [];
  const copy = JSON.parse(JSON.stringify(slots)) as Partial<TSlots>;
  const known = sent.some((earlier) => stableJson(earlier) === stableJson(copy));
  return { key, sent: known ? sent : [...sent, copy] };
}

export type RegisteredAttempt<TSlots, TResult> =
  /** `result` is the core's stored answer, replayed; absent when the replay itself failed. */
  | { found: true; slots: Partial<TSlots>; result?: TResult }
  | { found: false };

/**
 * Which content sent under the (now known to be used) key is the registered one: replays each,
 * newest first. A replay of the stored request returns the stored result without doing the work
 * again; any other is refused as "key used". When a replay fails otherwise (the core unreachable
 * again) and only one content was ever sent, that one is the registered one.
 */
export async function findRegisteredAttempt<TSlots, TResult>(
  unsettled: UnsettledSubmission<TSlots>,
  replay: (slots: Partial<TSlots>) => Promise<TResult>,
): Promise<RegisteredAttempt<TSlots, TResult>> {
  for (const slots of [...unsettled.sent].reverse()) {
    try {
      return { found: true, slots, result: await replay(slots) };
    } catch (error) {
      if (error instanceof CoreSystemError && isKeyAlreadyUsed(error)) continue;
      break;
    }
  }
  return unsettled.sent.length === 1 ? { found: true, slots: unsettled.sent[0] } : { found: false };
}
