/**
 * Who is using the support console. A signed session cookie (HttpOnly, SameSite=Strict, path
 * /support, 8 hours) made at sign-in, or a signed user token in `Authorization: Bearer` for API
 * clients. Either must name a user with the role 'support'.
 */
import type { Request, Response } from 'restify';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { TokenClaims, TokenSigner } from '../identity/signedToken';
import { bearerToken } from '../identity/signedToken';
import { verifyUserToken } from '../identity/userToken';
import { isSecureRequest, readCookie, setCookie } from '../inquiries/cookies';

export const SUPPORT_SESSION_COOKIE = 'vsys_support';
const SESSION_KIND = 'support-session';
export const SUPPORT_SESSION_TTL_SECONDS = 8 * 60 * 60;

interface SessionClaims extends TokenClaims {
  user: UserIdentity;
}

export type SupportAuthentication =
  | { status: 'signed-in'; user: UserIdentity }
  | { status: 'anonymous' }
  | { status: 'forbidden'; user: UserIdentity };

export class SupportSessions {
  constructor(private readonly signer: TokenSigner, private readonly publicUrl?: string) {}

  authenticate(req: Request): SupportAuthentication {
    const bearer = bearerToken(req.headers.authorization);
    const user = bearer
      ? verifyUserToken(this.signer, bearer)
      : (() => {
          const check = this.signer.verify<SessionClaims>(readCookie(req, SUPPORT_SESSION_COOKIE), SESSION_KIND);
          return check.ok && check.claims.user?.id === check.claims.sub ? check.claims.user : undefined;
        })();
    if (!user) return { status: 'anonymous' };
    return user.role === 'support' ? { status: 'signed-in', user } : { status: 'forbidden', user };
  }

  /** Starts a session; only ever called for a user with the support role. */
  signIn(req: Request, res: Response, user: UserIdentity): void {
    if (user.role !== 'support') throw new Error('Only support staff get a console session');
    const token = this.signer.sign(SESSION_KIND, user.id, SUPPORT_SESSION_TTL_SECONDS, { user });
    setCookie(res, SUPPORT_SESSION_COOKIE, token, { path: '/support', maxAgeSeconds: SUPPORT_SESSION_TTL_SECONDS, secure: isSecureRequest(req, this.publicUrl) });
  }

  signOut(req: Request, res: Response): void {
    setCookie(res, SUPPORT_SESSION_COOKIE, '', { path: '/support', maxAgeSeconds: 0, secure: isSecureRequest(req, this.publicUrl) });
  }
}
