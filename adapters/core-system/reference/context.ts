/** What every rule needs: the store, "today" and the per-organisation serialisation. */
import type { Clock } from './clock';
import { todayInJapan } from './clock';
import type { CoreStore } from './coreStore';
import type { KeyedMutex } from './keyedMutex';

export interface CoreContext {
  store: CoreStore;
  clock: Clock;
  mutex: KeyedMutex;
}

export function today(ctx: CoreContext): string {
  return todayInJapan(ctx.clock);
}

export function nowIso(ctx: CoreContext): string {
  return ctx.clock.now().toISOString();
}
