/**
 * "FAQにする": support staff turn a reply into a FAQ entry. The entry is written to the
 * Repositories collection 'faqEntries' FIRST and only then indexed in this instance's knowledge
 * base, so the store is the source of truth. Every instance sharing the store picks new and changed
 * entries up by polling: every `pollIntervalMs` it asks for entries whose `updatedAt` is later than
 * the newest it has seen (minus a skew margin, because instance clocks differ), and upserts those
 * whose `updatedAt` differs from the version it indexed.
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
  updatedAt: string;
}

/** What support staff give; the id and time stamp are set when it is stored. */
export type NewFaqEntry = Omit<FaqEntryRecord, 'id' | 'updatedAt'>;

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
  /** Entry id -> updatedAt of the version indexed here. */
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
    let updatedAt = this.now().toISOString();
    const previous = await this.collection.get(entry.id);
    if (previous && updatedAt <= previous.updatedAt) updatedAt = new Date(Date.parse(previous.updatedAt) + 1).toISOString();
    const record: FaqEntryRecord = { ...entry, questions: faqQuestions(entry.title, entry.questions), updatedAt };
    await this.collection.put(record);
    await this.index(record);
    return record;
  }

  get(id: string): Promise<FaqEntryRecord | undefined> {
    return this.collection.get(id);
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
          if (this.indexed.get(entry.id) !== entry.updatedAt) await this.index(entry);
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'FAQ entries could not be synchronised; retrying at the next poll');
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  private async index(entry: FaqEntryRecord): Promise<void> {
    await this.knowledgeBase.upsert(sectionOf(entry));
    this.indexed.set(entry.id, entry.updatedAt);
    if (entry.updatedAt > this.newestSeen) this.newestSeen = entry.updatedAt;
  }
}
