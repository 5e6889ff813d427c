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

  it('edits and deletes live here and on another instance, never over a newer version', async () => {
    const writerIndex = await createKnowledgeBase();
    const writer = new FaqEntries(repositories, writerIndex, silent);
    await writer.start(0);
    const readerIndex = await createKnowledgeBase();
    const reader = new FaqEntries(repositories, readerIndex, silent);
    await reader.start(0);

    const id = faqIdFor('Q250601-0003');
    const made = await writer.save({ id, title: '来庁者用の駐輪場はありますか', text: '最初の回答です。', questions: ['駐輪場'], roles: [], createdBy: '佐藤' });
    expect(made.createdAt).toBe(made.updatedAt);
    await reader.sync();

    // An edit of the version the editor saw: re-indexed here at once, on the reader at its next poll.
    const edited = await writer.update(id, { title: '来庁者用の駐輪場はありますか', text: '編集後の回答です。', questions: ['自転車置き場'], roles: ['facility'] }, '鈴木', made.updatedAt);
    expect(edited.status).toBe('saved');
    expect(writerIndex.get(id)?.text).toBe('編集後の回答です。');
    expect(writerIndex.get(id)?.questions).toEqual(['来庁者用の駐輪場はありますか', '自転車置き場']);
    expect(writerIndex.get(id)?.roles).toEqual(['facility']);
    const stored = await writer.get(id);
    expect(stored).toMatchObject({ createdBy: '佐藤', createdAt: made.createdAt, updatedBy: '鈴木' });
    expect(stored!.updatedAt > made.updatedAt).toBe(true);
    expect(readerIndex.get(id)?.text).toBe('最初の回答です。');
    await reader.sync();
    expect(readerIndex.get(id)?.text).toBe('編集後の回答です。');

    // A form showing the old version can neither overwrite the edit nor delete it.
    expect((await writer.update(id, { title: 'x', text: '古い画面から', questions: [], roles: [] }, '田中', made.updatedAt)).status).toBe('conflict');
    expect((await writer.delete(id, '田中', made.updatedAt)).status).toBe('conflict');
    expect(writerIndex.get(id)?.text).toBe('編集後の回答です。');

    // Deleting leaves a tombstone: gone from search here at once, and from the reader after a poll.
    const found = (index: typeof writerIndex) => index.search('来庁者用の駐輪場はありますか', { role: 'facility' }).then((r) => r.hits.map((hit) => hit.section.id));
    expect(await found(readerIndex)).toContain(id);
    expect((await writer.delete(id, '鈴木', stored!.updatedAt)).status).toBe('saved');
    expect(writerIndex.get(id)).toBeUndefined();
    expect(await found(writerIndex)).not.toContain(id);
    expect(await writer.list()).not.toContainEqual(expect.objectContaining({ id }));
    expect((await writer.get(id))?.deletedBy).toBe('鈴木');
    await reader.sync();
    expect(readerIndex.get(id)).toBeUndefined();
    expect(await found(readerIndex)).not.toContain(id);
    // An instance started after the deletion never indexes it.
    const lateIndex = await createKnowledgeBase();
    await new FaqEntries(repositories, lateIndex, silent).start(0);
    expect(lateIndex.get(id)).toBeUndefined();
    // A deleted entry cannot be edited; making the FAQ again from its inquiry brings it back.
    expect((await writer.update(id, { title: 'x', text: 'y', questions: [], roles: [] }, '鈴木', (await writer.get(id))!.updatedAt)).status).toBe('missing');
    const again = await writer.save({ id, title: '来庁者用の駐輪場はありますか', text: '作り直した回答です。', questions: [], roles: [], createdBy: '佐藤' });
    expect(again.deletedAt).toBeUndefined();
    await reader.sync();
    expect(readerIndex.get(id)?.text).toBe('作り直した回答です。');
  });
});
