/**
 * Idempotency-Key handling: the first successful result of (user, key) is stored through the
 * Repositories port (so it survives restarts) and replayed for every repeat; the same key with a
 * different request is refused. Calls with the same key are serialised, so a retry that arrives
 * while the first attempt is still running waits for it and replays it instead of running twice.
 * Refusals (4xx) are not stored: nothing was written, and the user may retry after fixing the cause.
 */
import { createHash } from 'node:crypto';
import type { UserIdentity } from '../../../dialogs/ports/identity';
import { type CoreContext, nowIso } from './context';
import { CoreRuleError } from './errors';
import { messages } from './messages';

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface StoredResult {
  status: number;
  body: unknown;
  replayed: boolean;
}

export async function withIdempotency(
  ctx: CoreContext, user: UserIdentity, key: string | undefined, operation: string, request: unknown, run: () => Promise<unknown>,
): Promise<StoredResult> {
  if (!key || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new CoreRuleError(400, 'idempotency-key-required', 'Idempotency-Key header required (1-200 visible ASCII characters)', messages.idempotencyKeyRequired);
  }
  const id = sha256(`${user.id}\n${key}`);
  const requestHash = sha256(`${operation}\n${JSON.stringify(request)}`);
  return ctx.mutex.run([`idempotency:${id}`], async () => {
    const existing = await ctx.store.idempotency.get(id);
    if (existing) {
      if (existing.requestHash !== requestHash) {
        throw new CoreRuleError(422, 'idempotency-key-reused', 'Idempotency-Key was used for a different request', messages.idempotencyKeyReused);
      }
      return { status: existing.status, body: existing.body, replayed: true };
    }
    const body = await run();
    await ctx.store.idempotency.put({ id, operation, requestHash, status: 200, body, createdAt: nowIso(ctx) });
    return { status: 200, body, replayed: false };
  });
}
