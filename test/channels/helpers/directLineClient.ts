/**
 * botframework-directlinejs in Node: the real client, with `ws` as its WebSocket and a fetch-based
 * replacement for the browser's XMLHttpRequest (rxjs 5's ajax needs one).
 */
import WebSocket from 'ws';
import { Observable } from 'rxjs/Observable';
import { ConnectionStatus, DirectLine, type Activity as DirectLineActivity } from 'botframework-directlinejs';
import type { Activity } from 'botbuilder';

interface AjaxRequest {
  method?: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

function fetchAjax(request: AjaxRequest | string) {
  const req = typeof request === 'string' ? { url: request } : request;
  return Observable.create((subscriber: { next(v: unknown): void; error(e: unknown): void; complete(): void }) => {
    fetch(req.url, {
      method: req.method ?? 'GET',
      headers: req.headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
    })
      .then(async (res) => {
        const text = await res.text();
        const response = text ? JSON.parse(text) : undefined;
        const xhr = { getResponseHeader: (name: string) => res.headers.get(name) };
        if (res.ok) {
          subscriber.next({ response, status: res.status, xhr });
          subscriber.complete();
        } else {
          subscriber.error({ status: res.status, response, xhr });
        }
      })
      .catch((error) => subscriber.error({ status: 0, error }));
  });
}

// directlinejs decides between WebSocket and polling by looking for a global WebSocket.
(globalThis as unknown as { WebSocket: unknown }).WebSocket ??= WebSocket;

export function connectDirectLine(baseUrl: string, token: string, conversationId?: string): DirectLine {
  return new DirectLine({
    token,
    conversationId,
    domain: `${baseUrl}/v3/directline`,
    webSocket: true,
    pollingInterval: 500,
    // Not in the typings, read by makeServices(): the Node replacements for browser APIs.
    ...({ WebSocket, ajax: fetchAjax } as object),
  });
}

/** Records every activity a DirectLine delivers; `waitFor` resolves on the first match. */
export class Transcript {
  readonly activities: Activity[] = [];
  private waiters: Array<{ predicate: (a: Activity) => boolean; resolve: (a: Activity) => void }> = [];
  private readonly subscription: { unsubscribe(): void };

  constructor(readonly directLine: DirectLine) {
    this.subscription = directLine.activity$.subscribe((received: DirectLineActivity) => {
      const activity = received as unknown as Activity;
      this.activities.push(activity);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.predicate(activity)) return true;
        waiter.resolve(activity);
        return false;
      });
    });
  }

  waitFor(predicate: (a: Activity) => boolean, what: string, timeoutMs = 15_000): Promise<Activity> {
    const found = this.activities.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.activities.map((a) => a.type === 'message' ? a.text ?? a.attachments?.[0]?.contentType : a.type))}`)), timeoutMs);
      this.waiters.push({ predicate, resolve: (a) => (clearTimeout(timer), resolve(a)) });
    });
  }

  waitForConnected(): Promise<void> {
    return new Promise((resolve) => {
      const sub = this.directLine.connectionStatus$.subscribe((status) => {
        if (status === ConnectionStatus.Online) {
          setImmediate(() => sub.unsubscribe());
          resolve();
        }
      });
    });
  }

  end(): void {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}

export function post(directLine: DirectLine, activity: { type: string; from: { id: string }; [field: string]: unknown }): Promise<string> {
  return new Promise((resolve, reject) => {
    directLine.postActivity(activity as unknown as DirectLineActivity).subscribe({ next: resolve, error: reject });
  });
}
