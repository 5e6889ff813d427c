/**
 * Inquiries in the Repositories port: creation with a unique reference number, listing with a
 * status filter and free-text search for the console, status changes and replies.
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
/** The console lists the newest inquiries; search looks at this many. */
const MAX_LISTED = 1000;
export const REFERENCE_NUMBER_PATTERN = /^Q\d{6}-\d{4,6}$/;

export type NewInquiry = Omit<InquiryRecord, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'replies'>;

export interface InquiryQuery {
  status?: InquiryStatus;
  /** Matched against number, question, organisation, email and category, case- and width-insensitive. */
  search?: string;
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

  async list(query: InquiryQuery = {}): Promise<InquiryRecord[]> {
    const records = await this.collection.find(query.status ? { status: query.status } : {}, { sort: { createdAt: -1 }, limit: MAX_LISTED });
    const needle = fold(query.search?.trim() ?? '');
    if (!needle) return records;
    return records.filter((record) =>
      [record.id, record.question, record.email, record.category, record.requester?.organizationName ?? '', record.requester?.displayName ?? '']
        .some((field) => fold(field).includes(needle)),
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

  async addReply(number: string, reply: InquiryReply): Promise<InquiryRecord | undefined> {
    return this.update(number, (record) => ({ ...record, status: 'answered', replies: [...record.replies, reply] }));
  }

  /** Records how the reply at `index` reached the user's chat. */
  async setReplyDelivery(number: string, index: number, delivery: InquiryReply['delivery']): Promise<InquiryRecord | undefined> {
    return this.update(number, (record) => ({
      ...record,
      replies: record.replies.map((reply, i) => (i === index ? { ...reply, delivery } : reply)),
    }));
  }

  async setFaq(number: string, faqId: string): Promise<InquiryRecord | undefined> {
    return this.update(number, (record) => ({ ...record, faqId }));
  }

  /** Compare-and-set on updatedAt so two staff members editing at once never lose a reply. */
  private async update(number: string, change: (record: InquiryRecord) => InquiryRecord): Promise<InquiryRecord | undefined> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const current = await this.get(number);
      if (!current) return undefined;
      let updatedAt = this.now().toISOString();
      if (updatedAt <= current.updatedAt) updatedAt = new Date(Date.parse(current.updatedAt) + 1).toISOString();
      const next = { ...change(current), updatedAt };
      if (await this.collection.replaceIf(next, { updatedAt: current.updatedAt })) return next;
    }
    throw new Error(`Inquiry ${number} kept changing while it was being updated`);
  }
}
