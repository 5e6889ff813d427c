/**
 * HTML of the console's FAQ management: the list of console-made FAQ entries, the edit form and
 * the delete confirmation (every value escaped through the html template; no scripts, so the
 * confirmation is a page of its own).
 */
import { ROLE_LABELS, type UserIdentity } from '../../dialogs/ports/identity';
import { html, page, type SafeHtml } from '../inquiries/html';
import type { FaqEntryRecord } from '../inquiries/faqEntries';
import { formatTokyo } from '../inquiries/inquiryPages';
import { FAQ_AUDIENCE_ROLES, type FaqField, type FaqFormInput } from './faqForm';
import { header, notice, shorten } from './supportPages';
import * as text from './messages';

const entryPath = (entry: FaqEntryRecord) => `/support/faq/${encodeURIComponent(entry.id)}`;

function audience(entry: FaqEntryRecord): string {
  return entry.roles.length === 0 ? text.FAQ_ROLES_ALL : entry.roles.map((role) => ROLE_LABELS[role] ?? role).join(' / ');
}

function history(entry: FaqEntryRecord): SafeHtml {
  return html`${text.faqCreated(entry.createdBy, entry.createdAt ? formatTokyo(entry.createdAt) : '')}
${entry.updatedBy ? html`<br>${text.faqUpdated(entry.updatedBy, formatTokyo(entry.updatedAt))}` : ''}`;
}

export interface FaqListView {
  user: UserIdentity;
  csrfToken: string;
  entries: FaqEntryRecord[];
  notice?: string;
}

export function renderFaqList(view: FaqListView): string {
  const body = html`${notice(view.notice)}<p>${text.FAQ_LIST_LEAD}</p>
${view.entries.length === 0
    ? html`<p>${text.FAQ_LIST_EMPTY}</p>`
    : html`<table id="faq-entries"><thead><tr><th>${text.FAQ_COL_TITLE}</th><th>${text.FAQ_COL_QUESTIONS}</th><th>${text.FAQ_COL_ANSWER}</th><th>${text.FAQ_COL_ROLES}</th><th>${text.FAQ_COL_HISTORY}</th><th>${text.FAQ_COL_ACTIONS}</th></tr></thead><tbody>
${view.entries.map((entry) => html`<tr id="faq-${entry.id}"><td><a href="/knowledge/${encodeURIComponent(entry.id)}">${entry.title}</a>
${entry.inquiryId ? html`<br><a class="hint" href="/support/inquiries/${encodeURIComponent(entry.inquiryId)}">${text.FAQ_FROM_INQUIRY}：${entry.inquiryId}</a>` : ''}</td>
<td><ul>${entry.questions.filter((question) => question !== entry.title).map((question) => html`<li>${question}</li>`)}</ul></td>
<td><div class="reply">${shorten(entry.text, 300)}</div></td><td>${audience(entry)}</td><td class="hint">${history(entry)}</td>
<td><a href="${entryPath(entry)}/edit">${text.FAQ_EDIT}</a> <a href="${entryPath(entry)}/delete">${text.FAQ_DELETE}</a></td></tr>`)}
</tbody></table>`}`;
  return page(text.FAQ_LIST_TITLE, body, header(view.user, view.csrfToken));
}

export interface FaqEditView {
  user: UserIdentity;
  csrfToken: string;
  entry: FaqEntryRecord;
  /** What the form shows: the stored entry, or what was typed when it was refused. */
  input: FaqFormInput;
  /** The version the form edits (compare-and-set on save). */
  version: string;
  errors?: Partial<Record<FaqField, string>>;
  notice?: string;
}

export function renderFaqEdit(view: FaqEditView): string {
  const errors = view.errors ?? {};
  const field = (name: FaqField, label: string, control: SafeHtml) => html`<div${errors[name] ? html` class="field-error"` : ''}>
<label for="faq-${name}">${label}</label>${errors[name] ? html`<p class="error" id="faq-${name}-error">${errors[name]}</p>` : ''}${control}</div>`;
  const body = html`${notice(view.notice)}
${Object.keys(errors).length > 0 ? html`<p class="errors" role="alert">${text.FAQ_FIX_ERRORS}</p>` : ''}
<form method="post" action="${entryPath(view.entry)}" class="card" id="faq-edit-form">
<p>${text.FAQ_EDIT_LEAD}</p>
<input type="hidden" name="csrf" value="${view.csrfToken}">
<input type="hidden" name="version" value="${view.version}">
${field('title', text.FAQ_TITLE, html`<input type="text" id="faq-title" name="title" value="${view.input.title}">`)}
${field('answer', text.FAQ_ANSWER, html`<textarea id="faq-answer" name="answer">${view.input.answer}</textarea>`)}
${field('questions', text.FAQ_QUESTIONS, html`<textarea id="faq-questions" name="questions">${view.input.questions}</textarea>`)}
${field('roles', text.FAQ_ROLES, html`<select id="faq-roles" name="roles"><option value="all">${text.FAQ_ROLES_ALL}</option>
${FAQ_AUDIENCE_ROLES.map((role) => html`<option value="${role}"${role === view.input.roles ? html` selected` : ''}>${ROLE_LABELS[role]}</option>`)}</select>`)}
<p class="hint">${history(view.entry)}</p>
<button type="submit">${text.FAQ_SAVE_BUTTON}</button></form>
<p><a href="/support/faq">${text.FAQ_BACK_TO_LIST}</a>　<a href="${entryPath(view.entry)}/delete">${text.FAQ_DELETE}</a></p>`;
  return page(text.FAQ_EDIT_TITLE, body, header(view.user, view.csrfToken));
}

export interface FaqDeleteView {
  user: UserIdentity;
  csrfToken: string;
  entry: FaqEntryRecord;
  notice?: string;
}

export function renderFaqDelete(view: FaqDeleteView): string {
  const entry = view.entry;
  const body = html`${notice(view.notice)}
<div class="card"><p><strong>${text.faqDeleteQuestion(entry.title)}</strong></p>
<p>${text.FAQ_DELETE_WARNING}</p>
<p><strong>${text.FAQ_COL_ANSWER}：</strong></p><div class="reply">${entry.text}</div>
<p class="hint">${history(entry)}</p>
<form method="post" action="${entryPath(entry)}/delete" id="faq-delete-form">
<input type="hidden" name="csrf" value="${view.csrfToken}">
<input type="hidden" name="version" value="${entry.updatedAt}">
<button type="submit">${text.FAQ_DELETE_CONFIRM}</button>　<a href="/support/faq">${text.FAQ_DELETE_CANCEL}</a></form></div>`;
  return page(text.FAQ_DELETE_TITLE, body, header(view.user, view.csrfToken));
}
