/**
 * One HTTP request over node:http(s) with a keep-alive agent, answered as status + text.
 *
 * Used instead of fetch where many requests start at once: fetch's shared pool put the requests
 * of a burst on the few connections it had open (or was still opening), one behind the other,
 * so the last caller waited for all the others (measured with 100 simultaneous conversations:
 * latency growing linearly with a request's place in the burst). An http.Agent opens a socket
 * per request up to its limit and reuses them afterwards.
 */
import http from 'node:http';
import https from 'node:https';

export interface TextResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface TextRequestOptions {
  method: string;
  headers?: Record<string, string | number>;
  body?: string;
  signal?: AbortSignal;
}

/** Keep-alive agents for both schemes; one per client so its connections are its own. */
export class KeepAliveAgents {
  readonly http: http.Agent;
  readonly https: https.Agent;

  constructor(maxSockets = 64) {
    this.http = new http.Agent({ keepAlive: true, maxSockets });
    this.https = new https.Agent({ keepAlive: true, maxSockets });
  }

  destroy(): void {
    this.http.destroy();
    this.https.destroy();
  }
}

export function requestText(url: string, options: TextRequestOptions, agents: KeepAliveAgents): Promise<TextResponse> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const body = options.body;
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      target,
      {
        method: options.method,
        agent: secure ? agents.https : agents.http,
        signal: options.signal,
        headers: { ...options.headers, ...(body !== undefined ? { 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('response aborted')));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** True for the error of a request stopped by its AbortSignal (e.g. AbortSignal.timeout). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as { code?: string }).code === 'ABORT_ERR');
}
