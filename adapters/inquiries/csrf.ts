/**
 * CSRF protection for every form of the inquiry pages and the support console (double submit,
 * signed): the browser holds a random nonce in an HttpOnly, SameSite=Strict cookie; each form
 * carries a token signed by the server for that nonce. A forged form from another site has neither
 * the cookie (SameSite) nor a token for the victim's nonce (signature).
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'restify';
import type { TokenSigner } from '../identity/signedToken';
import { isSecureRequest, readCookie, setCookie } from './cookies';

export const CSRF_COOKIE = 'vsys_csrf';
export const CSRF_FIELD = 'csrf';
const CSRF_TOKEN_KIND = 'csrf';
const CSRF_TTL_SECONDS = 4 * 60 * 60;
const NONCE_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

export class CsrfProtection {
  constructor(private readonly signer: TokenSigner, private readonly publicUrl?: string) {}

  /** A token for the form being rendered; sets the nonce cookie when the browser has none yet. */
  issue(req: Request, res: Response): string {
    let nonce = readCookie(req, CSRF_COOKIE);
    if (!nonce || !NONCE_PATTERN.test(nonce)) {
      nonce = randomBytes(24).toString('base64url');
      setCookie(res, CSRF_COOKIE, nonce, { path: '/', maxAgeSeconds: CSRF_TTL_SECONDS, secure: isSecureRequest(req, this.publicUrl) });
    }
    return this.signer.sign(CSRF_TOKEN_KIND, nonce, CSRF_TTL_SECONDS);
  }

  /** True when the submitted token was issued for this browser's nonce and has not expired. */
  verify(req: Request, submitted: unknown): boolean {
    const nonce = readCookie(req, CSRF_COOKIE);
    if (!nonce || typeof submitted !== 'string') return false;
    const check = this.signer.verify(submitted, CSRF_TOKEN_KIND);
    return check.ok && check.claims.sub === nonce;
  }
}
