/**
 * The per-cool operations through the whole assistant (bot/app.ts wiring, MainDialog routing from a
 * sentence, the embedded reference core over HTTP, the local Direct Line): the welcome of a
 * facility user mentions the open 希望量, and one sentence registers a 移送・融通.
 */
import type { Activity } from 'botbuilder';
import { activityPlainText } from '../../../../dialogs/operations/shared/operationCard';
import { startApp, type RunningApp } from '../../../support/startApp';

/** A Direct Line 3.0 conversation over plain REST (post, then read after the watermark). */
class RestChat {
  private watermark = 0;

  private constructor(private readonly baseUrl: string, private readonly token: string, private readonly conversationId: string, private readonly userId: string) {}

  /** Opens the conversation and waits until the greeting contains `expected`. */
  static async open(baseUrl: string, demoUser: string, expected = 'V-SYS'): Promise<{ chat: RestChat; greeting: string }> {
    const issued = (await (await fetch(`${baseUrl}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ demoUser }) })).json()) as { token: string; conversationId: string; userId: string };
    const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${issued.token}` } });
    expect(started.ok).toBe(true);
    const chat = new RestChat(baseUrl, issued.token, issued.conversationId, issued.userId);
    const greeting = await chat.until(expected);
    return { chat, greeting };
  }

  /** Sends a message and waits until the bot's replies contain `expected`; returns them as text. */
  async say(text: string, expected: string): Promise<string> {
    const res = await fetch(`${this.baseUrl}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, from: { id: this.userId } }),
    });
    expect(res.ok).toBe(true);
    return this.until(expected);
  }

  private async until(expected: string, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let seen = '';
    while (Date.now() < deadline) {
      const res = await fetch(`${this.baseUrl}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, { headers: { Authorization: `Bearer ${this.token}` } });
      const page = (await res.json()) as { activities: Activity[]; watermark: string };
      this.watermark = Number(page.watermark);
      seen += page.activities.filter((a) => a.type === 'message' && a.from?.id !== this.userId).map((a) => [activityPlainText(a), JSON.stringify(a.attachments ?? []), ...(a.suggestedActions?.actions ?? []).map((action) => `[${action.title}]`)].join('\n')).join('\n');
      if (seen.includes(expected)) return seen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for 「${expected}」; the bot said:\n${seen}`);
  }
}

describe('per-cool operations over the local Direct Line', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  }, 60_000);
  afterAll(() => running.stop());

  it('welcome mentions the open 希望量; one sentence starts and completes a 移送・融通', async () => {
    const { chat: facility, greeting } = await RestChat.open(running.url, 'demo-facility', '希望量が未登録です');
    expect(greeting).toMatch(/今クール（第6クール）の希望量が未登録です。締切は\d{4}年\d{1,2}月\d{1,2}日です。/);
    const confirm = await facility.say('昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました', '[登録する]');
    expect(confirm).toContain('3バイアル');
    expect(confirm).toContain('千代田区Bクリニック');
    await facility.say('登録する', '移送・融通の登録が完了しました');
  });
});
