/**
 * What support staff typed survives a refused or failed save: a reply whose storing failed, a
 * "FAQにする" form refused for a field or not saved, and a FAQ edit not saved all come back as
 * the form with the typed text (escaped), and sending that form again works without doubling
 * anything. Real app, real store with injected write failures.
 */
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { InquiryStore } from '../../adapters/inquiries/inquiryStore';
import { faqIdFor } from '../../adapters/inquiries/faqEntries';
import type { RunningApp } from '../support/startApp';
import { makeTempDir } from '../support/tempDir';
import { fieldValue, textareaValue, type FormClient } from './support/formClient';
import { XSS, escapedOnly, signedInSupport } from './support/consoleClient';
import { FlakyRepositories } from './support/flakyRepositories';
import { startAppOnStore } from './support/appOnStore';

describe('typed text is kept when a console save fails', () => {
  const temp = makeTempDir('vsys-typed-kept-');
  let store: EmbeddedRepositories;
  let flaky: FlakyRepositories;
  let running: RunningApp;
  let support: FormClient;

  beforeAll(async () => {
    store = new EmbeddedRepositories(temp.dir);
    flaky = new FlakyRepositories(store);
    running = await startAppOnStore(flaky);
    support = await signedInSupport(running.url);
  });

  afterAll(async () => {
    await running?.stop();
    await store.close();
    temp.cleanup();
  });

  const newInquiry = (question: string) => new InquiryStore(store).create({
    category: 'operation', question, email: 'user@example.jp', transcript: [],
    requester: { userId: 'demo-facility', displayName: '山田', role: 'facility', organizationId: 'f1', organizationName: '千代田区A病院' },
  });

  async function answered(question: string, reply: string): Promise<string> {
    const inquiry = await newInquiry(question);
    const detail = await support.get(`/support/inquiries/${inquiry.id}`);
    const sent = await support.post(`/support/inquiries/${inquiry.id}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, replyId: fieldValue(detail.body, 'replyId')!, reply });
    expect(sent.status).toBe(303);
    return inquiry.id;
  }

  it('shows a reply that could not be stored again in the form, and sending it again stores it once', async () => {
    const inquiry = await newInquiry('接種記録の取消方法を教えてください');
    const path = `/support/inquiries/${inquiry.id}`;
    const detail = await support.get(path);
    const replyId = fieldValue(detail.body, 'replyId')!;
    const typed = `「接種記録」画面で該当の記録を選び、取消を押してください。${XSS}`;
    flaky.failReplaceAfter('inquiries', 0);
    const failed = await support.post(`${path}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, replyId, reply: typed });
    expect(failed.status).toBe(503);
    expect(failed.body).toContain('回答を保存できなかったため、送信していません。');
    expect(textareaValue(failed.body, 'reply')).toBe(typed);
    escapedOnly(failed.body);
    expect(fieldValue(failed.body, 'replyId')).toBe(replyId);

    const again = await support.post(`${path}/reply`, { csrf: fieldValue(failed.body, 'csrf')!, replyId: fieldValue(failed.body, 'replyId')!, reply: textareaValue(failed.body, 'reply')! });
    expect(again.status).toBe(303);
    expect((await new InquiryStore(store).get(inquiry.id))!.replies.map((reply) => reply.text)).toEqual([typed]);
  });

  it('keeps the typed FAQ fields when 「FAQにする」 is refused for one field or cannot be saved', async () => {
    const id = await answered('ロット番号の入力欄が見つかりません', '「在庫」画面の右上にあります。');
    const path = `/support/inquiries/${id}`;
    const page = await support.get(path);
    const typed = { title: 'ロ'.repeat(201), answer: `ロット番号は「在庫」画面の右上から入力します。${XSS}`, questions: 'ロット番号はどこに入力しますか\nロットの入力場所', roles: 'municipality' };
    const refused = await support.post(`${path}/faq`, { csrf: fieldValue(page.body, 'csrf')!, ...typed });
    expect(refused.status).toBe(422);
    expect(refused.body).toContain('タイトルは200文字以内で入力してください。');
    expect(fieldValue(refused.body, 'title')).toBe(typed.title);
    expect(textareaValue(refused.body, 'answer')).toBe(typed.answer);
    expect(textareaValue(refused.body, 'questions')).toBe(typed.questions);
    expect(refused.body).toMatch(/<option value="municipality" selected>/);
    escapedOnly(refused.body);

    const fixed = { ...typed, title: 'ロット番号の入力場所' };
    flaky.failPutAfter('faqEntries', 0);
    const failed = await support.post(`${path}/faq`, { csrf: fieldValue(refused.body, 'csrf')!, ...fixed });
    expect(failed.status).toBe(503);
    expect(failed.body).toContain('FAQを保存できませんでした。');
    expect(fieldValue(failed.body, 'title')).toBe(fixed.title);
    expect(textareaValue(failed.body, 'answer')).toBe(fixed.answer);

    const saved = await support.post(`${path}/faq`, { csrf: fieldValue(failed.body, 'csrf')!, ...fixed });
    expect(saved.status).toBe(303);
    expect((await store.collection<{ id: string; text: string }>('faqEntries').get(faqIdFor(id)))?.text).toBe(fixed.answer);
  });

  it('shows a FAQ edit that could not be saved again in the form, and saving it again applies it', async () => {
    const id = await answered('予約枠の上限を変えたい', '「予約枠」画面で変更できます。');
    const page = await support.get(`/support/inquiries/${id}`);
    expect((await support.post(`/support/inquiries/${id}/faq`, {
      csrf: fieldValue(page.body, 'csrf')!, title: '予約枠の上限の変更', answer: '「予約枠」画面で変更できます。', questions: '', roles: 'all',
    })).status).toBe(303);
    const faqId = faqIdFor(id);
    // The inquiry now says that its form below (not above) would replace the entry.
    const again = (await support.get(`/support/inquiries/${id}`)).body;
    const replaces = again.indexOf('ここで「FAQにする」を押すと、登録済みのFAQがこの下の内容に置き換わります。');
    expect(replaces).toBeGreaterThan(-1);
    expect(again.indexOf('name="title"', replaces)).toBeGreaterThan(replaces);
    const edit = await support.get(`/support/faq/${faqId}/edit`);
    const version = fieldValue(edit.body, 'version')!;
    const typed = `「予約枠」画面の「上限」欄を変更して保存してください。${XSS}`;
    flaky.failReplaceAfter('faqEntries', 0);
    const failed = await support.post(`/support/faq/${faqId}`, { csrf: fieldValue(edit.body, 'csrf')!, version, title: '予約枠の上限の変更', answer: typed, questions: '', roles: 'all' });
    expect(failed.status).toBe(503);
    expect(failed.body).toContain('FAQを保存できませんでした。');
    expect(textareaValue(failed.body, 'answer')).toBe(typed);
    expect(fieldValue(failed.body, 'version')).toBe(version);
    escapedOnly(failed.body);

    const saved = await support.post(`/support/faq/${faqId}`, {
      csrf: fieldValue(failed.body, 'csrf')!, version: fieldValue(failed.body, 'version')!, title: fieldValue(failed.body, 'title')!, answer: textareaValue(failed.body, 'answer')!, questions: '', roles: 'all',
    });
    expect(saved.status).toBe(303);
    expect((await store.collection<{ id: string; text: string }>('faqEntries').get(faqId))?.text).toBe(typed);
  });
});
