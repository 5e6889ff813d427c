/**
 * Direct Line tokens: signed (TokenSigner, kind `directline`), bound to one user and one
 * conversation, short-lived and refreshable. The user's identity travels inside the token, so any
 * instance sharing TOKEN_SECRET can serve the conversation without a session table.
 * Stream tokens (kind `directline-stream`) only open the WebSocket and live a couple of minutes,
 * because they appear in a URL.
 */
import { randomBytes } from 'node:crypto';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { ROLES } from '../../dialogs/ports/identity';
import type { TokenClaims, TokenFailure, TokenSigner } from '../identity/signedToken';

export const DIRECT_LINE_TOKEN_KIND = 'directline';
export const STREAM_TOKEN_KIND = 'directline-stream';
/** Web Chat refreshes every 15 minutes; half an hour leaves room for one missed refresh. */
export const DIRECT_LINE_TOKEN_TTL_SECONDS = 30 * 60;
export const STREAM_TOKEN_TTL_SECONDS = 2 * 60;

interface DirectLineClaims extends TokenClaims {
  conversationId: string;
  user: UserIdentity;
}

export interface ConversationGrant {
  conversationId: string;
  user: UserIdentity;
}

export interface IssuedToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

export type GrantCheck = { ok: true; grant: ConversationGrant } | { ok: false; reason: TokenFailure };

/** Conversation ids are opaque, URL-safe and never contain the `|` that separates activity ids. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

export class DirectLineTokens {
  constructor(private readonly signer: TokenSigner, readonly ttlSeconds = DIRECT_LINE_TOKEN_TTL_SECONDS) {}

  /** A token for a new conversation of `user` (the conversation starts when the client opens it). */
  issue(user: UserIdentity, conversationId = newConversationId()): IssuedToken {
    const token = this.signer.sign(DIRECT_LINE_TOKEN_KIND, user.id, this.ttlSeconds, { conversationId, user });
    return { token, conversationId, expiresIn: this.ttlSeconds };
  }

  /** A fresh token for the same user and conversation; only a still-valid token can be refreshed. */
  refresh(grant: ConversationGrant): IssuedToken {
    return this.issue(grant.user, grant.conversationId);
  }

  verify(token: string | undefined): GrantCheck {
    const result = this.signer.verify<DirectLineClaims>(token, DIRECT_LINE_TOKEN_KIND);
    if (!result.ok) return result;
    const { conversationId, user, sub } = result.claims;
    if (typeof conversationId !== 'string' || !user || user.id !== sub || !ROLES.includes(user.role)) {
      return { ok: false, reason: 'malformed' };
    }
    return { ok: true, grant: { conversationId, user } };
  }

  streamToken(grant: ConversationGrant): string {
    return this.signer.sign(STREAM_TOKEN_KIND, grant.user.id, STREAM_TOKEN_TTL_SECONDS, { conversationId: grant.conversationId });
  }

  /** The conversation a stream token opens, or why it cannot. */
  verifyStreamToken(token: string | undefined): { ok: true; conversationId: string } | { ok: false; reason: TokenFailure } {
    const result = this.signer.verify<TokenClaims & { conversationId?: unknown }>(token, STREAM_TOKEN_KIND);
    if (!result.ok) return result;
    if (typeof result.claims.conversationId !== 'string') return { ok: false, reason: 'malformed' };
    return { ok: true, conversationId: result.claims.conversationId };
  }
}
