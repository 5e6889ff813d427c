/**
 * Who may see an inquiry's status page: the browser that submitted it (a signed cookie listing its
 * reference numbers) or whoever holds the signed view link sent with the reply into their chat.
 * Knowing or guessing a reference number alone shows nothing.
 */
import type { Request, Response } from 'restify';
import type { TokenClaims, TokenSigner } from '../identity/signedToken';
import { isSecureRequest, readCookie, setCookie } from './cookies';

export const ACCESS_COOKIE = 'vsys_inquiries';
const ACCESS_KIND = 'inquiry-access';
const VIEW_KIND = 'inquiry-view';
const ACCESS_TTL_SECONDS = 180 * 24 * 60 * 60;
const VIEW_TTL_SECONDS = 180 * 24 * 60 * 60;
/** The cookie keeps the most recent numbers only (cookies are limited to about 4 KB). */
const MAX_NUMBERS = 30;

interface AccessClaims extends TokenClaims {
  numbers: string[];
}

export class InquiryAccess {
  constructor(private readonly signer: TokenSigner, private readonly publicUrl?: string) {}

  private numbers(req: Request): string[] {
    const check = this.signer.verify<AccessClaims>(readCookie(req, ACCESS_COOKIE), ACCESS_KIND);
    return check.ok && Array.isArray(check.claims.numbers) ? check.claims.numbers.filter((n) => typeof n === 'string') : [];
  }

  /** Remembers in this browser that it submitted `number`. */
  grant(req: Request, res: Response, number: string): void {
    const numbers = [number, ...this.numbers(req).filter((n) => n !== number)].slice(0, MAX_NUMBERS);
    const token = this.signer.sign(ACCESS_KIND, 'browser', ACCESS_TTL_SECONDS, { numbers });
    setCookie(res, ACCESS_COOKIE, token, { path: '/inquiry', maxAgeSeconds: ACCESS_TTL_SECONDS, secure: isSecureRequest(req, this.publicUrl) });
  }

  /** A token for `/inquiry/<number>?k=…`, sent to the user's chat with the reply. */
  viewToken(number: string): string {
    return this.signer.sign(VIEW_KIND, number, VIEW_TTL_SECONDS);
  }

  mayView(req: Request, number: string, viewToken: unknown): boolean {
    if (typeof viewToken === 'string' && viewToken) {
      const check = this.signer.verify(viewToken, VIEW_KIND);
      if (check.ok && check.claims.sub === number) return true;
    }
    return this.numbers(req).includes(number);
  }
}
