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
