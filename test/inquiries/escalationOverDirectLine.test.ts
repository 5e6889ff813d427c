/**
 * The whole escalation loop on the real app over the local Direct Line (real directlinejs client):
 * a question the bot cannot answer -> the signed form link in the chat -> the prefilled form is
 * submitted -> support replies in the console -> the reply arrives in the same chat; then
 * "FAQにする" makes the same question answered at once, with confidence, from the new entry.
 */
import type { Activity } from 'botbuilder';
import { appWithChats } from '../support/appWithChats';
import { post } from '../channels/helpers/directLineClient';
import { FormClient, fieldValue, textareaValue } from './support/formClient';
import type { InquiryRecord } from '../../adapters/inquiries/inquiryRecord';

const QUESTION = '社員食堂の今週のランチメニューを教えてください';

function inquiryLink(activity: Activity): string | undefined {
  for (const attachment of activity.attachments ?? []) {
    const buttons = (attachment.content as { buttons?: Array<{ type: string; value: string }> } | undefined)?.buttons ?? [];
    const open = buttons.find((button) => button.type === 'openUrl' && /\/inquiry\?t=/.test(button.value));
    if (open) return open.value;
  }
  return undefined;
}

const cardText = (activity: Activity) => `${activity.text ?? ''} ${JSON.stringify(activity.attachments ?? [])}`;

describe('escalation over the local Direct Line', () => {
  const app = appWithChats();

  it('hands an unanswerable question to support, delivers the reply into the chat, and learns it as a FAQ', async () => {
    const running = app.running;
    const { chat, ...issued } = await app.openChat('demo-facility');

    await post(chat.directLine, { type: 'message', from: { id: issued.userId }, text: QUESTION });
    const offer = await chat.waitFor((a) => a.from.role === 'bot' && inquiryLink(a) !== undefined, 'the inquiry form offer');
    const link = inquiryLink(offer)!;

    // The user opens the link: the form is prefilled with the question, the organisation and the transcript.
    const browser = new FormClient(running.url);
    const form = await browser.get(link.replace(/^https?:\/\/[^/]+/, ''));
    expect(textareaValue(form.body, 'question')).toBe(QUESTION);
    expect(form.body).toContain('千代田区A病院（医療機関）');
    const sent = await browser.post('/inquiry', {
      category: 'other',
      question: QUESTION,
      email: 'facility@example.jp',
      phone: '',
      csrf: fieldValue(form.body, 'csrf')!,
      context: fieldValue(form.body, 'context')!,
    });
    const number = /\/inquiry\/([^?]+)/.exec(sent.location ?? '')![1];
    const stored = await running.app.repositories.collection<InquiryRecord>('inquiries').get(number);
    expect(stored?.conversationId).toBe(issued.conversationId);
    expect(stored?.transcript.some((line) => line.from === 'user' && line.text === QUESTION)).toBe(true);

    // Support signs in, replies; the reply comes into the user's chat.
    const support = new FormClient(running.url);
    const login = await support.get('/support/login');
    await support.post('/support/login', { csrf: fieldValue(login.body, 'csrf')!, demoUser: 'demo-support' });
    const detail = await support.get(`/support/inquiries/${number}`);
    expect(detail.body).toContain(QUESTION);
    const reply = '社員食堂のメニューはV-SYSでは扱っていません。各施設の総務担当にお問い合わせください。';
    const replied = await support.post(`/support/inquiries/${number}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, reply });
    expect(replied.location).toContain('notice=delivered');
    const delivered = await chat.waitFor((a) => a.from.role === 'bot' && (a.text ?? '').includes(reply), 'the support reply in the chat');
    expect(delivered.text).toContain(number);
    // The status link in the chat opens the status page in any browser (signed view token).
    const statusUrl = /\((http[^)]+\/inquiry\/[^)]+)\)/.exec(delivered.text ?? '')![1];
    const statusPage = await new FormClient(running.url).get(statusUrl.replace(/^https?:\/\/[^/]+/, ''));
    expect(statusPage.status).toBe(200);
    expect(statusPage.body).toContain(reply);

    // FAQにする with the console's defaults (title = the question, answer = the reply).
    const answered = await support.get(`/support/inquiries/${number}`);
    expect(fieldValue(answered.body, 'title')).toBe(QUESTION);
    expect(textareaValue(answered.body, 'answer')).toBe(reply);
    const made = await support.post(`/support/inquiries/${number}/faq`, {
      csrf: fieldValue(answered.body, 'csrf')!,
      title: fieldValue(answered.body, 'title')!,
      answer: textareaValue(answered.body, 'answer')!,
      questions: textareaValue(answered.body, 'questions')!,
      roles: 'all',
    });
    expect(made.status).toBe(303);
    expect((await support.get(made.location!)).body).toContain('を登録しました');
    // It is browsable in /knowledge like any other FAQ entry.
    const faqId = /faq=([^&]+)/.exec(made.location!)![1];
    const faqPage = await new FormClient(running.url).get(`/knowledge/${faqId}`);
    expect(faqPage.status).toBe(200);
    expect(faqPage.body).toContain(reply);

    // The same question now gets the new FAQ as a confident answer, not the form.
    const before = chat.activities.length;
    await post(chat.directLine, { type: 'message', from: { id: issued.userId }, text: QUESTION });
    const answer = await chat.waitFor(
      (a) => chat.activities.indexOf(a) >= before && a.from.role === 'bot' && cardText(a).includes('総務担当'),
      'the FAQ answer',
    );
    expect(cardText(answer)).toContain(`よくある質問「${QUESTION}」`);
    expect(chat.activities.slice(before).some((a) => inquiryLink(a) !== undefined)).toBe(false);
  });
});
