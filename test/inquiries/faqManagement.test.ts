/**
 * Managing console-made FAQ entries on the real app, with two instances sharing one store: an
 * edit is what the bot answers at once on this instance and after its poll on the other; a
 * deletion takes the entry out of both; forms are validated, CSRF-checked, support-only, and every
 * typed value is shown as text.
 */
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { InquiryStore } from '../../adapters/inquiries/inquiryStore';
import { faqIdFor } from '../../adapters/inquiries/faqEntries';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { signUserToken } from '../../adapters/identity/userToken';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { RunningApp } from '../support/startApp';
import { RestChat } from '../support/restChat';
import { makeTempDir } from '../support/tempDir';
import { FormClient, fieldValue, textareaValue } from './support/formClient';
import { XSS, escapedOnly, signedInSupport } from './support/consoleClient';
import { eventually, startAppOnStore } from './support/appOnStore';

const SECRET = 'faq-management-test-secret-0123456789abcdef';
const QUESTION = '社員食堂の今週のランチメニューを教えてください';
const FIRST_ANSWER = '社員食堂のメニューはV-SYSでは扱っていません。施設の総務担当にお問い合わせください。';
const EDITED_ANSWER = '今週のメニューは各庁舎の掲示板でご確認ください。V-SYSでは扱っていません。';
const FORM_OFFER = '問い合わせフォームを開く';

const requester: UserIdentity = { id: 'demo-facility', displayName: '山田', role: 'facility', organizationId: 'f1', organizationName: '千代田区A病院' };

describe('FAQ management in the support console, two instances on one store', () => {
  const temp = makeTempDir('vsys-faq-store-');
  let store: EmbeddedRepositories;
  let first: RunningApp;
  let second: RunningApp;

  beforeAll(async () => {
    store = new EmbeddedRepositories(temp.dir);
    first = await startAppOnStore(store, { env: { TOKEN_SECRET: SECRET } });
    // The second instance polls for other instances' FAQ changes (5 s in production).
    second = await startAppOnStore(store, { env: { TOKEN_SECRET: SECRET }, faqPollMs: 300 });
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await store.close();
    temp.cleanup();
  });

  /** An answered inquiry made into a FAQ through the console of the first instance; returns the FAQ id. */
  async function faqFromInquiry(support: FormClient, fields: { question: string; answer: string; title?: string; questions?: string }): Promise<string> {
    const inquiry = await new InquiryStore(store).create({
      category: 'other', question: fields.question, email: 'user@example.jp',
      requester: { userId: requester.id, displayName: requester.displayName, role: requester.role, organizationId: requester.organizationId, organizationName: requester.organizationName },
      transcript: [{ from: 'user', text: fields.question, at: new Date().toISOString() }],
    });
    const detail = await support.get(`/support/inquiries/${inquiry.id}`);
    await support.post(`/support/inquiries/${inquiry.id}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, replyId: fieldValue(detail.body, 'replyId')!, reply: fields.answer });
    const answered = await support.get(`/support/inquiries/${inquiry.id}`);
    const made = await support.post(`/support/inquiries/${inquiry.id}/faq`, {
      csrf: fieldValue(answered.body, 'csrf')!,
      title: fields.title ?? fieldValue(answered.body, 'title')!,
      answer: textareaValue(answered.body, 'answer')!,
      questions: fields.questions ?? textareaValue(answered.body, 'questions')!,
      roles: 'all',
    });
    expect(made.status).toBe(303);
    return faqIdFor(inquiry.id);
  }

  const knowledgePage = (app: RunningApp, id: string) => new FormClient(app.url).get(`/knowledge/${id}`);

  it('answers the edited text at once, on the other instance after its poll, and nothing once deleted', async () => {
    const support = await signedInSupport(first.url);
    const id = await faqFromInquiry(support, { question: QUESTION, answer: FIRST_ANSWER });
    const chatOnFirst = await RestChat.open(first.url, 'demo-facility');
    await chatOnFirst.say(QUESTION, FIRST_ANSWER);

    // The list shows the entry with its alternate questions, answer, author and the two actions.
    const list = await support.get('/support/faq');
    expect(list.status).toBe(200);
    expect(list.body).toContain(QUESTION);
    expect(list.body).toContain(FIRST_ANSWER);
    expect(list.body).toContain('作成：V-SYSサポートデスク');
    expect(list.body).toContain(`href="/support/faq/${id}/edit">編集</a>`);
    expect(list.body).toContain(`href="/support/faq/${id}/delete">削除</a>`);

    // 編集: the form holds the stored entry; saving changes what the bot answers right away.
    const edit = await support.get(`/support/faq/${id}/edit`);
    expect(fieldValue(edit.body, 'title')).toBe(QUESTION);
    expect(textareaValue(edit.body, 'answer')).toBe(FIRST_ANSWER);
    const saved = await support.post(`/support/faq/${id}`, {
      csrf: fieldValue(edit.body, 'csrf')!,
      version: fieldValue(edit.body, 'version')!,
      title: QUESTION,
      answer: EDITED_ANSWER,
      questions: '食堂の献立はどこで見られますか',
      roles: 'all',
    });
    expect(saved.status).toBe(303);
    const afterEdit = await support.get(saved.location!);
    expect(afterEdit.body).toContain(`FAQ「${QUESTION}」を保存しました。`);
    expect(afterEdit.body).toContain(EDITED_ANSWER);
    expect(afterEdit.body).toContain('<li>食堂の献立はどこで見られますか</li>');
    expect(afterEdit.body).toContain('更新：V-SYSサポートデスク');
    const answer = await chatOnFirst.say(QUESTION, EDITED_ANSWER);
    expect(answer).not.toContain(FIRST_ANSWER);

    // The other instance has its own index: it follows by polling the store.
    await eventually(async () => (await knowledgePage(second, id)).body.includes(EDITED_ANSWER), 'the edit on the second instance');
    const chatOnSecond = await RestChat.open(second.url, 'demo-facility');
    expect(await chatOnSecond.say(QUESTION, EDITED_ANSWER)).not.toContain(FIRST_ANSWER);

    // 削除 asks first; without the form's CSRF token nothing is deleted.
    const confirm = await support.get(`/support/faq/${id}/delete`);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain(`FAQ「${QUESTION}」を削除しますか？`);
    expect(confirm.body).toContain(EDITED_ANSWER);
    const forged = await support.post(`/support/faq/${id}/delete`, { version: fieldValue(confirm.body, 'version')! });
    expect(forged.status).toBe(403);
    expect((await knowledgePage(first, id)).status).toBe(200);
    const deleted = await support.post(`/support/faq/${id}/delete`, { csrf: fieldValue(confirm.body, 'csrf')!, version: fieldValue(confirm.body, 'version')! });
    expect(deleted.status).toBe(303);
    const afterDelete = await support.get(deleted.location!);
    expect(afterDelete.body).toContain(`FAQ「${QUESTION}」を削除しました。`);
    expect(afterDelete.body).not.toContain(`/support/faq/${id}/edit`);
    expect((await support.get(`/support/faq/${id}/edit`)).status).toBe(404);

    // Gone from this instance's search at once: the question goes to a person again.
    expect((await knowledgePage(first, id)).status).toBe(404);
    expect(await chatOnFirst.say(QUESTION, FORM_OFFER)).not.toContain(EDITED_ANSWER);
    // And from the other instance after its poll.
    await eventually(async () => (await knowledgePage(second, id)).status === 404, 'the deletion on the second instance');
    expect(await chatOnSecond.say(QUESTION, FORM_OFFER)).not.toContain(EDITED_ANSWER);
    // The inquiry it came from says so.
    const inquiryId = id.replace('faq-support-', '').toUpperCase();
    expect((await support.get(`/support/inquiries/${inquiryId}`)).body).toContain('このお問い合わせから作成したFAQは削除されています。');
  });

  it('validates the edit form, keeps what was typed, refuses a stale version, and shows every value as text', async () => {
    const support = await signedInSupport(first.url);
    const id = await faqFromInquiry(support, {
      question: `庁舎の駐輪場の申請 ${XSS}`,
      answer: `回答 ${XSS}`,
      title: `駐輪場 ${XSS}`,
      questions: `言い換え ${XSS}`,
    });
    escapedOnly((await support.get('/support/faq')).body);
    const edit = await support.get(`/support/faq/${id}/edit`);
    escapedOnly(edit.body);
    escapedOnly((await support.get(`/support/faq/${id}/delete`)).body);

    const invalid = await support.post(`/support/faq/${id}`, {
      csrf: fieldValue(edit.body, 'csrf')!,
      version: fieldValue(edit.body, 'version')!,
      title: '   ',
      answer: `新しい回答 ${XSS}`,
      questions: `短い質問\n${'長'.repeat(201)}`,
      roles: 'support',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toContain('タイトルを入力してください。');
    expect(invalid.body).toContain('言い換えの質問の2行目が長すぎます。1つの質問は200文字以内で入力してください。');
    expect(invalid.body).toContain('対象を一覧から選んでください。');
    escapedOnly(invalid.body);
    expect(textareaValue(invalid.body, 'answer')).toBe(`新しい回答 ${XSS}`);
    // Nothing was saved.
    expect((await knowledgePage(first, id)).body).not.toContain('新しい回答');

    // Saved once from this form, the same (now stale) form cannot overwrite it again.
    const fields = { csrf: fieldValue(edit.body, 'csrf')!, version: fieldValue(edit.body, 'version')!, title: '駐輪場の申請', answer: '一度目の保存です。', questions: '', roles: 'facility' };
    expect((await support.post(`/support/faq/${id}`, fields)).status).toBe(303);
    const stale = await support.post(`/support/faq/${id}`, { ...fields, answer: '古い画面からの保存です。' });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain('ほかの担当者がこのFAQを変更しました。');
    expect(textareaValue(stale.body, 'answer')).toBe('一度目の保存です。');
    expect((await knowledgePage(first, id)).body).not.toContain('古い画面から');
  });

  it('is for support staff only, and every form needs the CSRF token', async () => {
    const support = await signedInSupport(first.url);
    const id = await faqFromInquiry(support, { question: '研修会の会場の予約方法を教えてください', answer: '研修会場は各自治体の窓口で予約してください。' });
    const signer = new TokenSigner(SECRET);
    for (const role of ['facility', 'municipality', 'prefecture', 'maker'] as const) {
      const token = signUserToken(signer, { ...requester, id: `u-${role}`, role });
      const other = new FormClient(first.url, { authorization: `Bearer ${token}` });
      for (const path of ['/support/faq', `/support/faq/${id}/edit`, `/support/faq/${id}/delete`]) {
        const page = await other.get(path);
        expect(page.status).toBe(403);
        expect(page.body).toContain('サポート担当者のみ');
      }
      expect((await other.post(`/support/faq/${id}`, { title: 'x', answer: '乗っ取り', questions: '', roles: 'all' })).status).toBe(403);
      expect((await other.post(`/support/faq/${id}/delete`, {})).status).toBe(403);
    }
    const stranger = new FormClient(first.url);
    expect((await stranger.get('/support/faq')).location).toBe('/support/login');
    expect((await stranger.post(`/support/faq/${id}/delete`, {})).status).toBe(401);

    // Signed in, but without the form's token: refused, nothing changed.
    const edit = await support.get(`/support/faq/${id}/edit`);
    const noCsrf = await support.post(`/support/faq/${id}`, { version: fieldValue(edit.body, 'version')!, title: 'x', answer: '乗っ取り', questions: '', roles: 'all' });
    expect(noCsrf.status).toBe(403);
    const page = await knowledgePage(first, id);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('乗っ取り');
    expect(page.body).toContain('研修会場は各自治体の窓口で予約してください。');
    // An id that is not a console FAQ is simply not found.
    expect((await support.get('/support/faq/faq-first-login/edit')).status).toBe(404);
  });
});
