/**
 * A small HTTP server playing a channel's serviceUrl (the Bot Connector API): it records every
 * activity the bot sends so a test can read the bot's replies.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
  suggestedActions?: { actions: Array<{ title?: string; value?: unknown }> };
  [field: string]: unknown;
}

export interface FakeConnector {
  serviceUrl: string;
  activities: RecordedActivity[];
  /** Resolves once at least `count` activities have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const activities: RecordedActivity[] = [];
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
        activities.push(JSON.parse(body) as RecordedActivity);
        waiters.splice(0).forEach((wake) => wake());
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${activities.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    activities,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (activities.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} activities, got ${activities.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return activities;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
