/**
 * One HTTP request over node:http(s) with a keep-alive agent, answered as status + text.
 *
 * Used instead of fetch where many requests start at once. Measured with 100 simultaneous
 * conversations: requests of a burst that needed NEW connections (fetch's shared pool growing, or
 * an agent with a high socket limit) were answered one connection after another, latency growing
 * linearly with a request's place in the burst, while requests on connections already open were
 * served evenly. (Why new loopback connections are served in turn under load was not pinned down.)
 * So clients here keep their connections alive and bounded: one per simulated user in the
 * benchmark, a pool of 16 for the core client.
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
  /** Largest body accepted (default DEFAULT_MAX_RESPONSE_BYTES); a larger one rejects with ResponseTooLargeError. */
  maxResponseBytes?: number;
}

/**
 * Far above any answer the bot reads (JSON records and report CSVs shown in chat) and small enough
 * that a broken or hostile server cannot exhaust memory: the body is buffered whole, and a body of
 * a gigabyte would not even fit in one string (the 'end' handler threw, outside any promise).
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The server sent (or announced) a body larger than the caller accepts; the connection is closed. */
export class ResponseTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body larger than ${limit} bytes`);
    this.name = 'ResponseTooLargeError';
  }
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
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return new Promise((resolve, reject) => {
    // Stops reading and closes the socket (never returned to the pool half-read).
    const tooLarge = () => {
      reject(new ResponseTooLargeError(limit));
      request.destroy();
    };
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
        let received = 0;
        if (Number(response.headers['content-length'] ?? 0) > limit) return tooLarge();
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > limit) return tooLarge();
          chunks.push(chunk);
        });
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
