/**
 * How the inquiry pages and the support console answer: HTML pages for browsers (no caching, strict
 * CSP), problem+json for API clients and for errors asked for as JSON.
 */
import type { Request, Response } from 'restify';
import { problem, sendProblem } from '../http/problem';
import { PAGE_CONTENT_SECURITY_POLICY } from './html';

export function sendHtml(res: Response, status: number, body: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', PAGE_CONTENT_SECURITY_POLICY);
  res.setHeader('Referrer-Policy', 'same-origin');
  res.writeHead(status);
  res.end(body);
}

export function redirect(res: Response, location: string): void {
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(303);
  res.end();
}

/** True when the client asks for JSON rather than a page (fetch/API callers). */
export function wantsJson(req: Request): boolean {
  const accept = String(req.headers.accept ?? '');
  return /application\/(problem\+)?json/.test(accept) && !/text\/html/.test(accept);
}

/**
 * An error as a Japanese page for browsers or problem+json (English title, Japanese detail) for
 * API clients.
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  type: string,
  title: string,
  detail: string,
  renderPage: (detail: string) => string,
): void {
  if (wantsJson(req)) return sendProblem(res, problem(status, type, title, detail));
  sendHtml(res, status, renderPage(detail));
}
