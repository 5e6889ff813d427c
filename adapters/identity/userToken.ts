/** The signed user token: who the user is, for the core API and the Direct Line token endpoint. */
import type { UserIdentity } from '../../dialogs/ports/identity';
import { ROLES } from '../../dialogs/ports/identity';
import type { TokenClaims, TokenSigner } from './signedToken';

export const USER_TOKEN_KIND = 'user';

interface UserClaims extends TokenClaims {
  user: UserIdentity;
}

export function signUserToken(signer: TokenSigner, user: UserIdentity, ttlSeconds = 3600): string {
  return signer.sign(USER_TOKEN_KIND, user.id, ttlSeconds, { user });
}

/** The identity in a valid user token, or undefined (malformed, forged, expired, wrong kind). */
export function verifyUserToken(signer: TokenSigner, token: string | undefined): UserIdentity | undefined {
  const result = signer.verify<UserClaims>(token, USER_TOKEN_KIND);
  if (!result.ok) return undefined;
  const user = result.claims.user;
  if (!user || typeof user.id !== 'string' || user.id !== result.claims.sub || !ROLES.includes(user.role)) return undefined;
  return user;
}

/**
 * Signs user tokens for the turns of a channel, reusing one per identity while it has more than
 * half its lifetime left: an HMAC and a JSON encoding per turn were ~3 % of a question's CPU.
 */
export class UserTokenIssuer {
  private readonly issued = new Map<string, { token: string; renewAt: number }>();

  constructor(
    private readonly signer: TokenSigner,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
    private readonly maxRemembered = 10_000,
  ) {}

  tokenFor(user: UserIdentity): string {
    // The whole identity is the key: a changed role or organisation gets a new token at once.
    const key = JSON.stringify(user);
    const cached = this.issued.get(key);
    if (cached && cached.renewAt > this.now()) return cached.token;
    const token = signUserToken(this.signer, user, this.ttlSeconds);
    if (this.issued.size >= this.maxRemembered) this.issued.clear();
    this.issued.set(key, { token, renewAt: this.now() + (this.ttlSeconds * 1000) / 2 });
    return token;
  }
}
