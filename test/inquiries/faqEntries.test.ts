/**
 * "FAQにする" entries: stored first, indexed live, answered with confidence, and picked up by
 * another instance that shares the store (its own knowledge index, polling).
 */
import { createKnowledgeBase, DEFAULT_ESCALATION_THRESHOLD } from '../../knowledge';
import { FaqEntries, FAQ_ENTRIES_COLLECTION, faqIdFor, type FaqEntryRecord } from '../../adapters/inquiries/faqEntries';
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import type { Repositories } from '../../dialogs/ports/repositories';
import { makeTempDir } from '../support/tempDir';

const QUESTION = '庁舎の駐車場の利用申請はどこに出せばよいですか';
const ANSWER = '駐車場の利用申請はV-SYSの対象外です。各自治体の庁舎管理担当にお問い合わせください。';
const silent = { warn: () => undefined };

describe('FAQ entries made from replies', () => {
  const temp = makeTempDir('vsys-faq-');
  let repositories: Repositories;

  beforeAll(async () => {
    repositories = new EmbeddedRepositories(temp.dir);
  });

  afterAll(async () => {
    await repositories.close();
    temp.cleanup();
  });

  it('answers the same question with confidence right after saving, and is stored first', async () => {
    const knowledgeBase = await createKnowledgeBase();
    const before = await knowledgeBase.search(QUESTION, { role: 'municipality' });
    expect(before.hits[0]?.section.id).not.toBe(faqIdFor('Q250601-0001'));

    const entries = new FaqEntries(repositories, knowledgeBase, silent);
    await entries.start(0);
    const saved = await entries.save({ id: faqIdFor('Q250601-0001'), title: QUESTION, text: ANSWER, questions: [QUESTION, '駐車場 申請'], roles: [], createdBy: 'サポート' });
    expect(await repositories.collection<FaqEntryRecord>(FAQ_ENTRIES_COLLECTION).get(saved.id)).toMatchObject({ title: QUESTION, text: ANSWER });

    const after = await knowledgeBase.search(QUESTION, { role: 'municipality' });
    expect(after.hits[0].section.id).toBe(saved.id);
    expect(after.escalate).toBe(false);
    expect(after.confidence).toBeGreaterThanOrEqual(DEFAULT_ESCALATION_THRESHOLD);
    expect(knowledgeBase.get(saved.id)?.source.label).toBe(`よくある質問「${QUESTION}」`);
  });

  it('is picked up by another instance sharing the store (at start and by polling)', async () => {
    const writer = new FaqEntries(repositories, await createKnowledgeBase(), silent);
    await writer.start(0);
    const readerIndex = await createKnowledgeBase();
    const reader = new FaqEntries(repositories, readerIndex, silent);
    await reader.start(0);
    // The entry of the first test was stored before this instance started.
    expect(readerIndex.get(faqIdFor('Q250601-0001'))).toBeDefined();

    const id = faqIdFor('Q250601-0002');
    await writer.save({ id, title: '研修会の会場の予約方法', text: '研修会場の予約は各自治体の窓口で行ってください。', questions: [], roles: ['municipality'], createdBy: 'サポート' });
    expect(readerIndex.get(id)).toBeUndefined();
    await reader.sync(); // what the poll timer does every few seconds
    expect(readerIndex.get(id)?.title).toBe('研修会の会場の予約方法');

    // A changed entry replaces the indexed one on the next poll.
    await writer.save({ id, title: '研修会の会場の予約方法', text: '変更後の回答です。', questions: [], roles: ['municipality'], createdBy: 'サポート' });
    await reader.sync();
    expect(readerIndex.get(id)?.text).toBe('変更後の回答です。');
  });
});
