/**
 * The whole assistant (bot/app.ts wiring, knowledge, reference core) over the local Direct Line
 * with the real botframework-directlinejs client (WebSocket): a demo facility user is greeted, asks
 * a question and gets the answer card with its source, then starts an operation in the same
 * conversation (issue 11's acceptance: welcome, question -> answer card, start of an operation).
 */
import type { Activity } from 'botbuilder';
import { appWithChats } from '../support/appWithChats';
import { post } from './helpers/directLineClient';

interface DemoUser {
  id: string;
  displayName: string;
  role: string;
  organizationName: string;
  facilityType: string | null;
}

function cardTexts(activity: Activity): string {
  return JSON.stringify(activity.attachments?.map((attachment) => attachment.content) ?? []);
}

describe('the assistant over the local Direct Line', () => {
  const app = appWithChats();

  it('lists demo users of every role from the demo data', async () => {
    const res = await fetch(`${app.running.url}/api/demo/users`);
    expect(res.status).toBe(200);
    const users = (await res.json()) as DemoUser[];
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(['prefecture', 'municipality', 'facility', 'maker', 'support']));
    for (const user of users) {
      expect(Object.keys(user).sort()).toEqual(['displayName', 'facilityType', 'id', 'organizationName', 'role']);
      if (user.role === 'facility') expect(['basic', 'satellite']).toContain(user.facilityType);
    }
  });

  it('greets a demo facility user, answers a question with a source card, then starts an operation', async () => {
    const users = (await (await fetch(`${app.running.url}/api/demo/users`)).json()) as DemoUser[];
    const facility = users.find((user) => user.role === 'facility' && user.facilityType === 'basic')!;
    const { chat, userId, welcome } = await app.openChat(facility.id);
    expect(userId).toBe(facility.id);
    expect(`${welcome.text ?? ''}${cardTexts(welcome)}`).toContain('V-SYS');

    await post(chat.directLine, { type: 'message', text: '希望量の登録方法を教えてください', from: { id: facility.id } });
    const answer = await chat.waitFor(
      (a) => a.type === 'message' && (a.attachments ?? []).some((att) => att.contentType === 'application/vnd.microsoft.card.adaptive'),
      'answer card',
      30_000,
    );
    const card = cardTexts(answer);
    expect(card).toContain('希望量');
    expect(card).toMatch(/出典|Action\.OpenUrl/);

    // Same conversation: an operation starts from a sentence and asks for its first missing value.
    await post(chat.directLine, { type: 'message', text: '移送を登録したい', from: { id: facility.id } });
    const question = await chat.waitFor((a) => a.type === 'message' && a.from.role === 'bot' && (a.text ?? '').includes('移送日はいつですか'), 'first question of the operation', 30_000);
    expect(question.suggestedActions?.actions.map((action) => action.title)).toEqual(expect.arrayContaining(['今日', '昨日']));
  });
});
