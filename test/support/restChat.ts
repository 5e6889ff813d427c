/**
 * A Direct Line 3.0 conversation of a demo user over plain REST (post, then read after the
 * watermark): the whole assistant as a Web Chat user sees it, without a WebSocket client.
 */
import type { Activity } from 'botbuilder';
import { activityPlainText } from '../../dialogs/operations/shared/operationCard';

export class RestChat {
  private watermark = 0;
  /** What the bot said when the conversation opened (the welcome). */
  greeting = '';

  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    readonly conversationId: string,
    readonly userId: string,
  ) {}

  /** Opens the conversation and waits until the greeting contains `expected`. */
  static async open(baseUrl: string, demoUser: string, expected = 'V-SYS'): Promise<RestChat> {
    const issued = (await (await fetch(`${baseUrl}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ demoUser }) })).json()) as { token: string; conversationId: string; userId: string };
    const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${issued.token}` } });
    expect(started.ok).toBe(true);
    const chat = new RestChat(baseUrl, issued.token, issued.conversationId, issued.userId);
    chat.greeting = await chat.until(expected);
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

  /** Waits until what the bot said since the last read contains `expected` (cards and buttons included). */
  async until(expected: string, timeoutMs = 20_000): Promise<string> {
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
