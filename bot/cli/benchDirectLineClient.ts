/**
 * A lean Direct Line 3.0 client for the benchmark and the reliability suites: demo token, start the
 * conversation, then one user turn at a time. Lean on purpose (node:http + ws, no rxjs) so that with
 * 100 conversations the figures measure the server, not the client.
 *
 * Two ways to read the bot's replies:
 * - stream (what Web Chat does): replies are pushed over the WebSocket; a turn is over when the
 *   POST has returned (the server answers it once the bot's turn is done) and the first reply to
 *   that activity (`replyToId`) that is not a typing indicator has been pushed;
 * - polling (`stream: false`, used by tests): after the POST, GET the activities after the
 *   watermark until a reply to the activity is there; deterministic, nothing arrives late.
 */
import WebSocket from 'ws';
import { KeepAliveAgents, requestText } from '../../adapters/http/textRequest';

export interface BotActivity {
  id?: string;
  type: string;
  text?: string;
  replyToId?: string;
  from?: { id: string; role?: string };
  attachments?: Array<{ contentType: string; content?: unknown }>;
  suggestedActions?: { actions: Array<{ title?: string; value?: unknown }> };
  channelData?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface TurnResult {
  /** The bot's replies to this user activity (typing indicators excluded), in order. */
  replies: BotActivity[];
  /** From sending the activity to the end of the turn as the client sees it. */
  latencyMs: number;
}

export interface SessionOptions {
  /** Read replies from the WebSocket stream (default) or by polling GET /activities. */
  stream?: boolean;
  /** Longest wait for one turn's reply (default 30 s). */
  turnTimeoutMs?: number;
}

export class DirectLineHttpError extends Error {
  constructor(readonly status: number, readonly body: string, what: string) {
    super(`${what}: HTTP ${status} ${body.slice(0, 300)}`);
    this.name = 'DirectLineHttpError';
  }
}

const isReply = (activity: BotActivity, to: string): boolean =>
  activity.replyToId === to && activity.type !== 'typing' && activity.from?.role !== 'user';

export class DirectLineSession {
  /** Every activity seen, user's and bot's, in transcript order. */
  readonly activities: BotActivity[] = [];
  private watermark = 0;
  private socket?: WebSocket;
  private wakers: Array<() => void> = [];
  private readonly turnTimeoutMs: number;

  private constructor(
    readonly baseUrl: string,
    readonly token: string,
    readonly conversationId: string,
    readonly userId: string,
    private readonly options: SessionOptions,
    private readonly connection: Connection,
  ) {
    this.turnTimeoutMs = options.turnTimeoutMs ?? 30_000;
  }

  /** Demo sign-in as `demoUser`, starts the conversation and waits for the greeting. */
  static async open(baseUrl: string, demoUser: string, options: SessionOptions = {}): Promise<DirectLineSession> {
    const connection = new Connection();
    const issued = await connection.postJson<{ token: string; conversationId: string; userId: string }>(`${baseUrl}/api/directline/token`, { demoUser }, undefined, 'token');
    return DirectLineSession.resume(baseUrl, issued.token, issued.userId, options, connection);
  }

  /** Starts or resumes the token's conversation (after a restart: the same conversation, no new greeting). */
  static async resume(baseUrl: string, token: string, userId: string, options: SessionOptions = {}, connection = new Connection()): Promise<DirectLineSession> {
    const started = await connection.postJson<{ conversationId: string; streamUrl: string }>(`${baseUrl}/v3/directline/conversations`, {}, token, 'start conversation');
    const session = new DirectLineSession(baseUrl, token, started.conversationId, userId, options, connection);
    if (options.stream !== false) await session.connect(started.streamUrl);
    await session.waitUntil(() => session.activities.some((a) => a.from?.role !== 'user' && a.type === 'message'), 'the greeting');
    return session;
  }

  /** Sends a message and resolves with the bot's replies to it. */
  async say(text: string, extra: Record<string, unknown> = {}): Promise<TurnResult> {
    return this.send({ type: 'message', text, locale: 'ja-JP', ...extra });
  }

  async send(activity: Record<string, unknown>): Promise<TurnResult> {
    const started = process.hrtime.bigint();
    const { id } = await this.connection.postJson<{ id: string }>(
      `${this.baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities`,
      { from: { id: this.userId }, ...activity },
      this.token,
      'post activity',
    );
    await this.waitUntil(() => this.activities.some((a) => isReply(a, id)), `a reply to "${String(activity.text ?? activity.type).slice(0, 40)}"`);
    const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (this.options.stream === false) await this.poll(); // replies stored after the first one
    return { replies: this.activities.filter((a) => isReply(a, id)), latencyMs };
  }

  /** Bot messages after the given index of `activities` (for tests reading a whole exchange). */
  botMessagesSince(index: number): BotActivity[] {
    return this.activities.slice(index).filter((a) => a.type === 'message' && a.from?.role !== 'user');
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
    this.connection.close();
  }

  private connect(streamUrl: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(streamUrl);
      this.socket = socket;
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.on('message', (data) => {
        const text = data.toString();
        if (!text) return; // keep-alive
        const page = JSON.parse(text) as { activities: BotActivity[]; watermark?: string };
        this.take(page.activities, page.watermark);
      });
    });
  }

  private take(activities: BotActivity[], watermark: string | undefined): void {
    const known = new Set(this.activities.map((a) => a.id));
    for (const activity of activities) if (!known.has(activity.id)) this.activities.push(activity);
    if (watermark !== undefined && Number(watermark) > this.watermark) this.watermark = Number(watermark);
    this.wakers.splice(0).forEach((wake) => wake());
  }

  private async poll(): Promise<void> {
    const url = `${this.baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities?watermark=${this.watermark}`;
    const { status, body } = await this.connection.request('GET', url, undefined, this.token);
    if (status >= 300) throw new DirectLineHttpError(status, body, 'read activities');
    const page = JSON.parse(body) as { activities: BotActivity[]; watermark: string };
    this.take(page.activities, page.watermark);
  }

  private async waitUntil(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + this.turnTimeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} in ${this.conversationId}`);
      if (this.options.stream === false) {
        await this.poll();
        if (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
      } else {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1000);
          this.wakers.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }
  }
}

/**
 * One user's HTTP connection, kept alive as a browser keeps it: with fetch's pool shared by all
 * sessions, the first requests of a burst of new conversations queued behind each other on the
 * few connections it had (see adapters/http/textRequest.ts), which the figures then blamed on the
 * server.
 */
class Connection {
  private readonly agents = new KeepAliveAgents(2);

  async request(method: string, url: string, body: unknown, token: string | undefined): Promise<{ status: number; body: string }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    const response = await requestText(url, { method, headers, body: payload }, this.agents);
    return { status: response.status, body: response.text };
  }

  async postJson<T>(url: string, body: unknown, token: string | undefined, what: string): Promise<T> {
    const response = await this.request('POST', url, body, token);
    if (response.status >= 300) throw new DirectLineHttpError(response.status, response.body, what);
    return JSON.parse(response.body) as T;
  }

  close(): void {
    this.agents.destroy();
  }
}

/** All the text a reply shows: its text, card titles/texts and button titles (for assertions). */
export function visibleText(activity: BotActivity): string {
  const parts: string[] = [activity.text ?? ''];
  for (const attachment of activity.attachments ?? []) parts.push(JSON.stringify(attachment.content ?? ''));
  for (const action of activity.suggestedActions?.actions ?? []) parts.push(action.title ?? String(action.value ?? ''));
  return parts.join('\n');
}
