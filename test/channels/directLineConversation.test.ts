/**
 * The real botframework-directlinejs client (Node, WebSocket) holds conversations on the local
 * Direct Line: greeting, a card with suggested actions, events, token refresh, and continuing a
 * conversation after the server restarts on the same store.
 */
import { makeTempDir } from '../support/tempDir';
import { FACILITY_USER, startChannelServer, type ChannelServer } from './helpers/channelServer';
import { connectDirectLine, post, Transcript } from './helpers/directLineClient';
import { PROBE_WELCOME } from './helpers/probeBot';

async function demoToken(url: string, demoUser = FACILITY_USER.id) {
  const res = await fetch(`${url}/api/directline/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ demoUser }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { token: string; expires_in: number; userId: string; conversationId: string };
}

describe('local Direct Line with botframework-directlinejs', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: ChannelServer;
  const open: Transcript[] = [];

  beforeEach(async () => {
    temp = makeTempDir('vsys-dl-');
    server = await startChannelServer({ dataDir: temp.dir });
  });

  afterEach(async () => {
    open.splice(0).forEach((transcript) => transcript.end());
    await server.stop();
    temp.cleanup();
  });

  function connect(url: string, token: string, conversationId?: string): Transcript {
    const transcript = new Transcript(connectDirectLine(url, token, conversationId));
    open.push(transcript);
    return transcript;
  }

  it('greets, answers with a card and suggested actions, and echoes the user as the token user', async () => {
    const issued = await demoToken(server.url);
    expect(issued).toMatchObject({ userId: FACILITY_USER.id, expires_in: expect.any(Number) });
    const chat = connect(server.url, issued.token);

    const welcome = await chat.waitFor((a) => a.type === 'message' && a.text === PROBE_WELCOME, 'welcome');
    expect(welcome.from.role).toBe('bot');
    expect(welcome.conversation?.id).toBe(issued.conversationId);

    await post(chat.directLine, { type: 'message', text: '質問: 希望量の登録方法', from: { id: FACILITY_USER.id } });
    const own = await chat.waitFor((a) => a.type === 'message' && a.text === '質問: 希望量の登録方法', 'own message echoed');
    expect(own.from).toMatchObject({ id: FACILITY_USER.id, name: FACILITY_USER.displayName, role: 'user' });
    expect((own.channelData as Record<string, unknown>).userToken).toBeUndefined(); // never leaves the server

    await chat.waitFor((a) => a.type === 'typing', 'typing indicator');
    const answer = await chat.waitFor((a) => a.type === 'message' && (a.attachments?.length ?? 0) > 0, 'answer card');
    expect(answer.attachments?.[0]).toMatchObject({
      contentType: 'application/vnd.microsoft.card.hero',
      content: { title: '希望量の登録方法', buttons: [{ type: 'openUrl', value: 'https://example.invalid/manual#3-2' }] },
    });
    expect(answer.suggestedActions?.actions.map((action) => action.title)).toEqual(['解決しました', '担当者に問い合わせる']);

    await post(chat.directLine, { type: 'event', name: 'ping', from: { id: FACILITY_USER.id } });
    await chat.waitFor((a) => a.type === 'message' && a.text === 'pong', 'reply to an event');

    // Order of the transcript is the order of the turns.
    const texts = chat.activities.filter((a) => a.type === 'message').map((a) => a.text ?? '[card]');
    expect(texts).toEqual([PROBE_WELCOME, '質問: 希望量の登録方法', '[card]', 'pong']);
  });

  it('refreshes a token for the same conversation', async () => {
    const issued = await demoToken(server.url);
    const chat = connect(server.url, issued.token);
    await chat.waitFor((a) => a.text === PROBE_WELCOME, 'welcome');
    const res = await fetch(`${server.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${issued.token}` } });
    expect(res.status).toBe(200);
    const refreshed = (await res.json()) as { token: string; conversationId: string; expires_in: number };
    expect(refreshed.conversationId).toBe(issued.conversationId);
    expect(refreshed.token).not.toBe(issued.token);
    const history = await fetch(`${server.url}/v3/directline/conversations/${issued.conversationId}/activities`, {
      headers: { Authorization: `Bearer ${refreshed.token}` },
    });
    expect(history.status).toBe(200);
    expect(((await history.json()) as { activities: Array<{ text?: string }> }).activities[0].text).toBe(PROBE_WELCOME);
  });

  it('continues a conversation after the server restarts on the same store', async () => {
    const issued = await demoToken(server.url);
    const before = connect(server.url, issued.token);
    await before.waitFor((a) => a.text === PROBE_WELCOME, 'welcome');
    await post(before.directLine, { type: 'message', text: '一つ目', from: { id: 'x' } });
    await before.waitFor((a) => a.text === 'echo:一つ目', 'first echo');
    before.end();
    await server.stop();

    server = await startChannelServer({ dataDir: temp.dir });
    const after = connect(server.url, issued.token, issued.conversationId);
    await after.waitFor((a) => a.text === 'echo:一つ目', 'history after restart');
    await post(after.directLine, { type: 'message', text: '二つ目', from: { id: 'x' } });
    await after.waitFor((a) => a.text === 'echo:二つ目', 'reply after restart');
    // Activity ids keep counting: nothing from before the restart was overwritten.
    const ids = after.activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(after.activities.filter((a) => a.text === PROBE_WELCOME)).toHaveLength(1); // no second greeting
  });
});

describe('proactive messages into a local Direct Line conversation', () => {
  it('delivers a message sent later with the stored conversation reference (e.g. a support reply)', async () => {
    const temp = makeTempDir('vsys-dl-pro-');
    const server = await startChannelServer({ dataDir: temp.dir });
    const issued = await demoToken(server.url);
    const chat = new Transcript(connectDirectLine(server.url, issued.token));
    try {
      await post(chat.directLine, { type: 'message', text: 'よろしく', from: { id: FACILITY_USER.id } });
      const own = await chat.waitFor((a) => a.text === 'よろしく', 'own message');
      const { TurnContext } = await import('botbuilder');
      const reference = TurnContext.getConversationReference(own);
      await server.directLine.adapter.continueConversationAsync('', reference, async (context) => {
        await context.sendActivity('サポート担当からの回答です。');
      });
      const reply = await chat.waitFor((a) => a.text === 'サポート担当からの回答です。', 'proactive reply');
      expect(reply.from.role).toBe('bot');
      await expect(
        server.directLine.adapter.continueConversationAsync('', { ...reference, serviceUrl: 'https://smba.trafficmanager.net/apis/' }, async () => undefined),
      ).rejects.toThrow(/local Direct Line/);
    } finally {
      chat.end();
      await server.stop();
      temp.cleanup();
    }
  });
});
