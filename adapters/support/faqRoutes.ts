/**
 * /support/faq: the FAQ entries made in the console, with 編集 and 削除. An edit is re-indexed and a
 * deletion removed from this instance's knowledge index at once; other instances follow through
 * the FaqEntries poll. Support role only, every form CSRF-checked, an edit or deletion applies to
 * the version the staff member saw (409 with the latest version otherwise).
 */
import type { Request, Response, Server, RequestHandlerType } from 'restify';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { CsrfProtection } from '../inquiries/csrf';
import { FAQ_ID_PATTERN, type FaqEntries, type FaqEntryRecord } from '../inquiries/faqEntries';
import { renderMessage } from '../inquiries/inquiryPages';
import { formField } from '../inquiries/inquiryValidation';
import { redirect, sendError, sendHtml, wantsJson } from '../inquiries/responses';
import type { ConsoleAccess } from './consoleAccess';
import { checkFaqForm, faqFormInputOf, readFaqForm } from './faqForm';
import { renderFaqDelete, renderFaqEdit, renderFaqList } from './faqPages';
import * as text from './messages';

export interface FaqRouteDependencies {
  access: ConsoleAccess;
  csrf: CsrfProtection;
  faqEntries: FaqEntries;
  /** The console's form body parser (size limits, no params mapping). */
  body: RequestHandlerType;
  logger: { error(details: object, message: string): void };
}

export function registerFaqRoutes(server: Server, deps: FaqRouteDependencies): void {
  const { access, csrf, faqEntries } = deps;

  const notFound = (req: Request, res: Response) =>
    sendError(req, res, 404, 'faq-not-found', 'No FAQ entry with this id', text.FAQ_NOT_FOUND_TEXT,
      (detail) => renderMessage(text.FAQ_NOT_FOUND_TITLE, detail));

  const unavailable = (req: Request, res: Response, error: unknown, id: string) => {
    deps.logger.error({ err: error, faq: id }, 'changing a FAQ entry failed');
    sendError(req, res, 503, 'faq-failed', 'The FAQ entry could not be saved', text.FAQ_SAVE_FAILED,
      (detail) => renderMessage(text.FAQ_LIST_TITLE, detail));
  };

  /** The live (not deleted) entry named in the path, or undefined after answering 404. */
  async function liveEntry(req: Request, res: Response): Promise<FaqEntryRecord | undefined> {
    const id = String(req.params.id ?? '');
    const entry = FAQ_ID_PATTERN.test(id) ? await faqEntries.get(id) : undefined;
    if (entry && !entry.deletedAt) return entry;
    notFound(req, res);
    return undefined;
  }

  function showEdit(req: Request, res: Response, user: UserIdentity, entry: FaqEntryRecord, status = 200, extra: Partial<Parameters<typeof renderFaqEdit>[0]> = {}) {
    sendHtml(res, status, renderFaqEdit({
      user, csrfToken: csrf.issue(req, res), entry, input: faqFormInputOf(entry), version: entry.updatedAt, ...extra,
    }));
  }

  server.get('/support/faq', async (req: Request, res: Response) => {
    const user = access.supportUser(req, res);
    if (!user) return;
    // The notice names the entry by id; its title is read back (a tombstone keeps it).
    const named = async (key: string) => {
      const id = typeof req.query?.[key] === 'string' ? req.query[key] : '';
      return FAQ_ID_PATTERN.test(id) ? (await faqEntries.get(id))?.title : undefined;
    };
    const [savedTitle, deletedTitle, entries] = await Promise.all([named('saved'), named('deleted'), faqEntries.list()]);
    const notice = savedTitle !== undefined ? text.faqUpdatedNotice(savedTitle)
      : deletedTitle !== undefined ? text.faqDeletedNotice(deletedTitle) : undefined;
    sendHtml(res, 200, renderFaqList({ user, csrfToken: csrf.issue(req, res), entries, notice }));
  });

  server.get('/support/faq/:id/edit', async (req: Request, res: Response) => {
    const user = access.supportUser(req, res);
    if (!user) return;
    const entry = await liveEntry(req, res);
    if (entry) showEdit(req, res, user, entry);
  });

  server.post('/support/faq/:id', deps.body, async (req: Request, res: Response) => {
    const user = access.formUser(req, res);
    if (!user) return;
    const entry = await liveEntry(req, res);
    if (!entry) return;
    const input = readFaqForm(req.body);
    const version = formField(req.body, 'version', 40);
    const checked = checkFaqForm(input);
    if (!checked.ok) return showEdit(req, res, user, entry, 422, { input, version: version || entry.updatedAt, errors: checked.errors });
    try {
      const result = await faqEntries.update(entry.id, checked.value, user.displayName, version);
      if (result.status === 'missing') return notFound(req, res);
      if (result.status === 'conflict') {
        const latest = await faqEntries.get(entry.id);
        if (!latest || latest.deletedAt) return notFound(req, res);
        return showEdit(req, res, user, latest, 409, { notice: text.FAQ_CONFLICT });
      }
      redirect(res, `/support/faq?saved=${encodeURIComponent(entry.id)}`);
    } catch (error) {
      if (wantsJson(req)) return unavailable(req, res, error, entry.id);
      deps.logger.error({ err: error, faq: entry.id }, 'changing a FAQ entry failed');
      // The form again with what was typed and the version it edits: nothing is lost, saving again is safe.
      showEdit(req, res, user, entry, 503, { input, version: version || entry.updatedAt, notice: text.FAQ_SAVE_FAILED });
    }
  });

  server.get('/support/faq/:id/delete', async (req: Request, res: Response) => {
    const user = access.supportUser(req, res);
    if (!user) return;
    const entry = await liveEntry(req, res);
    if (entry) sendHtml(res, 200, renderFaqDelete({ user, csrfToken: csrf.issue(req, res), entry }));
  });

  server.post('/support/faq/:id/delete', deps.body, async (req: Request, res: Response) => {
    const user = access.formUser(req, res);
    if (!user) return;
    const entry = await liveEntry(req, res);
    if (!entry) return;
    try {
      const result = await faqEntries.delete(entry.id, user.displayName, formField(req.body, 'version', 40));
      if (result.status === 'missing') return notFound(req, res);
      if (result.status === 'conflict') {
        const latest = await faqEntries.get(entry.id);
        if (!latest || latest.deletedAt) return notFound(req, res);
        return sendHtml(res, 409, renderFaqDelete({ user, csrfToken: csrf.issue(req, res), entry: latest, notice: text.FAQ_DELETE_CONFLICT }));
      }
      redirect(res, `/support/faq?deleted=${encodeURIComponent(entry.id)}`);
    } catch (error) {
      unavailable(req, res, error, entry.id);
    }
  });
}
