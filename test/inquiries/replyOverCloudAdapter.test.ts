/**
 * A support reply to an inquiry from a /api/messages channel (CloudAdapter; here the Emulator
 * channel against a fake Bot Connector) is delivered proactively through the stored conversation
 * reference.
 */
import { InquiryLinks } from '../../adapters/inquiries/inquiryLink';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { startApp, type RunningApp } from '../support/startApp';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { FormClient, fieldValue } from './support/formClient';

const SECRET = 'cloud-adapter-reply-test-secret-0123456789';

describe('support reply over the CloudAdapter', () => {
  let running: RunningApp;
  let connector: FakeConnector;

  beforeAll(async () => {
    running = await startApp({ TOKEN_SECRET: SECRET });
    connector = await startFakeConnector();
  });

  afterAll(async () => {
    await running.stop();
    await connector.close();
  });

  it('reaches the conversation the inquiry came from', async () => {
    const conversationId = `conv-${Date.now()}`;
    const message = {
      type: 'message',
      id: 'm1',
      channelId: 'emulator',
      serviceUrl: connector.serviceUrl,
      conversation: { id: conversationId },
      from: { id: 'user-1', name: '看護師' },
      recipient: { id: 'bot', name: 'vsys-assistant' },
      text: 'こんにちは',
    };
    const posted = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
    expect(posted.status).toBeLessThan(300);
    await connector.waitFor(1);

    const user = new FormClient(running.url);
    const link = await new InquiryLinks(new TokenSigner(SECRET)).inquiryLink({ reason: 'user-request', question: '担当者と話したい', transcript: [], conversationId });
    const form = await user.get(link);
    const sent = await user.post('/inquiry', { category: 'other', question: '担当者と話したい', email: 'nurse@example.jp', phone: '', csrf: fieldValue(form.body, 'csrf')!, context: fieldValue(form.body, 'context')! });
    const number = /\/inquiry\/([^?]+)/.exec(sent.location!)![1];

    const support = new FormClient(running.url);
    const login = await support.get('/support/login');
    await support.post('/support/login', { csrf: fieldValue(login.body, 'csrf')!, demoUser: 'demo-support' });
    const detail = await support.get(`/support/inquiries/${number}`);
    const before = connector.activities.length;
    const replied = await support.post(`/support/inquiries/${number}/reply`, { csrf: fieldValue(detail.body, 'csrf')!, reply: '担当者の山田です。お電話いたします。' });
    expect(replied.location).toContain('notice=delivered');
    const [delivered] = (await connector.waitFor(before + 1)).slice(before);
    expect(delivered.text).toContain('担当者の山田です。お電話いたします。');
    expect(delivered.text).toContain(number);
  });
});
