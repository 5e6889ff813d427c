/**
 * RFC 9457 problem details: every HTTP error this product returns has a stable `type`, an English
 * `title` for developers and logs, and (for user-facing APIs) a Japanese `detail` that can be shown
 * as is.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(status: number, type: string, title: string, detail?: string, extensions: Record<string, unknown> = {}): Problem {
  return { type: `urn:vsys-assistant:problem:${type}`, title, status, ...(detail ? { detail } : {}), ...extensions };
}

/** Minimal response surface shared by restify and node:http responses. */
export interface ProblemResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
  headersSent?: boolean;
}

export function sendProblem(res: ProblemResponse, body: Problem): void {
  if (res.headersSent) return;
  res.statusCode = body.status;
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  res.end(JSON.stringify(body));
}
