/** HTML of the inquiry form, its status page and its error pages (every value escaped). */
import { ROLE_LABELS } from '../../dialogs/ports/identity';
import type { TranscriptLine } from '../../dialogs/ports/escalation';
import { html, page, type SafeHtml } from './html';
import type { InquiryRecord } from './inquiryRecord';
import { INQUIRY_CATEGORIES } from './inquiryRecord';
import type { InquiryContext } from './inquiryLink';
import type { InquiryField, InquiryFormInput } from './inquiryValidation';
import { MAX_QUESTION_LENGTH } from './inquiryValidation';
import * as text from './messages';

export interface FormView {
  input: InquiryFormInput;
  errors: Partial<Record<InquiryField, string>>;
  context?: InquiryContext;
  csrfToken: string;
  formToken?: string;
  notice?: string;
}

export function formatTokyo(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function transcriptList(lines: TranscriptLine[]): SafeHtml {
  return html`<ul class="transcript">${lines.map(
    (line) => html`<li class="${line.from === 'user' ? 'from-user' : 'from-bot'}"><strong>${line.from === 'user' ? 'ご利用者' : 'アシスタント'}：</strong>${line.text}</li>`,
  )}</ul>`;
}

function fieldError(view: FormView, field: InquiryField): SafeHtml {
  const message = view.errors[field];
  return message ? html`<p class="error" id="${field}-error">${message}</p>` : html``;
}

function fieldClass(view: FormView, field: InquiryField): string {
  return view.errors[field] ? 'field field-error' : 'field';
}

export function renderForm(view: FormView): string {
  const { input, context } = view;
  const messages = Object.values(view.errors);
  const requester = context?.requester;
  const body = html`
${view.notice ? html`<p class="notice">${view.notice}</p>` : ''}
${messages.length > 0 ? html`<div class="errors" role="alert"><p><strong>${text.FORM_ERRORS_HEADING}</strong></p><ul>${messages.map((m) => html`<li>${m}</li>`)}</ul></div>` : ''}
<p>${text.FORM_LEAD}</p>
<form method="post" action="/inquiry" class="card" novalidate>
<input type="hidden" name="csrf" value="${view.csrfToken}">
${view.formToken ? html`<input type="hidden" name="context" value="${view.formToken}">` : ''}
${requester ? html`<p><strong>${text.FORM_REQUESTER}：</strong>${requester.organizationName}（${ROLE_LABELS[requester.role]}）${requester.displayName}</p>` : ''}
<div class="${fieldClass(view, 'category')}"><label for="category">${text.FORM_CATEGORY}${text.FORM_REQUIRED}</label>
<select id="category" name="category"><option value="">${text.FORM_CATEGORY_PLACEHOLDER}</option>
${INQUIRY_CATEGORIES.map((c) => html`<option value="${c}"${input.category === c ? html` selected` : ''}>${text.CATEGORY_LABELS[c]}</option>`)}
</select>${fieldError(view, 'category')}</div>
<div class="${fieldClass(view, 'question')}"><label for="question">${text.FORM_QUESTION}${text.FORM_REQUIRED}</label>
<textarea id="question" name="question" maxlength="${MAX_QUESTION_LENGTH * 2}">${input.question}</textarea>${fieldError(view, 'question')}</div>
<div class="${fieldClass(view, 'email')}"><label for="email">${text.FORM_EMAIL}${text.FORM_REQUIRED}</label>
<input type="email" id="email" name="email" value="${input.email}" autocomplete="email">${fieldError(view, 'email')}</div>
<div class="${fieldClass(view, 'phone')}"><label for="phone">${text.FORM_PHONE}</label>
<input type="tel" id="phone" name="phone" value="${input.phone}" autocomplete="tel"><p class="hint">${text.FORM_PHONE_HINT}</p>${fieldError(view, 'phone')}</div>
${context && context.transcript.length > 0 ? html`<h2>${text.FORM_TRANSCRIPT}</h2>${transcriptList(context.transcript)}` : ''}
<button type="submit">${text.FORM_SUBMIT}</button>
</form>`;
  return page(text.FORM_TITLE, body);
}

export function renderStatus(record: InquiryRecord, justSubmitted: boolean): string {
  const body = html`
${justSubmitted ? html`<p class="notice" role="status">${text.submittedLead(record.id)}</p>` : ''}
<div class="card">
<p><strong>${text.STATUS_NUMBER}：</strong><span id="reference-number">${record.id}</span></p>
<p><strong>${text.STATUS_STATE}：</strong><span class="status status-${record.status}" id="inquiry-status">${text.STATUS_LABELS[record.status]}</span></p>
<p><strong>${text.STATUS_RECEIVED_AT}：</strong>${formatTokyo(record.createdAt)}</p>
<p><strong>${text.FORM_CATEGORY}：</strong>${text.CATEGORY_LABELS[record.category]}</p>
<p><strong>${text.FORM_QUESTION}：</strong></p><div class="reply">${record.question}</div>
</div>
<h2>${text.STATUS_REPLIES}</h2>
${record.replies.length === 0
    ? html`<p>${text.STATUS_NO_REPLY}</p>`
    : record.replies.map((reply) => html`<div class="card"><p class="hint">${formatTokyo(reply.at)}</p><div class="reply">${reply.text}</div></div>`)}
<p class="hint">${text.STATUS_BOOKMARK_HINT}</p>`;
  return page(justSubmitted ? text.SUBMITTED_TITLE : text.STATUS_TITLE, body);
}

export function renderMessage(title: string, message: string): string {
  return page(title, html`<p>${message}</p>`);
}
