/**
 * /support: the console of the support desk. Sign-in (a demo support user in demo mode, or a
 * signed user token with the role 'support'), inquiries with filter and search, one inquiry with
 * its transcript, reply (delivered into the user's chat, once per reply), status, "FAQにする" (the
 * entries are managed under /support/faq, see faqRoutes.ts), and the unanswered questions report
 * with CSV export. Everyone else gets 403; every form is CSRF-checked.
 */
import { randomBytes } from 'node:crypto';
import restify, { type Request, type Response, type Server } from 'restify';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { TokenSigner } from '../identity/signedToken';
import { verifyUserToken } from '../identity/userToken';
import type { CsrfProtection } from '../inquiries/csrf';
import { faqIdFor, type FaqEntries } from '../inquiries/faqEntries';
import { isSecureRequest } from '../inquiries/cookies';
import type { InquiryAccess } from '../inquiries/inquiryAccess';
import { INQUIRY_STATUSES, type DeliveryOutcome, type InquiryStatus } from '../inquiries/inquiryRecord';
import { parseCursor, type InquiryStore } from '../inquiries/inquiryStore';
import { formField } from '../inquiries/inquiryValidation';
import type { ReplyDelivery } from '../inquiries/replyDelivery';
import { redirect, sendError, sendHtml, wantsJson } from '../inquiries/responses';
import { renderMessage } from '../inquiries/inquiryPages';
import type { Repositories } from '../../dialogs/ports/repositories';
import {
  UNANSWERED_SORTS,
  unansweredCsv,
  unansweredGroups,
  type SortOrder,
  type UnansweredSort,
} from '../inquiries/unansweredReport';
import { SupportSessions } from './supportSessions';
import { consoleAccess } from './consoleAccess';
import { checkFaqForm, readFaqForm, type FaqFormInput } from './faqForm';
import { registerFaqRoutes } from './faqRoutes';
import { renderInquiryDetail, renderInquiryList, renderSignIn, renderUnanswered } from './supportPages';
import * as text from './messages';

const MAX_FORM_BYTES = 128 * 1024;
const MAX_REPLY_LENGTH = 5000;
const REPLY_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** A fresh id for the reply form being rendered. */
function newReplyId(): string {
  return randomBytes(16).toString('base64url');
}

export interface SupportRouteDependencies {
  signer: TokenSigner;
  sessions: SupportSessions;
  csrf: CsrfProtection;
  store: InquiryStore;
  access: InquiryAccess;
  delivery: ReplyDelivery;
  faqEntries: FaqEntries;
  repositories: Repositories;
  /** Demo users (demo mode only): the support ones may sign in without a token. */
  demoUsers?: readonly UserIdentity[];
  publicUrl?: string;
  logger: { error(details: object, message: string): void };
}

const NOTICES: Record<string, string> = {
  delivered: text.DELIVERY_LABELS.delivered,
  'no-conversation': text.DELIVERY_LABELS['no-conversation'],
  failed: text.DELIVERY_LABELS.failed,
  'unsaved-delivered': text.deliveryUnsaved(text.DELIVERY_LABELS.delivered),
  'unsaved-failed': text.deliveryUnsaved(text.DELIVERY_LABELS.failed),
  'unsaved-no-conversation': text.deliveryUnsaved(text.DELIVERY_LABELS['no-conversation']),
  duplicate: text.REPLY_DUPLICATE,
  status: text.STATUS_CHANGED,
};

export function registerSupportRoutes(server: Server, deps: SupportRouteDependencies): void {
  const body = restify.plugins.bodyParser({ maxBodySize: MAX_FORM_BYTES, mapParams: false, rejectUnknown: true });
  const guard = consoleAccess(deps.sessions, deps.csrf);
  const { supportUser, formUser, forbidden } = guard;

  function baseUrl(req: Request): string {
    return deps.publicUrl ?? `${isSecureRequest(req) ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
  }

  async function showDetail(req: Request, res: Response, user: UserIdentity, number: string, status = 200, extra: {
    notice?: string; replyError?: string; replyDraft?: string; replyId?: string; faqError?: string; faqInput?: FaqFormInput;
  } = {}): Promise<void> {
    const inquiry = await deps.store.get(number);
    if (!inquiry) {
      return sendError(req, res, 404, 'inquiry-not-found', 'No inquiry with this number', text.NOT_FOUND_TEXT,
        (detail) => renderMessage(text.NOT_FOUND_TITLE, detail));
    }
    const faqEntry = inquiry.faqId ? await deps.faqEntries.get(inquiry.faqId) : undefined;
    sendHtml(res, status, renderInquiryDetail({
      user, csrfToken: deps.csrf.issue(req, res), inquiry, faqEntry, ...extra, replyId: extra.replyId ?? newReplyId(),
    }));
  }

  /**
   * After a failed write: the page with the form as it was typed (`page`), for a browser; the
   * plain error for an API client or when the page cannot be read either (`fallback`).
   */
  async function showAgain(req: Request, res: Response, page: () => Promise<void>, fallback: () => void): Promise<void> {
    if (wantsJson(req)) return fallback();
    try {
      await page();
    } catch {
      fallback();
    }
  }

  server.get('/support/login', async (req: Request, res: Response) => {
    const auth = deps.sessions.authenticate(req);
    if (auth.status === 'signed-in') return redirect(res, '/support');
    sendHtml(res, 200, renderSignIn({ demoUsers: deps.demoUsers, csrfToken: deps.csrf.issue(req, res) }));
  });

  server.post('/support/login', body, async (req: Request, res: Response) => {
    const again = (status: number, error: string) =>
      sendHtml(res, status, renderSignIn({ demoUsers: deps.demoUsers, csrfToken: deps.csrf.issue(req, res), error }));
    if (!deps.csrf.verify(req, formField(req.body, 'csrf', 4096))) return again(403, text.SIGN_IN_EXPIRED_FORM);
    const demoId = formField(req.body, 'demoUser', 100);
    const user = demoId
      ? deps.demoUsers?.find((candidate) => candidate.id === demoId)
      : verifyUserToken(deps.signer, formField(req.body, 'userToken', 8192).trim());
    if (!user) return again(401, text.SIGN_IN_FAILED);
    if (user.role !== 'support') return forbidden(req, res);
    deps.sessions.signIn(req, res, user);
    redirect(res, '/support');
  });

  server.post('/support/logout', body, async (req: Request, res: Response) => {
    if (deps.csrf.verify(req, formField(req.body, 'csrf', 4096))) deps.sessions.signOut(req, res);
    redirect(res, '/support/login');
  });

  server.get('/support', async (req: Request, res: Response) => {
    const user = supportUser(req, res);
    if (!user) return;
    const status = INQUIRY_STATUSES.find((s) => s === req.query?.status);
    const search = typeof req.query?.q === 'string' ? req.query.q.slice(0, 200) : '';
    const afterField = typeof req.query?.after === 'string' ? req.query.after : '';
    const after = afterField ? parseCursor(afterField) : undefined;
    const [found, counts] = await Promise.all([deps.store.page({ status, search, after }), deps.store.countByStatus()]);
    sendHtml(res, 200, renderInquiryList({
      user, csrfToken: deps.csrf.issue(req, res), inquiries: found.inquiries, counts, status, search, after,
      next: found.next, scanLimited: found.scanLimited, scanned: found.scanned,
      notice: afterField && !after ? text.INVALID_PAGE : undefined,
    }));
  });

  server.get('/support/inquiries/:number', async (req: Request, res: Response) => {
    const user = supportUser(req, res);
    if (!user) return;
    const noticeKey = String(req.query?.notice ?? '');
    // Own keys only: 「?notice=constructor」 must not show Object's constructor.
    const notice = (Object.hasOwn(NOTICES, noticeKey) ? NOTICES[noticeKey] : undefined) ?? (typeof req.query?.faq === 'string' ? text.faqSaved(req.query.faq) : undefined);
    await showDetail(req, res, user, String(req.params.number), 200, { notice });
  });

  server.post('/support/inquiries/:number/reply', body, async (req: Request, res: Response) => {
    const user = formUser(req, res);
    if (!user) return;
    const number = String(req.params.number);
    const reply = formField(req.body, 'reply', MAX_REPLY_LENGTH * 2).replace(/\r\n?/g, '\n').trim();
    // A form from before reply ids existed still works (without the double-send protection).
    const submittedId = formField(req.body, 'replyId', 100);
    const replyId = REPLY_ID_PATTERN.test(submittedId) ? submittedId : newReplyId();
    if (!reply) return showDetail(req, res, user, number, 422, { replyError: text.REPLY_REQUIRED, replyId });
    if ([...reply].length > MAX_REPLY_LENGTH) return showDetail(req, res, user, number, 422, { replyError: text.replyTooLong(MAX_REPLY_LENGTH), replyDraft: reply, replyId });
    const path = `/support/inquiries/${encodeURIComponent(number)}`;
    let stored: Awaited<ReturnType<InquiryStore['addReply']>>;
    try {
      stored = await deps.store.addReply(number, { id: replyId, text: reply, at: new Date().toISOString(), by: user.displayName, delivery: 'pending' });
    } catch (error) {
      deps.logger.error({ err: error, inquiry: number }, 'storing a support reply failed; nothing was delivered');
      // The form again with what was typed and the same reply id, so sending it again is safe.
      return showAgain(req, res, () => showDetail(req, res, user, number, 503, { replyError: text.REPLY_SAVE_FAILED, replyDraft: reply, replyId }),
        () => sendError(req, res, 503, 'reply-not-stored', 'The reply could not be stored; nothing was delivered', text.REPLY_SAVE_FAILED,
          (detail) => renderMessage(text.CONSOLE_TITLE, detail)));
    }
    if (!stored) return showDetail(req, res, user, number);
    // The same form sent again (double click, back and resend, retry after an error): the reply
    // is stored and was handed to delivery the first time, so it is never delivered twice.
    if (!stored.added) return redirect(res, `${path}?notice=duplicate`);
    const statusUrl = `${baseUrl(req)}/inquiry/${encodeURIComponent(number)}?k=${encodeURIComponent(deps.access.viewToken(number))}`;
    const outcome: DeliveryOutcome = await deps.delivery.deliver(stored.record, reply, statusUrl);
    try {
      await deps.store.setReplyDelivery(number, replyId, outcome);
    } catch (error) {
      deps.logger.error({ err: error, inquiry: number, outcome }, 'the outcome of a delivered reply could not be stored');
      return redirect(res, `${path}?notice=unsaved-${outcome}`);
    }
    redirect(res, `${path}?notice=${outcome}`);
  });

  server.post('/support/inquiries/:number/status', body, async (req: Request, res: Response) => {
    const user = formUser(req, res);
    if (!user) return;
    const number = String(req.params.number);
    const status = INQUIRY_STATUSES.find((s) => s === formField(req.body, 'status', 20)) as InquiryStatus | undefined;
    if (!status) {
      return sendError(req, res, 400, 'invalid-status', 'Unknown inquiry status', text.FORM_EXPIRED, (detail) => renderMessage(text.CONSOLE_TITLE, detail));
    }
    if (!(await deps.store.setStatus(number, status))) return showDetail(req, res, user, number);
    redirect(res, `/support/inquiries/${encodeURIComponent(number)}?notice=status`);
  });

  server.post('/support/inquiries/:number/faq', body, async (req: Request, res: Response) => {
    const user = formUser(req, res);
    if (!user) return;
    const number = String(req.params.number);
    const inquiry = await deps.store.get(number);
    if (!inquiry) return showDetail(req, res, user, number);
    const faqInput = readFaqForm(req.body);
    const checked = checkFaqForm(faqInput);
    if (!checked.ok) {
      const first = checked.errors.title ?? checked.errors.answer ?? checked.errors.questions ?? checked.errors.roles;
      return showDetail(req, res, user, number, 422, { faqError: first, faqInput });
    }
    try {
      const entry = await deps.faqEntries.save({ id: faqIdFor(inquiry.id), ...checked.value, inquiryId: inquiry.id, createdBy: user.displayName });
      await deps.store.setFaq(number, entry.id);
      redirect(res, `/support/inquiries/${encodeURIComponent(number)}?faq=${encodeURIComponent(entry.id)}`);
    } catch (error) {
      deps.logger.error({ err: error, inquiry: number }, 'making a FAQ entry failed');
      await showAgain(req, res, () => showDetail(req, res, user, number, 503, { faqError: text.FAQ_SAVE_FAILED, faqInput }),
        () => sendError(req, res, 503, 'faq-failed', 'The FAQ entry could not be saved', text.FAQ_SAVE_FAILED, (detail) => renderMessage(text.CONSOLE_TITLE, detail)));
    }
  });

  registerFaqRoutes(server, { access: guard, csrf: deps.csrf, faqEntries: deps.faqEntries, body, logger: deps.logger });

  function sortOf(req: Request): { sort: UnansweredSort; order: SortOrder } {
    const sort = UNANSWERED_SORTS.find((s) => s === req.query?.sort) ?? 'count';
    return { sort, order: req.query?.order === 'asc' ? 'asc' : 'desc' };
  }

  server.get('/support/unanswered', async (req: Request, res: Response) => {
    const user = supportUser(req, res);
    if (!user) return;
    const { sort, order } = sortOf(req);
    const groups = await unansweredGroups(deps.repositories, sort, order);
    sendHtml(res, 200, renderUnanswered({ user, csrfToken: deps.csrf.issue(req, res), groups, sort, order }));
  });

  server.get('/support/unanswered.csv', async (req: Request, res: Response) => {
    const user = supportUser(req, res);
    if (!user) return;
    const { sort, order } = sortOf(req);
    const csv = unansweredCsv(await unansweredGroups(deps.repositories, sort, order));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="unanswered-questions.csv"; filename*=UTF-8''${encodeURIComponent('未回答の質問.csv')}`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.writeHead(200);
    res.end(csv);
  });
}
