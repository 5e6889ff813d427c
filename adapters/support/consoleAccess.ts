/**
 * Who may use a support console route, shared by every console page: signed-in support staff
 * only (a stranger is sent to sign-in, any other role gets 403), and for forms a valid CSRF token
 * as well.
 */
import type { Request, Response } from 'restify';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { CsrfProtection } from '../inquiries/csrf';
import { renderMessage } from '../inquiries/inquiryPages';
import { formField } from '../inquiries/inquiryValidation';
import { redirect, sendError } from '../inquiries/responses';
import type { SupportSessions } from './supportSessions';
import * as text from './messages';

export interface ConsoleAccess {
  /** The signed-in support user, or undefined after answering (redirect to sign-in, 401 or 403). */
  supportUser(req: Request, res: Response): UserIdentity | undefined;
  /** The user of a POST whose CSRF token is valid; undefined after answering. */
  formUser(req: Request, res: Response): UserIdentity | undefined;
  forbidden(req: Request, res: Response): void;
}

export function consoleAccess(sessions: SupportSessions, csrf: CsrfProtection): ConsoleAccess {
  const forbidden = (req: Request, res: Response) =>
    sendError(req, res, 403, 'support-only', 'The support console is for the support role only', text.FORBIDDEN_TEXT,
      (detail) => renderMessage(text.FORBIDDEN_TITLE, detail));

  function supportUser(req: Request, res: Response): UserIdentity | undefined {
    const auth = sessions.authenticate(req);
    if (auth.status === 'signed-in') return auth.user;
    if (auth.status === 'forbidden') {
      forbidden(req, res);
      return undefined;
    }
    if (req.method === 'GET' && !req.headers.authorization) redirect(res, '/support/login');
    else sendError(req, res, 401, 'sign-in-required', 'Sign in to the support console', text.SIGN_IN_FAILED,
      (detail) => renderMessage(text.SIGN_IN_TITLE, detail));
    return undefined;
  }

  function formUser(req: Request, res: Response): UserIdentity | undefined {
    const user = supportUser(req, res);
    if (!user) return undefined;
    // Bearer callers are not browsers: no cookie to ride on, so no CSRF to fear.
    if (req.headers.authorization || csrf.verify(req, formField(req.body, 'csrf', 4096))) return user;
    sendError(req, res, 403, 'csrf', 'The form expired or did not come from this site', text.FORM_EXPIRED,
      (detail) => renderMessage(text.CONSOLE_TITLE, detail));
    return undefined;
  }

  return { supportUser, formUser, forbidden };
}
