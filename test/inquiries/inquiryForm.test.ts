/**
 * The inquiry form over HTTP on the real app: prefilled from the signed chat link, validation that
 * keeps what was typed, CSRF, the reference number, and the status page visible to the submitting
 * browser only.
 */
import { InquiryLinks } from '../../adapters/inquiries/inquiryLink';
import { TokenSigner } from '../../adapters/identity/signedToken';
import type { InquiryRecord } from '../../adapters/inquiries/inquiryRecord';
import { startApp, type RunningApp } from '../support/startApp';
import { FormClient, fieldValue, textareaValue } from './support/formClient';

const SECRET = 'inquiry-form-test-secret-0123456789abcdef';
const FACILITY = {
  id: 'demo-facility',
  displayName: '千代田区A病院 担当者',
  role: 'facility' as const,
  organizationId: 'fac-1',
  organizationName: '千代田区A病院',
};
const QUESTION = 'ワクチンの保管温度の記録はどこに入力しますか';

describe('inquiry form', () => {
  let running: RunningApp;
  let links: InquiryLinks;

  beforeAll(async () => {
    running = await startApp({ TOKEN_SECRET: SECRET });
    links = new InquiryLinks(new TokenSigner(SECRET));
  });

  afterAll(async () => {
    await running.stop();
  });

  async function openForm(client: FormClient, question = QUESTION) {
    const link = await links.inquiryLink({
      reason: 'low-confidence',
      question,
      transcript: [
        { from: 'user', text: question, at: '2025-06-01T01:00:00.000Z' },
        { from: 'bot', text: '申し訳ありません。ご質問に合う回答を見つけられませんでした。', at: '2025-06-01T01:00:01.000Z' },
      ],
      user: FACILITY,
      conversationId: 'conv-form-1',
    });
    expect(link).toMatch(/^\/inquiry\?t=/);
    const page = await client.get(link);
    expect(page.status).toBe(200);
    return page;
  }

  const storedInquiries = () => running.app.repositories.collection<InquiryRecord>('inquiries').find({});

  it('opens prefilled from the signed chat link: question, organisation and transcript', async () => {
    const page = await openForm(new FormClient(running.url));
    expect(textareaValue(page.body, 'question')).toBe(QUESTION);
    expect(page.body).toContain('千代田区A病院（医療機関）');
    expect(page.body).toContain('申し訳ありません。ご質問に合う回答を見つけられませんでした。');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('set-cookie')).toMatch(/vsys_csrf=.*HttpOnly; SameSite=Strict/);
  });

  it('opens empty with an explanation when the link was tampered with or has expired', async () => {
    const client = new FormClient(running.url);
    const link = await links.inquiryLink({ reason: 'user-request', question: QUESTION, transcript: [] });
    // Change one character in the middle of the signature (the last one may only carry padding bits).
    const at = link.length - 10;
    const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    const page = await client.get(tampered);
    expect(page.status).toBe(200);
    expect(page.body).toContain('リンクが正しくないため');
    expect(textareaValue(page.body, 'question')).toBe('');

    const past = new InquiryLinks(new TokenSigner(SECRET, () => Date.now() - 2 * 60 * 60 * 1000));
    const expired = await client.get(await past.inquiryLink({ reason: 'user-request', question: QUESTION, transcript: [] }));
    expect(expired.body).toContain('有効期限が切れた');
  });

  it('keeps what was typed and says what to fix when the input is invalid', async () => {
    const client = new FormClient(running.url);
    const form = await openForm(client);
    const before = (await storedInquiries()).length;
    const typed = { category: '', question: '  ' + QUESTION + ' 追記です', email: 'tanaka＠example', phone: '03-12' };
    const page = await client.post('/inquiry', { ...typed, csrf: fieldValue(form.body, 'csrf')!, context: fieldValue(form.body, 'context')! });
    expect(page.status).toBe(422);
    expect(page.body).toContain('入力内容を確認してください。');
    expect(page.body).toContain('お問い合わせの種類を選んでください。');
    expect(page.body).toContain('メールアドレスの形式が正しくありません');
    expect(page.body).toContain('電話番号は数字とハイフンで');
    expect(page.body).not.toContain('お問い合わせ内容を入力してください。');
    expect(textareaValue(page.body, 'question')).toBe(typed.question);
    expect(fieldValue(page.body, 'email')).toBe(typed.email);
    expect(fieldValue(page.body, 'phone')).toBe(typed.phone);
    // The chat context survives the round trip.
    expect(page.body).toContain('千代田区A病院（医療機関）');
    expect((await storedInquiries()).length).toBe(before);

    const empty = await client.post('/inquiry', { category: 'other', question: '', email: '', phone: '', csrf: fieldValue(page.body, 'csrf')! });
    expect(empty.body).toContain('お問い合わせ内容を入力してください。');
    expect(empty.body).toContain('連絡先メールアドレスを入力してください。');
    expect(empty.body).toMatch(/<option value="other" selected>/);

    const long = await client.post('/inquiry', { category: 'other', question: 'あ'.repeat(2001), email: 'a@example.jp', phone: '', csrf: fieldValue(page.body, 'csrf')! });
    expect(long.body).toContain('2000文字以内で入力してください（現在2001文字です）');
  });

  it('refuses a submission without a valid CSRF token and keeps the input', async () => {
    const client = new FormClient(running.url);
    await openForm(client);
    const before = (await storedInquiries()).length;
    const forged = await new FormClient(running.url).post('/inquiry', { category: 'other', question: QUESTION, email: 'a@example.jp', phone: '', csrf: 'x' });
    expect(forged.status).toBe(403);
    const wrong = await client.post('/inquiry', { category: 'other', question: QUESTION, email: 'a@example.jp', phone: '', csrf: 'forged' });
    expect(wrong.status).toBe(403);
    expect(textareaValue(wrong.body, 'question')).toBe(QUESTION);
    expect(wrong.body).toContain('もう一度「送信する」を押してください');
    expect((await storedInquiries()).length).toBe(before);
  });

  it('stores a valid inquiry, gives a reference number and shows its status to that browser only', async () => {
    const client = new FormClient(running.url);
    const form = await openForm(client);
    const sent = await client.post('/inquiry', {
      category: 'vaccination',
      question: textareaValue(form.body, 'question')!,
      email: 'ｔａｎａｋａ@example.jp',
      phone: '０３－１２３４－５６７８',
      csrf: fieldValue(form.body, 'csrf')!,
      context: fieldValue(form.body, 'context')!,
    });
    expect(sent.status).toBe(303);
    const number = /^\/inquiry\/(Q\d{6}-\d{4,6})\?submitted=1$/.exec(sent.location ?? '')?.[1];
    expect(number).toBeDefined();

    const stored = await running.app.repositories.collection<InquiryRecord>('inquiries').get(number!);
    expect(stored).toMatchObject({
      status: 'new',
      category: 'vaccination',
      question: QUESTION,
      email: 'tanaka@example.jp',
      phone: '03-1234-5678',
      conversationId: 'conv-form-1',
      requester: { userId: 'demo-facility', role: 'facility', organizationName: '千代田区A病院' },
    });
    expect(stored!.transcript).toHaveLength(2);

    const status = await client.get(sent.location!);
    expect(status.status).toBe(200);
    expect(status.body).toContain(`受付番号は「${number}」です`);
    expect(status.body).toContain('受付済み（未対応）');
    expect(status.body).toContain(QUESTION);

    // Another browser that knows the number sees nothing, not even whether it exists.
    const stranger = new FormClient(running.url);
    for (const path of [`/inquiry/${number}`, `/inquiry/${number}?k=forged`, '/inquiry/Q000000-0000']) {
      const page = await stranger.get(path);
      expect(page.status).toBe(404);
      expect(page.body).not.toContain(QUESTION);
      expect(page.body).toContain('お問い合わせが見つかりません');
    }
    // Nor does a browser holding another inquiry's cookie.
    const other = new FormClient(running.url);
    const otherForm = await openForm(other, '別の質問です');
    await other.post('/inquiry', { category: 'other', question: '別の質問です', email: 'b@example.jp', phone: '', csrf: fieldValue(otherForm.body, 'csrf')! });
    expect((await other.get(`/inquiry/${number}`)).status).toBe(404);

    const json = await fetch(`${running.url}/inquiry/${number}`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(json.headers.get('content-type')).toContain('application/problem+json');
  });
});
