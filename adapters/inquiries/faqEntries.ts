/**
 * "FAQにする": support staff turn a reply into a FAQ entry, and later edit or delete it. The entry
 * is written to the Repositories collection 'faqEntries' FIRST and only then (re)indexed or removed
 * in this instance's knowledge base, so the store is the source of truth. Every instance sharing
 * the store picks new, changed and deleted entries up by polling: every `pollIntervalMs` it asks
 * for entries whose `updatedAt` is later than the newest it has seen (minus a skew margin, because
 * instance clocks differ), and upserts (or, for a deleted one, removes) those whose `updatedAt`
 * is newer than the version it handled. A deletion is therefore a tombstone (`deletedAt`, a newer
 * `updatedAt`), never a removed document: a removed document would be invisible to that query.
 */
import type { KnowledgeBase, KnowledgeSection } from '../../dialogs/ports/knowledgeBase';
import type { Role } from '../../dialogs/ports/identity';
import type { Repositories } from '../../dialogs/ports/repositories';

export const FAQ_ENTRIES_COLLECTION = 'faqEntries';
export const DEFAULT_FAQ_POLL_MS = 5000;
/** Entries written by an instance whose clock is behind ours by up to this much are still found. */
const CLOCK_SKEW_MARGIN_MS = 2 * 60 * 1000;
const MAX_QUESTIONS = 20;

export interface FaqEntryRecord {
  /** `faq-support-<reference number lower-case>`; stable, so making the same FAQ again replaces it. */
  id: string;
  title: string;
  /** The answer, as markdown (raw HTML is never rendered by the knowledge renderer). */
  text: string;
  questions: string[];
  /** Empty = everyone. */
  roles: Role[];
  inquiryId?: string;
  createdBy: string;
  /** Absent on entries made before edits were possible. */
  createdAt?: string;
  /** Who saved the current version (display name); absent until the first edit. */
  updatedBy?: string;
  updatedAt: string;
  /** Set when support staff deleted the entry (a tombstone other instances learn from). */
  deletedAt?: string;
  deletedBy?: string;
}

/** What support staff give; the id and time stamp are set when it is stored. */
export type NewFaqEntry = Omit<FaqEntryRecord, 'id' | 'updatedAt' | 'createdAt' | 'updatedBy' | 'deletedAt' | 'deletedBy'>;

/** What an edit may change. */
export type FaqEntryChanges = Pick<FaqEntryRecord, 'title' | 'text' | 'questions' | 'roles'>;

/**
 * How an edit or deletion ended: `conflict` when the entry changed since the form was shown
 * (another staff member, another instance), `missing` when it does not exist or was deleted.
 */
export type FaqChangeResult = { status: 'saved'; entry: FaqEntryRecord } | { status: 'conflict' | 'missing' };

export const FAQ_ID_PATTERN = /^faq-support-[a-z0-9-]{1,100}$/;

export function faqIdFor(inquiryId: string): string {
  return `faq-support-${inquiryId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

export function sectionOf(entry: FaqEntryRecord): KnowledgeSection {
  return {
    id: entry.id,
    documentId: entry.id,
    type: 'faq',
    title: entry.title,
    text: entry.text,
    questions: entry.questions,
    roles: entry.roles,
    related: [],
    source: { type: 'faq', label: `よくある質問「${entry.title}」`, url: `/knowledge/${entry.id}` },
    updated: entry.updatedAt.slice(0, 10),
  };
}

/** Unique, trimmed, non-empty questions, the title first. */
export function faqQuestions(title: string, questions: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const question of [title, ...questions]) {
    const trimmed = question.replace(/\s+/g, ' ').trim();
    const key = trimmed.normalize('NFKC').toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out.slice(0, MAX_QUESTIONS);
}

export class FaqEntries {
  /** Entry id -> updatedAt of the version indexed (or removed) here. */
  private readonly indexed = new Map<string, string>();
  private newestSeen = '';
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;

  constructor(
    private readonly repositories: Repositories,
    private readonly knowledgeBase: KnowledgeBase,
    private readonly logger: { warn(details: object, message: string): void },
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get collection() {
    return this.repositories.collection<FaqEntryRecord>(FAQ_ENTRIES_COLLECTION);
  }

  /** Indexes every stored entry, then keeps polling for other instances' changes. */
  async start(pollIntervalMs = DEFAULT_FAQ_POLL_MS): Promise<void> {
    await this.repositories.ensureIndex(FAQ_ENTRIES_COLLECTION, 'updatedAt');
    await this.sync();
    if (pollIntervalMs > 0) {
      this.timer = setInterval(() => void this.sync(), pollIntervalMs);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Store first, then index: a crash in between is repaired by the next sync. */
  async save(entry: NewFaqEntry & { id: string }): Promise<FaqEntryRecord> {
    const previous = await this.collection.get(entry.id);
    const updatedAt = this.nextVersion(previous);
    const live = previous && !previous.deletedAt ? previous : undefined;
    const record: FaqEntryRecord = {
      ...entry,
      questions: faqQuestions(entry.title, entry.questions),
      createdAt: live?.createdAt ?? updatedAt,
      ...(live ? { updatedBy: entry.createdBy } : {}),
      ...(live ? { createdBy: live.createdBy } : {}),
      updatedAt,
    };
    await this.collection.put(record);
    await this.apply(record);
    return record;
  }

  /** The entry, deleted ones included (check `deletedAt`). */
  get(id: string): Promise<FaqEntryRecord | undefined> {
    return this.collection.get(id);
  }

  /** Entries not deleted, the most recently changed first. */
  async list(): Promise<FaqEntryRecord[]> {
    const all = await this.collection.find({}, { sort: { updatedAt: -1 } });
    return all.filter((entry) => !entry.deletedAt);
  }

  /**
   * Saves an edit of the version the editor saw (`expectedUpdatedAt`), then re-indexes it here;
   * other instances follow at their next poll.
   */
  async update(id: string, changes: FaqEntryChanges, by: string, expectedUpdatedAt: string): Promise<FaqChangeResult> {
    return this.replace(id, expectedUpdatedAt, (current, updatedAt) => ({
      ...current,
      ...changes,
      questions: faqQuestions(changes.title, changes.questions),
      updatedBy: by,
      updatedAt,
    }));
  }

  /** Replaces the entry by a tombstone, then removes it from this instance's index. */
  async delete(id: string, by: string, expectedUpdatedAt: string): Promise<FaqChangeResult> {
    return this.replace(id, expectedUpdatedAt, (current, updatedAt) => ({ ...current, deletedAt: updatedAt, deletedBy: by, updatedAt }));
  }

  private async replace(
    id: string,
    expectedUpdatedAt: string,
    change: (current: FaqEntryRecord, updatedAt: string) => FaqEntryRecord,
  ): Promise<FaqChangeResult> {
    const current = await this.collection.get(id);
    if (!current || current.deletedAt) return { status: 'missing' };
    if (current.updatedAt !== expectedUpdatedAt) return { status: 'conflict' };
    const next = change(current, this.nextVersion(current));
    // Compare-and-set: an edit saved by someone else in between is never overwritten.
    if (!(await this.collection.replaceIf(next, { updatedAt: current.updatedAt }))) return { status: 'conflict' };
    await this.apply(next);
    return { status: 'saved', entry: next };
  }

  /** Now, or just after the previous version when clocks disagree: versions only grow. */
  private nextVersion(previous: FaqEntryRecord | undefined): string {
    const now = this.now().toISOString();
    return previous && now <= previous.updatedAt ? new Date(Date.parse(previous.updatedAt) + 1).toISOString() : now;
  }

  /** One poll: entries changed since the newest seen (with the skew margin) are indexed. */
  sync(): Promise<void> {
    this.polling ??= (async () => {
      try {
        const since = this.newestSeen
          ? new Date(Date.parse(this.newestSeen) - CLOCK_SKEW_MARGIN_MS).toISOString()
          : '';
        const changed = await this.collection.find(since ? { updatedAt: { $gt: since } } : {}, { sort: { updatedAt: 1 } });
        for (const entry of changed) {
          // Versions of one entry only grow; a save made here while this poll was reading is newer.
          const handled = this.indexed.get(entry.id);
          if (handled === undefined || handled < entry.updatedAt) await this.apply(entry);
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'FAQ entries could not be synchronised; retrying at the next poll');
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  /** Brings this instance's index to the stored version: indexed, or removed for a tombstone. */
  private async apply(entry: FaqEntryRecord): Promise<void> {
    if (entry.deletedAt) await this.knowledgeBase.remove(entry.id);
    else await this.knowledgeBase.upsert(sectionOf(entry));
    this.indexed.set(entry.id, entry.updatedAt);
    if (entry.updatedAt > this.newestSeen) this.newestSeen = entry.updatedAt;
  }
}
