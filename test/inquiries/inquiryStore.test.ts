/**
 * The console's inquiry pages on the embedded store: every inquiry is reachable page by page
 * (newest first, none skipped or repeated even when several share a millisecond), with the status
 * filter and with a search that reaches past the newest 1,000.
 */
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { INQUIRIES_COLLECTION, type InquiryRecord } from '../../adapters/inquiries/inquiryRecord';
import { InquiryStore, formatCursor, parseCursor, type InquiryPage, type InquiryQuery } from '../../adapters/inquiries/inquiryStore';
import { makeTempDir } from '../support/tempDir';

function record(id: string, createdAt: string, extra: Partial<InquiryRecord> = {}): InquiryRecord {
  return { id, status: 'new', category: 'other', question: `質問 ${id}`, email: 'user@example.jp', transcript: [], createdAt, updatedAt: createdAt, replies: [], ...extra };
}

/** Every page of a query, following the cursors. */
async function allPages(store: InquiryStore, query: InquiryQuery): Promise<InquiryPage[]> {
  const pages: InquiryPage[] = [];
  let after: InquiryQuery['after'];
  do {
    const page = await store.page({ ...query, after });
    pages.push(page);
    after = page.next ? parseCursor(formatCursor(page.next)) : undefined;
  } while (after && pages.length < 100);
  return pages;
}

describe('inquiry pages', () => {
  const temp = makeTempDir('vsys-inquiry-pages-');
  let repositories: EmbeddedRepositories;
  let store: InquiryStore;
  const ids: string[] = [];

  beforeAll(async () => {
    repositories = new EmbeddedRepositories(temp.dir);
    store = new InquiryStore(repositories);
    await store.init();
    const collection = repositories.collection<InquiryRecord>(INQUIRIES_COLLECTION);
    // 1,100 inquiries, three at each time stamp (ties the cursor must not skip or repeat).
    const base = Date.parse('2025-01-01T00:00:00.000Z');
    for (let i = 0; i < 1100; i++) {
      const at = new Date(base + Math.floor(i / 3) * 1000).toISOString();
      const id = `Q250101-${String(i).padStart(4, '0')}`;
      await collection.insert(record(id, at, { status: i % 4 === 0 ? 'answered' : 'new', ...(i === 0 ? { question: '一番古い問い合わせ：駐輪場について' } : {}) }));
    }
    const all = await collection.find({}, { sort: { createdAt: -1, id: -1 } });
    ids.push(...all.map((r) => r.id));
  });

  afterAll(async () => {
    await repositories.close();
    temp.cleanup();
  });

  it('walks every inquiry exactly once, newest first, and the last page says there is no more', async () => {
    const pages = await allPages(store, { pageSize: 50 });
    expect(pages).toHaveLength(22);
    expect(pages.flatMap((page) => page.inquiries.map((r) => r.id))).toEqual(ids);
    expect(pages.at(-1)!.next).toBeUndefined();
    expect(pages.every((page) => !page.scanLimited)).toBe(true);
  });

  it('pages a status filter the same way', async () => {
    const pages = await allPages(store, { status: 'answered', pageSize: 40 });
    const answered = pages.flatMap((page) => page.inquiries.map((r) => r.id));
    expect(answered).toHaveLength(275);
    expect(new Set(answered).size).toBe(275);
    expect(answered).toEqual(ids.filter((id) => Number(id.slice(-4)) % 4 === 0));
  });

  it('finds an inquiry older than the newest 1,000 by search', async () => {
    const page = await store.page({ search: '駐輪場' });
    expect(page.inquiries.map((r) => r.id)).toEqual(['Q250101-0000']);
    expect(page.next).toBeUndefined();
    expect(page.scanned).toBe(1100);
  });

  it('refuses cursors it did not make', () => {
    expect(parseCursor('2025-01-01T00:00:00.000Z~3')).toEqual({ createdAt: '2025-01-01T00:00:00.000Z', skip: 3 });
    for (const bad of ['', 'x~1', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z~-1', '{"$gt":""}~1']) expect(parseCursor(bad)).toBeUndefined();
  });
});
