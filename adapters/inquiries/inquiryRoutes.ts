/**
 * /inquiry: the form (prefilled from the signed chat link), its submission (CSRF-checked,
 * validated, stored) and /inquiry/<number>, the status page for the browser that submitted it or
 * the holder of the signed view link.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { CsrfProtection } from './csrf';
import type { InquiryAccess } from './inquiryAccess';
import { INQUIRY_FORM_KIND, INQUIRY_LINK_KIND, type InquiryContext, type InquiryLinks } from './inquiryLink';
import { renderForm, renderMessage, renderStatus } from './inquiryPages';
import type { InquiryStore } from './inquiryStore';
import { newInquiry } from './inquirySubmission';
import { formField, readInquiryForm, validateInquiry, type InquiryFormInput } from './inquiryValidation';
import { redirect, sendError, sendHtml } from './responses';
import * as text from './messages';

const MAX_FORM_BYTES = 64 * 1024;

export interface InquiryRouteDependencies {
  store: InquiryStore;
  links: InquiryLinks;
  access: InquiryAccess;
  csrf: CsrfProtection;
  logger: { error(details: object, message: string): void };
}

const EMPTY_INPUT: InquiryFormInput = { category: '', question: '', email: '', phone: '' };

export function registerInquiryRoutes(server: Server, deps: InquiryRouteDependencies): void {
  const body = restify.plugins.bodyParser({ maxBodySize: MAX_FORM_BYTES, mapParams: false, rejectUnknown: true });

  function showForm(req: Request, res: Response, status: number, view: {
    input: InquiryFormInput;
    errors?: Record<string, string>;
    context?: InquiryContext;
    notice?: string;
  }): void {
    sendHtml(res, status, renderForm({
      input: view.input,
      errors: view.errors ?? {},
      context: view.context,
      csrfToken: deps.csrf.issue(req, res),
      formToken: view.context ? deps.links.formToken(view.context) : undefined,
      notice: view.notice,
    }));
  }

  server.get('/inquiry', async (req: Request, res: Response) => {
    const token = typeof req.query?.t === 'string' ? req.query.t : undefined;
    const link = deps.links.read(token, INQUIRY_LINK_KIND);
    if (!link.ok) {
      const notice = link.reason === 'expired' ? text.FORM_LINK_EXPIRED : link.reason === 'invalid' ? text.FORM_LINK_INVALID : undefined;
      return showForm(req, res, 200, { input: EMPTY_INPUT, notice });
    }
    showForm(req, res, 200, { input: { ...EMPTY_INPUT, question: link.context.question ?? '' }, context: link.context });
  });

  server.post('/inquiry', body, async (req: Request, res: Response) => {
    const input = readInquiryForm(req.body);
    const formContext = deps.links.read(formField(req.body, 'context', 16_000) || undefined, INQUIRY_FORM_KIND);
    const context = formContext.ok ? formContext.context : undefined;
    if (!deps.csrf.verify(req, formField(req.body, 'csrf', 4096))) {
      return showForm(req, res, 403, { input, context, notice: text.FORM_SESSION_EXPIRED });
    }
    const validation = validateInquiry(input);
    if (!validation.ok) return showForm(req, res, 422, { input, errors: validation.errors, context });
    try {
      const record = await deps.store.create(newInquiry(validation.value, context));
      deps.access.grant(req, res, record.id);
      redirect(res, `/inquiry/${encodeURIComponent(record.id)}?submitted=1`);
    } catch (error) {
      deps.logger.error({ err: error }, 'storing an inquiry failed');
      sendError(req, res, 503, 'inquiry-store-failed', 'The inquiry could not be stored', text.SERVER_ERROR_TEXT,
        (detail) => renderMessage(text.BAD_REQUEST_TITLE, detail));
    }
  });

  server.get('/inquiry/:number', async (req: Request, res: Response) => {
    const number = String(req.params.number ?? '');
    const notFound = () => sendError(req, res, 404, 'inquiry-not-found', 'No inquiry with this number is visible to you',
      text.NOT_FOUND_TEXT, (detail) => renderMessage(text.NOT_FOUND_TITLE, detail));
    // Same answer for "does not exist" and "not yours": the page must not confirm that a number exists.
    if (!deps.access.mayView(req, number, req.query?.k)) return notFound();
    const record = await deps.store.get(number);
    if (!record) return notFound();
    sendHtml(res, 200, renderStatus(record, req.query?.submitted === '1'));
  });
}
