/**
 * The approval round trip through the whole assistant (bot/app.ts wiring: MainDialog routing, the
 * registered facility operations, the embedded reference core over HTTP, the embedded store) in two
 * Direct Line conversations of two demo users: the facility files a change, the municipality
 * approves it in its own chat, the facility then sees the new value.
 */
import type { Activity } from 'botbuilder';
import { activityPlainText } from '../../../../dialogs/operations/shared/operationCard';
import { startApp, type RunningApp } from '../../../support/startApp';

/** A Direct Line 3.0 conversation over plain REST (post, then read after the watermark). */
class RestChat {
  private watermark = 0;

  private constructor(private readonly baseUrl: string, private readonly token: string, private readonly conversationId: string, private readonly userId: string) {}

  static async open(baseUrl: string, demoUser: string): Promise<RestChat> {
    const issued = (await (await fetch(`${baseUrl}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ demoUser }) })).json()) as { token: string; conversationId: string; userId: string };
    const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${issued.token}` } });
    expect(started.ok).toBe(true);
    const chat = new RestChat(baseUrl, issued.token, issued.conversationId, issued.userId);
    await chat.until('V-SYS');
    return chat;
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

describe('approval round trip over the local Direct Line', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  }, 60_000);
  afterAll(() => running.stop());

  it('facility files 代表者名, the municipality approves in its own chat, the facility sees it', async () => {
    const facility = await RestChat.open(running.url, 'demo-facility');
    await facility.say('代表者名を変更したい', '現在の値：代表 花子');
    await facility.say('新代表 次郎', '登録する');
    const filed = await facility.say('登録する', '変更を申請しました');
    expect(filed).toContain('市町村の承認後に反映されます');

    const municipality = await RestChat.open(running.url, 'demo-municipality');
    const list = await municipality.say('承認待ちの申請を確認したい', '承認待ちの申請（1件）');
    expect(list).toContain('千代田区A病院：代表者名の変更');
    await municipality.say('1', '代表者名：代表 花子 → 新代表 次郎');
    await municipality.say('承認する', 'よろしいですか');
    await municipality.say('はい', '承認しました');

    const view = await facility.say('医療機関情報を確認したい', '代表者名の変更は');
    expect(view).toContain('代表者名：新代表 次郎');
    expect(view).toContain('承認されました');
  }, 90_000);
});
