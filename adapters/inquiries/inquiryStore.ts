/**
 * Inquiries in the Repositories port: creation with a unique reference number, pages of the
 * console's list (status filter, free-text search, newest first, every inquiry reachable), status
 * changes and replies (each stored once per reply id).
 */
import { randomInt } from 'node:crypto';
import { DuplicateIdError, type Repositories } from '../../dialogs/ports/repositories';
import {
  INQUIRIES_COLLECTION,
  type InquiryRecord,
  type InquiryReply,
  type InquiryStatus,
} from './inquiryRecord';

const MAX_NUMBER_ATTEMPTS = 20;
export const DEFAULT_PAGE_SIZE = 50;
/** A search reads the store in batches of this many... */
const SCAN_BATCH = 250;
/** ...and stops after this many per page, handing back where it stopped (a slow search never ties up a request). */
const MAX_SCANNED_PER_PAGE = 5000;
export const REFERENCE_NUMBER_PATTERN = /^Q\d{6}-\d{4,6}$/;

export type NewInquiry = Omit<InquiryRecord, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'replies'>;

export interface InquiryQuery {
  status?: InquiryStatus;
  /** Matched against number, question, organisation, email and category, case- and width-insensitive. */
  search?: string;
  /** Where the previous page stopped; absent = the newest inquiries. */
  after?: InquiryCursor;
  pageSize?: number;
}

/**
 * A position in the list ordered by (createdAt desc, id desc): the createdAt of the last inquiry
 * looked at, and how many inquiries with exactly that createdAt have been looked at. Inquiries can
 * share a millisecond, so the time alone would skip or repeat some; time plus a small skip cannot.
 * Only plain conditions and sorting are used, so the embedded store and MongoDB page identically.
 */
export interface InquiryCursor {
  createdAt: string;
  skip: number;
}

export interface InquiryPage {
  inquiries: InquiryRecord[];
  /** Absent when no older inquiry is left. */
  next?: InquiryCursor;
  /** True when a search stopped at its per-page limit before filling the page. */
  scanLimited: boolean;
  scanned: number;
}

const CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~(\d{1,6})$/;

export function formatCursor(cursor: InquiryCursor): string {
  return `${cursor.createdAt}~${cursor.skip}`;
}

/** The cursor of a page link, or undefined when it is not one this store made. */
export function parseCursor(value: string): InquiryCursor | undefined {
  const match = CURSOR_PATTERN.exec(value);
  return match ? { createdAt: match[1], skip: Number(match[2]) } : undefined;
}

function tokyoDate(at: Date): string {
  // yymmdd in Japan time: the number tells staff which day the inquiry came in.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: '2-digit', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}${get('month')}${get('day')}`;
}

function fold(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

export class InquiryStore {
  constructor(private readonly repositories: Repositories, private readonly now: () => Date = () => new Date()) {}

  private get collection() {
    return this.repositories.collection<InquiryRecord>(INQUIRIES_COLLECTION);
  }

  async init(): Promise<void> {
    await this.repositories.ensureIndex(INQUIRIES_COLLECTION, 'status');
    await this.repositories.ensureIndex(INQUIRIES_COLLECTION, 'createdAt');
  }

  /** Stores the inquiry under a fresh reference number (claimed by an atomic insert, so two instances never share one). */
  async create(inquiry: NewInquiry): Promise<InquiryRecord> {
    const at = this.now();
    for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
      const digits = attempt < 10 ? 4 : 6; // a busy day widens the number instead of failing
      const id = `Q${tokyoDate(at)}-${String(randomInt(10 ** digits)).padStart(digits, '0')}`;
      const record: InquiryRecord = {
        ...inquiry,
        id,
        status: 'new',
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        replies: [],
      };
      try {
        return await this.collection.insert(record);
      } catch (error) {
        if (!(error instanceof DuplicateIdError)) throw error;
      }
    }
    throw new Error('Could not allocate an inquiry reference number');
  }

  get(number: string): Promise<InquiryRecord | undefined> {
    if (!REFERENCE_NUMBER_PATTERN.test(number)) return Promise.resolve(undefined);
    return this.collection.get(number);
  }

  /** One page of the console's list, newest first, from `query.after` on. */
  async page(query: InquiryQuery = {}): Promise<InquiryPage> {
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const needle = fold(query.search?.trim() ?? '');
    const matches = (record: InquiryRecord) =>
      !needle ||
      [record.id, record.question, record.email, record.category, record.requester?.organizationName ?? '', record.requester?.displayName ?? '']
        .some((field) => fold(field).includes(needle));
    const batchSize = needle ? SCAN_BATCH : pageSize;
    const inquiries: InquiryRecord[] = [];
    let position = query.after;
    let scanned = 0;
    let exhausted = false;
    while (inquiries.length < pageSize && scanned < MAX_SCANNED_PER_PAGE) {
      const batch = await this.batchAfter(query.status, position, batchSize);
      for (const record of batch) {
        scanned++;
        position = position?.createdAt === record.createdAt
          ? { createdAt: record.createdAt, skip: position.skip + 1 }
          : { createdAt: record.createdAt, skip: 1 };
        if (matches(record)) inquiries.push(record);
        if (inquiries.length === pageSize) break;
      }
      if (batch.length < batchSize && inquiries.length < pageSize) {
        exhausted = true;
        break;
      }
    }
    // A full page may have ended on the last inquiry: look one further so no link leads nowhere.
    if (!exhausted && position && (await this.batchAfter(query.status, position, 1)).length === 0) exhausted = true;
    return {
      inquiries,
      ...(exhausted || !position ? {} : { next: position }),
      scanLimited: !exhausted && inquiries.length < pageSize,
      scanned,
    };
  }

  private batchAfter(status: InquiryStatus | undefined, after: InquiryCursor | undefined, limit: number): Promise<InquiryRecord[]> {
    return this.collection.find(
      { ...(status ? { status } : {}), ...(after ? { createdAt: { $lte: after.createdAt } } : {}) },
      { sort: { createdAt: -1, id: -1 }, skip: after?.skip ?? 0, limit },
    );
  }

  async countByStatus(): Promise<Record<InquiryStatus, number>> {
    const [fresh, inProgress, answered] = await Promise.all(
      (['new', 'in-progress', 'answered'] as const).map((status) => this.collection.count({ status })),
    );
    return { new: fresh, 'in-progress': inProgress, answered };
  }

  async setStatus(number: string, status: InquiryStatus): Promise<InquiryRecord | undefined> {
    return this.update(number, (record) => ({ ...record, status }));
  }

  /**
   * Stores a reply once per reply id: when a reply with this id is already stored (the same form
   * sent twice, a double click, a retry after an error page), nothing changes and `added` is false,
   * so the caller does not deliver it again.
   */
  async addReply(number: string, reply: InquiryReply & { id: string }): Promise<{ record: InquiryRecord; reply: InquiryReply; added: boolean } | undefined> {
    let existing: InquiryReply | undefined;
    const record = await this.update(number, (current) => {
      existing = current.replies.find((candidate) => candidate.id === reply.id);
      return existing ? undefined : { ...current, status: 'answered', replies: [...current.replies, reply] };
    });
    if (!record) return undefined;
    return existing ? { record, reply: existing, added: false } : { record, reply, added: true };
  }

  /** Records how the reply with this id reached the user's chat. */
  async setReplyDelivery(number: string, replyId: string, delivery: InquiryReply['delivery']): Promise<InquiryRecord | undefined> {
    return this.update(number, (record) => ({
      ...record,
      replies: record.replies.map((reply) => (reply.id === replyId ? { ...reply, delivery } : reply)),
    }));
  }

  async setFaq(number: string, faqId: string): Promise<InquiryRecord | undefined> {
    return this.update(number, (record) => ({ ...record, faqId }));
  }

  /**
   * Compare-and-set on updatedAt so two staff members editing at once never lose a reply.
   * `change` returning undefined means "nothing to change": the current record is returned as is.
   */
  private async update(number: string, change: (record: InquiryRecord) => InquiryRecord | undefined): Promise<InquiryRecord | undefined> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const current = await this.get(number);
      if (!current) return undefined;
      const changed = change(current);
      if (!changed) return current;
      let updatedAt = this.now().toISOString();
      if (updatedAt <= current.updatedAt) updatedAt = new Date(Date.parse(current.updatedAt) + 1).toISOString();
      const next = { ...changed, updatedAt };
      if (await this.collection.replaceIf(next, { updatedAt: current.updatedAt })) return next;
    }
    throw new Error(`Inquiry ${number} kept changing while it was being updated`);
  }
}
