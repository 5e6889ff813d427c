/**
 * One HTTP call to the core system API with the safety the bot needs: a signed user token per
 * call, a timeout per attempt, retries with exponential backoff on network errors, timeouts and
 * 5xx (every call is safe to repeat: reads, or writes carrying the same Idempotency-Key), no retry
 * on 4xx, and problem+json turned into a typed CoreSystemError.
 */
import { CoreSystemError, type CoreSystemErrorKind } from '../../dialogs/ports/coreSystem';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { TokenSigner } from '../identity/signedToken';
import { UserTokenIssuer } from '../identity/userToken';
import { KeepAliveAgents, ResponseTooLargeError, isAbortError, requestText, type TextResponse } from '../http/textRequest';
import { clientMessages } from './messages';

export interface HttpTransportOptions {
  /**
   * Base URL of the API including its version path, e.g. http://127.0.0.1:3978/core/v1; a function
   * when it is only known once the server listens (the embedded core on port 0).
   */
  baseUrl: string | (() => string);
  /** Secret the core system verifies user tokens with. */
  tokenSecret: string;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  /** Extra attempts after the first (default 2). */
  retries?: number;
  /** First backoff delay; doubles each retry (default 200 ms). */
  backoffMs?: number;
}

export interface CoreRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  user?: UserIdentity;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  /** Return the body as text (CSV) instead of parsed JSON. */
  text?: boolean;
}

const PROBLEM_PREFIX = 'urn:vsys-assistant:problem:';

function kindFor(status: number): CoreSystemErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500 || status === 429) return 'unavailable';
  return 'validation';
}

class RetryableFailure extends Error {
  constructor(readonly error: CoreSystemError) {
    super(error.message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The user token sent to the core; reissued when half of it has passed (see UserTokenIssuer). */
const CORE_TOKEN_TTL_SECONDS = 300;
const CORE_CONNECTIONS = 16;

export class HttpTransport {
  private readonly userTokens: UserTokenIssuer;
  /**
   * A bounded pool: with one socket per concurrent call (64), a burst of 100 conversations each
   * opening a new connection to the core was served one connection after another (the last
   * first turn after ~1.5 s, measured); 16 reused connections serve the same burst evenly
   * (slowest ~0.6 s) and are plenty for a core answering in milliseconds.
   */
  private readonly agents = new KeepAliveAgents(CORE_CONNECTIONS);
  private readonly baseUrl: () => string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;

  constructor(options: HttpTransportOptions) {
    this.userTokens = new UserTokenIssuer(new TokenSigner(options.tokenSecret), CORE_TOKEN_TTL_SECONDS);
    const baseUrl = options.baseUrl;
    this.baseUrl = () => (typeof baseUrl === 'function' ? baseUrl() : baseUrl).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 200;
  }

  async request<T>(request: CoreRequest): Promise<T> {
    let last: CoreSystemError | undefined;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(this.backoffMs * 2 ** (attempt - 1));
      try {
        return (await this.attempt(request)) as T;
      } catch (error) {
        if (!(error instanceof RetryableFailure)) throw error;
        last = error.error;
      }
    }
    throw last as CoreSystemError;
  }

  private url(request: CoreRequest): string {
    const url = new URL(this.baseUrl() + request.path);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  private async attempt(request: CoreRequest): Promise<unknown> {
    const headers: Record<string, string> = { accept: request.text ? 'text/csv' : 'application/json' };
    // A short-lived token naming the acting user: it cannot be replayed for long.
    if (request.user) headers.authorization = `Bearer ${this.userTokens.tokenFor(request.user)}`;
    if (request.idempotencyKey) headers['idempotency-key'] = request.idempotencyKey;
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    let response: TextResponse;
    const deadline = AbortSignal.timeout(this.timeoutMs);
    try {
      response = await requestText(
        this.url(request),
        { method: request.method, headers, body: request.body === undefined ? undefined : JSON.stringify(request.body), signal: deadline },
        this.agents,
      );
    } catch (error) {
      // Not retried: the same request would get the same oversized answer. Unknown outcome for a write.
      if (error instanceof ResponseTooLargeError) {
        throw new CoreSystemError('unavailable', `${PROBLEM_PREFIX}response-too-large`, clientMessages.serverError);
      }
      // Aborted before or after the headers came (the body may be what is slow).
      const timedOut = deadline.aborted || isAbortError(error);
      throw new RetryableFailure(timedOut
        ? new CoreSystemError('timeout', `${PROBLEM_PREFIX}timeout`, clientMessages.timeout)
        : new CoreSystemError('unavailable', `${PROBLEM_PREFIX}unavailable`, clientMessages.unavailable));
    }
    const text = response.text;
    if (response.status >= 200 && response.status < 300) {
      if (request.text) return text;
      try {
        return text ? JSON.parse(text) : null;
      } catch {
        throw new CoreSystemError('unavailable', `${PROBLEM_PREFIX}bad-response`, clientMessages.serverError, response.status);
      }
    }
    const failure = this.toError(response.status, text);
    if (response.status >= 500 || response.status === 429) throw new RetryableFailure(failure);
    throw failure;
  }

  private toError(status: number, text: string): CoreSystemError {
    let problem: { type?: unknown; detail?: unknown; fields?: unknown } = {};
    try {
      problem = JSON.parse(text) as typeof problem;
    } catch {
      // Not problem+json (a proxy's error page): fall back to a generic message below.
    }
    const type = typeof problem.type === 'string' ? problem.type : `${PROBLEM_PREFIX}http-${status}`;
    const fallback = status >= 500 ? clientMessages.serverError : clientMessages.rejected;
    const detail = typeof problem.detail === 'string' && problem.detail ? problem.detail : fallback;
    const fields = problem.fields && typeof problem.fields === 'object' ? (problem.fields as Record<string, string>) : {};
    return new CoreSystemError(kindFor(status), type, detail, status, fields);
  }
}
