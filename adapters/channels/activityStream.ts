/**
 * The Direct Line WebSocket stream (`/v3/directline/conversations/:id/stream?t=<stream token>`):
 * pushes `{"activities":[...],"watermark":"n"}` messages, starting after the watermark in the URL.
 *
 * Each connection has one "pump" that reads the store after the last watermark it sent and sends
 * what is new; it runs when this instance appends to the conversation and, when another instance
 * may write to the same store (MongoDB), on a poll interval. Reading from the store rather than
 * forwarding events keeps order and never sends an activity twice.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity } from 'botbuilder';
import { WebSocketServer, type WebSocket } from 'ws';
import { PAGE_SIZE, type ConversationStore } from './conversationStore';
import type { DirectLineTokens } from './directLineTokens';
import { DIRECT_LINE_PREFIX } from './directLineRoutes';
import { parseWatermark } from './requestAuth';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PREFIX}/conversations/([^/]+)/stream$`);
const HEARTBEAT_MS = 30_000;

export interface StreamLogger {
  warn(details: object, message: string): void;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const body = JSON.stringify({ type: 'urn:vsys-assistant:problem:stream-refused', title: reason, status });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export class ActivityStream {
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 });
  private readonly closers = new Set<() => void>();

  constructor(
    private readonly store: ConversationStore,
    private readonly tokens: DirectLineTokens,
    private readonly logger: StreamLogger,
    /** 0 = only this instance writes (embedded store); otherwise poll for other instances' writes. */
    private readonly pollIntervalMs = 0,
  ) {}

  attach(httpServer: HttpServer): void {
    httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const match = STREAM_PATH.exec(url.pathname);
      if (!match) {
        // Another part of the server may own this upgrade; refuse only when nobody else listens.
        if (httpServer.listenerCount('upgrade') === 1) refuse(socket, 404, 'Not Found');
        return;
      }
      const check = this.tokens.verifyStreamToken(url.searchParams.get('t') ?? undefined);
      if (!check.ok) return refuse(socket, 401, 'Unauthorized');
      if (check.conversationId !== decodeURIComponent(match[1])) return refuse(socket, 403, 'Forbidden');
      const watermark = parseWatermark(url.searchParams.get('watermark') ?? undefined);
      if (watermark === undefined) return refuse(socket, 400, 'Bad Request');
      this.sockets.handleUpgrade(req, socket, head, (ws) => this.serve(ws, check.conversationId, watermark));
    });
  }

  /** Closes every open stream (graceful shutdown); clients reconnect to another instance. */
  close(): void {
    for (const close of [...this.closers]) close();
    this.sockets.close();
  }

  private serve(ws: WebSocket, conversationId: string, startWatermark: number): void {
    let sent = startWatermark;
    let running = false;
    let again = false;
    let alive = true;

    const send = (activities: unknown[], watermark: number): void => {
      ws.send(JSON.stringify({ activities, watermark: String(watermark) }));
    };
    // Activities pushed during one turn (typing, the answer, the follow-up question) leave as one
    // message once the current task is done: one socket write instead of one per activity.
    let pending: unknown[] = [];
    let pendingWatermark = sent;
    let flushScheduled = false;
    const flush = (): void => {
      flushScheduled = false;
      const activities = pending;
      pending = [];
      if (activities.length > 0 && ws.readyState === ws.OPEN) send(activities, pendingWatermark);
    };
    const enqueue = (activity: Activity, watermark: number): void => {
      pending.push(activity);
      pendingWatermark = watermark;
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    };

    const pump = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const page = await this.store.after(conversationId, sent);
          if (page.activities.length > 0 && ws.readyState === ws.OPEN) {
            flush(); // what was queued comes before the page (it has lower sequence numbers)
            send(page.activities, page.watermark);
            sent = page.watermark;
            again ||= page.activities.length >= PAGE_SIZE;
          }
        } while (again && ws.readyState === ws.OPEN);
      } catch (error) {
        this.logger.warn({ err: error, conversationId }, 'stream could not read the conversation');
      } finally {
        running = false;
      }
    };

    // The activity just appended is the next one this stream owes its client: send it as it is
    // instead of reading it back from the store (a query per activity, growing with the transcript).
    const onAppended = (id: string, activity?: Activity, sequence?: number) => {
      if (id !== conversationId) return;
      if (!running && activity && sequence === sent + 1 && ws.readyState === ws.OPEN) {
        enqueue(activity, sequence);
        sent = sequence;
        return;
      }
      void pump();
    };
    const onEphemeral = (id: string, activity: Activity) => {
      if (id === conversationId && ws.readyState === ws.OPEN) enqueue(activity, sent);
    };
    this.store.appended.on('activity', onAppended);
    this.store.appended.on('ephemeral', onEphemeral);
    const poll = this.pollIntervalMs > 0 ? setInterval(() => void pump(), this.pollIntervalMs) : undefined;
    // Dead connections (a laptop lid closed) are noticed by a missing pong and cleaned up.
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, HEARTBEAT_MS);
    ws.on('pong', () => (alive = true));
    ws.on('message', () => undefined); // clients send empty keep-alive messages; nothing else is expected
    ws.on('error', () => ws.terminate());

    const cleanup = () => {
      this.store.appended.off('activity', onAppended);
      this.store.appended.off('ephemeral', onEphemeral);
      if (poll) clearInterval(poll);
      clearInterval(heartbeat);
      this.closers.delete(close);
    };
    const close = () => {
      cleanup();
      ws.close(1001, 'server shutting down');
    };
    this.closers.add(close);
    ws.on('close', cleanup);
    void pump();
  }
}
