/**
 * Bearer-token checks shared by the Direct Line routes: 401 for a missing, forged or expired token,
 * 403 when a valid token is used on another conversation.
 */
import type { Request, Response } from 'restify';
import { problem, sendProblem } from '../http/problem';
import { bearerToken } from '../identity/signedToken';
import type { TokenFailure } from '../identity/signedToken';
import type { ConversationGrant, DirectLineTokens } from './directLineTokens';
import { CHANNEL_PROBLEMS, type ChannelProblemKey } from './messages';

export function sendChannelProblem(res: Response, status: number, key: ChannelProblemKey, title?: string): void {
  const { title: defaultTitle, detail } = CHANNEL_PROBLEMS[key];
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
  sendProblem(res, problem(status, key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), title ?? defaultTitle, detail));
}

export function sendTokenFailure(res: Response, reason: TokenFailure | 'missing'): void {
  const key: ChannelProblemKey = reason === 'missing' ? 'missingToken' : reason === 'expired' ? 'expiredToken' : 'invalidToken';
  sendChannelProblem(res, 401, key);
}

/** The grant of the request's Direct Line token, or undefined after answering 401. */
export function authenticate(req: Request, res: Response, tokens: DirectLineTokens): ConversationGrant | undefined {
  const token = bearerToken(req.headers.authorization);
  if (!token) {
    sendTokenFailure(res, 'missing');
    return undefined;
  }
  const check = tokens.verify(token);
  if (!check.ok) {
    sendTokenFailure(res, check.reason);
    return undefined;
  }
  return check.grant;
}

/** As `authenticate`, and the token must belong to the conversation in the path (403 otherwise). */
export function authorizeConversation(req: Request, res: Response, tokens: DirectLineTokens): ConversationGrant | undefined {
  const grant = authenticate(req, res, tokens);
  if (!grant) return undefined;
  if (req.params.conversationId !== grant.conversationId) {
    sendChannelProblem(res, 403, 'otherConversation');
    return undefined;
  }
  return grant;
}

/** `?watermark=` as a sequence number: absent -> 0, invalid -> undefined. */
export function parseWatermark(raw: unknown): number | undefined {
  if (raw === undefined || raw === '' || raw === null) return 0;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) return undefined;
  return Number(raw);
}
