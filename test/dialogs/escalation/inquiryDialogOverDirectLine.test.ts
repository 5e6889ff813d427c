/**
 * The inquiry collected inside the chat, through the whole assistant (bot/app.ts wiring, MainDialog,
 * the local Direct Line, the embedded store): offered next to the form link, the question carried
 * over, validation with the form's messages, 修正, キャンセル; the stored inquiry is the one the
 * support console lists, and its reply comes back into the same chat.
 */
import type { InquiryRecord } from '../../../adapters/inquiries/inquiryRecord';
import { fieldValue, FormClient } from '../../inquiries/support/formClient';
import { RestChat } from '../../support/restChat';
import { startApp, type RunningApp } from '../../support/startApp';

const QUESTION = '社員食堂の今週のランチメニューを教えてください';

/** One row: what the user says, and a text the bot's replies must contain. */
type Row = [says: string, botSays: string];

async function play(chat: RestChat, rows: Row[]): Promise<string[]> {
  const seen: string[] = [];
  for (const [says, botSays] of rows) seen.push(await chat.say(says, botSays));
  return seen;
}

describe('chat inquiry dialog over the local Direct Line', () => {
  let running: RunningApp;
  const inquiries = () => running.app.repositories.collection<InquiryRecord>('inquiries');

  beforeAll(async () => {
    running = await startApp();
  }, 60_000);
  afterAll(() => running.stop());

  it('collects the inquiry after a question it cannot answer, stores it for the support console, and the reply comes back', async () => {
    const chat = await RestChat.open(running.url, 'demo-facility');
    const seen = await play(chat, [
      [QUESTION, 'チャットでお問い合わせ'],
      ['チャットでお問い合わせ', 'お問い合わせの種類を選んでください'],
      ['その他', 'この内容で送る'],
      ['この内容で送る', '連絡先メールアドレスを入力してください'],
      // The form's own message, then the same question again.
      ['facility@example', 'メールアドレスの形式が正しくありません'],
      ['facility＠example.jp', '電話番号を入力してください'],
      ['03-1234-567', '電話番号は数字とハイフンで、10桁または11桁'],
      ['なし', 'お問い合わせ内容の確認'],
      ['修正する', 'どの項目を修正しますか'],
      ['電話番号', '電話番号を入力してください'],
      ['03-1234-5678', '03-1234-5678'],
      ['送信する', '受付番号は'],
    ]);
    // The question from the chat is carried over, the category buttons are the form's.
    expect(seen[1]).toContain('[操作方法について]');
    expect(seen[2]).toContain(`「${QUESTION}」`);
    expect(seen[5]).toContain('電話番号を入力してください'); // the invalid email was not accepted...
    expect(seen[5]).not.toContain('メールアドレスの形式'); // ...and the corrected one was
    expect(seen[7]).toContain('（なし）');
    expect(seen[10]).toContain('facility@example.jp');

    const receipt = seen[11];
    const number = /受付番号は「(Q\d{6}-\d+)」/.exec(receipt)![1];
    const stored = await inquiries().get(number);
    expect(stored).toMatchObject({
      status: 'new',
      category: 'other',
      question: QUESTION,
      email: 'facility@example.jp',
      phone: '03-1234-5678',
      conversationId: chat.conversationId,
      requester: { organizationName: '千代田区A病院', role: 'facility' },
    });
    expect(stored!.reason).toMatch(/low-confidence|out-of-scope/);
    expect(stored!.transcript.some((line) => line.from === 'user' && line.text === QUESTION)).toBe(true);

    // The status link in the receipt opens the status page (signed view token, any browser).
    const statusUrl = /\]\(([^)]*\/inquiry\/[^)]+)\)/.exec(receipt)![1];
    const statusPage = await new FormClient(running.url).get(statusUrl.replace(/^https?:\/\/[^/]+/, ''));
    expect(statusPage.status).toBe(200);
    expect(statusPage.body).toContain(number);

    // The support console lists it and shows the details; the reply reaches the same chat.
    const support = new FormClient(running.url);
    const login = await support.get('/support/login');
    await support.post('/support/login', { csrf: fieldValue(login.body, 'csrf')!, demoUser: 'demo-support' });
    const list = await support.get('/support');
    expect(list.body).toContain(number);
    const detail = await support.get(`/support/inquiries/${number}`);
    expect(detail.body).toContain(QUESTION);
    expect(detail.body).toContain('facility@example.jp');
    const reply = '社員食堂のメニューは各施設の総務担当にお問い合わせください。';
    const replied = await support.post(`/support/inquiries/${number}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, reply });
    expect(replied.location).toContain('notice=delivered');
    expect(await chat.until(reply)).toContain(number);
  }, 90_000);

  it('いいえ to 解決しましたか offers it too, carrying the answered question over', async () => {
    const chat = await RestChat.open(running.url, 'demo-facility');
    const asked = '希望量の登録方法を教えてください';
    const seen = await play(chat, [
      [asked, '解決しましたか'],
      ['いいえ', 'チャットでお問い合わせ'],
      ['チャットでお問い合わせ', 'お問い合わせの種類を選んでください'],
      ['3', `「${asked}」`],
    ]);
    expect(seen[1]).toContain('問い合わせフォームを開く');
  }, 60_000);

  it('キャンセル leaves nothing stored; 担当者 offers the chat inquiry too', async () => {
    const chat = await RestChat.open(running.url, 'demo-municipality');
    await play(chat, [
      ['担当者', 'チャットでお問い合わせ'],
      ['チャットでお問い合わせ', 'お問い合わせの種類を選んでください'],
      ['どれでもない', 'ボタンから選ぶか、番号を入力してください'],
      ['ログイン', 'お問い合わせ内容を入力してください'],
      ['キャンセル', '中止しますか'],
      ['はい', '「チャットでお問い合わせ」を中止しました'],
    ]);
    expect(await inquiries().find({ conversationId: chat.conversationId })).toEqual([]);
  }, 60_000);
});
