/**
 * Compact signed tokens (JWT, HS256) for user identities and Direct Line conversations, built on
 * node:crypto so no third-party code touches the secret. Verification is constant-time and checks
 * expiry; a token is only ever accepted with the algorithm it was signed with.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  /** Subject: the user id. */
  sub: string;
  /** Token kind, so a Direct Line token is never accepted where a user token is expected. */
  kind: string;
  /** Issued-at and expiry, seconds since the epoch. */
  iat: number;
  exp: number;
  /** Unique token id. */
  jti: string;
  [claim: string]: unknown;
}

export type TokenFailure = 'malformed' | 'bad-signature' | 'expired' | 'wrong-kind';

export type TokenVerification<C extends TokenClaims> =
  | { ok: true; claims: C }
  | { ok: false; reason: TokenFailure };

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

function signature(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** Tokens whose signature was checked, remembered (most recent last) up to this many. */
const MAX_REMEMBERED_SIGNATURES = 2000;

export class TokenSigner {
  /**
   * The same token comes with every request of a conversation (Direct Line token, user token):
   * a token string whose signature was valid once is valid again under the same secret, so the
   * HMAC is not recomputed. Kind and expiry are still checked on every call.
   */
  private readonly goodSignatures = new Set<string>();

  constructor(private readonly secret: string, private readonly now: () => number = Date.now) {
    if (secret.length < 32) throw new Error('Token secret must be at least 32 characters');
  }

  sign<C extends Record<string, unknown>>(kind: string, subject: string, ttlSeconds: number, claims: C = {} as C): string {
    const iat = Math.floor(this.now() / 1000);
    const body: TokenClaims = { ...claims, sub: subject, kind, iat, exp: iat + ttlSeconds, jti: randomUUID() };
    const payload = `${HEADER}.${base64url(JSON.stringify(body))}`;
    return `${payload}.${base64url(signature(this.secret, payload))}`;
  }

  verify<C extends TokenClaims = TokenClaims>(token: string | undefined, kind: string): TokenVerification<C> {
    if (typeof token !== 'string' || token.length > 8192) return { ok: false, reason: 'malformed' };
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    if (!this.goodSignatures.has(token)) {
      const expected = signature(this.secret, `${parts[0]}.${parts[1]}`);
      const given = Buffer.from(parts[2], 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
      if (this.goodSignatures.size >= MAX_REMEMBERED_SIGNATURES) this.goodSignatures.delete(this.goodSignatures.values().next().value as string);
      this.goodSignatures.add(token);
    }
    let claims: C;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as C;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (claims.kind !== kind) return { ok: false, reason: 'wrong-kind' };
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }
}

/** Reads `Authorization: Bearer <token>`; undefined when absent or of another scheme. */
export function bearerToken(authorization: string | string[] | undefined): string | undefined {
  const value = Array.isArray(authorization) ? authorization[0] : authorization;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match?.[1];
}
