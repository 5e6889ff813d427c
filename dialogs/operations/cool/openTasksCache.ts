/**
 * The welcome's open-task lines without holding up the conversation. The lookup takes several core
 * calls; the welcome turn runs it, and the user's first message waits behind that turn (turns of a
 * conversation run one after another). So:
 * - one lookup per user and day is shared by every conversation that opens at the same time, and
 *   its lines are reused for a short while (users open the chat several times in a row);
 * - the welcome waits for it only `waitMs`; a slower core leaves the lines out of that welcome
 *   (the lookup still finishes and fills the cache for the next one);
 * - `forget()` drops everything: a registration made through the bot changes what is open, and the
 *   next welcome must not repeat 「未登録」 (the composition root calls it on every core write).
 */
import type { IsoDate } from '../../ports/coreSystem';
import type { UserIdentity } from '../../ports/identity';

export interface OpenTasksCacheOptions {
  /** The real lookup (describeOpenTasks bound to the core); must not reject. */
  lookup: (user: UserIdentity | undefined, today: IsoDate) => Promise<string[]>;
  /** Today in Japan (the 希望量 period is by calendar day). */
  today: () => IsoDate;
  /** How long finished lines are reused. */
  ttlMs?: number;
  /** How long a welcome waits for the lookup before it goes without the lines. */
  waitMs?: number;
  now?: () => number;
}

interface Entry {
  lines: Promise<string[]>;
  /** When the lookup finished (undefined while it runs). */
  finishedAt?: number;
}

const DEFAULT_TTL_MS = 20_000;
const DEFAULT_WAIT_MS = 2_500;
/** Entries kept at most (one per user and day); the oldest go first. */
const MAX_ENTRIES = 1_000;

export class OpenTasksCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly waitMs: number;
  private readonly now: () => number;

  constructor(private readonly options: OpenTasksCacheOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
    this.now = options.now ?? Date.now;
  }

  /** The lines for this user's welcome: cached, shared with a running lookup, or none after waitMs. */
  async linesFor(user: UserIdentity | undefined): Promise<string[]> {
    // Only facility users have open tasks; the others need no lookup and no entry.
    if (!user || user.role !== 'facility') return this.options.lookup(user, this.options.today());
    const today = this.options.today();
    const key = `${user.id}\u0000${user.organizationId}\u0000${today}`;
    let entry = this.entries.get(key);
    if (entry?.finishedAt !== undefined && this.now() - entry.finishedAt > this.ttlMs) {
      this.entries.delete(key);
      entry = undefined;
    }
    if (!entry) entry = this.start(key, user, today);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string[]>((resolve) => {
      timer = setTimeout(() => resolve([]), this.waitMs);
      timer.unref?.();
    });
    try {
      return await Promise.race([entry.lines, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Drops every entry (something was registered; what is open may have changed). */
  forget(): void {
    this.entries.clear();
  }

  private start(key: string, user: UserIdentity, today: IsoDate): Entry {
    const entry: Entry = { lines: Promise.resolve([]) };
    entry.lines = this.options
      .lookup(user, today)
      .catch(() => [] as string[])
      .then((lines) => {
        // Not kept when forget() ran meanwhile: it may predate the write.
        if (this.entries.get(key) === entry) entry.finishedAt = this.now();
        return lines;
      });
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, entry);
    return entry;
  }
}
