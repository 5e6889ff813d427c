/**
 * A support reply reaches the user's chat once, however often the same reply form is sent: after
 * its delivery outcome failed to save, on a double click, on a resend. Real app, real chat over
 * the local Direct Line, a real store with one injected write failure.
 */
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { InquiryStore } from '../../adapters/inquiries/inquiryStore';
import { CONVERSATION_REFERENCES_COLLECTION } from '../../adapters/inquiries/conversationReferences';
import type { RunningApp } from '../support/startApp';
import { RestChat } from '../support/restChat';
import { makeTempDir } from '../support/tempDir';
import { fieldValue, type FormClient } from './support/formClient';
import { signedInSupport } from './support/consoleClient';
import { FlakyRepositories } from './support/flakyRepositories';
import { eventually, startAppOnStore } from './support/appOnStore';

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('a support reply is delivered once per reply form', () => {
  const temp = makeTempDir('vsys-reply-once-');
  let store: EmbeddedRepositories;
  let flaky: FlakyRepositories;
  let running: RunningApp;

  beforeAll(async () => {
    store = new EmbeddedRepositories(temp.dir);
    flaky = new FlakyRepositories(store);
    running = await startAppOnStore(flaky);
  });

  afterAll(async () => {
    await running?.stop();
    await store.close();
    temp.cleanup();
  });

  /** The reply form's fields as the browser would send them. */
  async function replyForm(support: FormClient, number: string, reply: string): Promise<Record<string, string>> {
    const detail = await support.get(`/support/inquiries/${number}`);
    const replyId = fieldValue(detail.body, 'replyId');
    expect(replyId).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    return { csrf: fieldValue(detail.body, 'csrf')!, replyId: replyId!, reply };
  }

  it('does not deliver again when the outcome was not saved, on a resend or a double click', async () => {
    const chat = await RestChat.open(running.url, 'demo-facility');
    await eventually(async () => (await store.collection(CONVERSATION_REFERENCES_COLLECTION).get(chat.conversationId)) !== undefined, 'the conversation reference');
    const inquiry = await new InquiryStore(store).create({
      category: 'operation', question: '予約受付を一時停止する方法を教えてください', email: 'user@example.jp', transcript: [],
      conversationId: chat.conversationId,
      requester: { userId: chat.userId, displayName: '山田', role: 'facility', organizationId: 'f1', organizationName: '千代田区A病院' },
    });
    const path = `/support/inquiries/${inquiry.id}`;
    const support = await signedInSupport(running.url);

    // Delivered, but recording the outcome fails (the write after the one storing the reply).
    const first = '「医療機関情報」画面で予約受付状況を「停止中」にしてください。';
    const form = await replyForm(support, inquiry.id, first);
    flaky.failReplaceAfter('inquiries', 1);
    const sent = await support.post(`${path}/reply`, form);
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${path}?notice=unsaved-delivered`);
    const told = await support.get(sent.location!);
    expect(told.body).toContain('チャットに届けました。ただし、送信結果を記録できませんでした。同じ回答がもう一度届くことはありませんので、再送信は不要です。');
    expect(told.body).toContain('チャットに届いたかどうか記録されていません');

    // Staff press send again on the same form: recognised, not delivered again, and told so.
    const again = await support.post(`${path}/reply`, form);
    expect(again.location).toBe(`${path}?notice=duplicate`);
    expect((await support.get(again.location!)).body).toContain('この回答はすでに送信済みです。同じ回答が二重に届かないよう、今回は送信しませんでした。');

    // A double click sends one form twice at the same moment: one delivery.
    const second = '停止中の間は、予約の新規受付だけが止まります。';
    const doubleClick = await replyForm(support, inquiry.id, second);
    const both = await Promise.all([support.post(`${path}/reply`, doubleClick), support.post(`${path}/reply`, doubleClick)]);
    expect(both.map((response) => response.location).sort()).toEqual([`${path}?notice=delivered`, `${path}?notice=duplicate`]);

    // A new form is a new reply. Once it arrived, everything before it has arrived too.
    const last = '他にご不明な点があれば、お知らせください。';
    expect((await support.post(`${path}/reply`, await replyForm(support, inquiry.id, last))).location).toBe(`${path}?notice=delivered`);
    const seen = await chat.until(last);
    expect(occurrences(seen, first)).toBe(1);
    expect(occurrences(seen, second)).toBe(1);

    const history = (await support.get(path)).body;
    expect(occurrences(history, `<div class="reply">${first}</div>`)).toBe(1);
    expect(occurrences(history, `<div class="reply">${second}</div>`)).toBe(1);
    const stored = await new InquiryStore(store).get(inquiry.id);
    expect(stored!.replies.map((reply) => [reply.text, reply.delivery])).toEqual([[first, 'pending'], [second, 'delivered'], [last, 'delivered']]);
  });
});
