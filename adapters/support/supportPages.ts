/** HTML of the support console (every value escaped through the html template). */
import { ROLE_LABELS, type UserIdentity } from '../../dialogs/ports/identity';
import type { FaqEntryRecord } from '../inquiries/faqEntries';
import { html, page, type SafeHtml } from '../inquiries/html';
import { INQUIRY_STATUSES, type InquiryRecord, type InquiryStatus } from '../inquiries/inquiryRecord';
import { formatTokyo, transcriptList } from '../inquiries/inquiryPages';
import { formatCursor, type InquiryCursor } from '../inquiries/inquiryStore';
import { CATEGORY_LABELS, STATUS_LABELS } from '../inquiries/messages';
import { FAQ_AUDIENCE_ROLES, MAX_FAQ_ALTERNATES, MAX_FAQ_QUESTION, type FaqFormInput } from './faqForm';
import { REASON_LABELS, type SortOrder, type UnansweredGroup, type UnansweredSort } from '../inquiries/unansweredReport';
import * as text from './messages';

export function header(user: UserIdentity, csrfToken: string): SafeHtml {
  return html`<nav><a href="/support">${text.NAV_INQUIRIES}</a><a href="/support/unanswered">${text.NAV_UNANSWERED}</a><a href="/support/faq">${text.NAV_FAQ}</a>
<span>${user.displayName}</span>
<form method="post" action="/support/logout" style="display:inline"><input type="hidden" name="csrf" value="${csrfToken}"><button class="secondary" type="submit">${text.SIGN_OUT}</button></form></nav>`;
}

export function notice(message?: string): SafeHtml {
  return message ? html`<p class="notice" role="status">${message}</p>` : html``;
}

function statusBadge(status: InquiryStatus): SafeHtml {
  return html`<span class="status status-${status}">${STATUS_LABELS[status]}</span>`;
}

export function shorten(value: string, max: number): string {
  const chars = [...value.replace(/\s+/g, ' ')];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}

export interface SignInView {
  demoUsers?: readonly UserIdentity[];
  csrfToken: string;
  error?: string;
}

export function renderSignIn(view: SignInView): string {
  const demo = view.demoUsers?.filter((user) => user.role === 'support') ?? [];
  const body = html`
${view.error ? html`<p class="errors" role="alert">${view.error}</p>` : ''}
${demo.length > 0 ? html`<div class="card"><p>${text.SIGN_IN_DEMO_LEAD}</p>
${demo.map((user) => html`<form method="post" action="/support/login"><input type="hidden" name="csrf" value="${view.csrfToken}"><input type="hidden" name="demoUser" value="${user.id}"><button type="submit">${text.signInAs(user.displayName)}</button></form>`)}</div>` : ''}
<form method="post" action="/support/login" class="card"><p>${text.SIGN_IN_TOKEN_LEAD}</p>
<input type="hidden" name="csrf" value="${view.csrfToken}">
<label for="userToken">${text.SIGN_IN_TOKEN_LABEL}</label><textarea id="userToken" name="userToken" autocomplete="off"></textarea>
<button type="submit">${text.SIGN_IN_BUTTON}</button></form>`;
  return page(text.SIGN_IN_TITLE, body);
}

export interface InquiryListView {
  user: UserIdentity;
  csrfToken: string;
  inquiries: InquiryRecord[];
  counts: Record<InquiryStatus, number>;
  status?: InquiryStatus;
  search: string;
  /** Where this page starts (absent: the newest). */
  after?: InquiryCursor;
  next?: InquiryCursor;
  scanLimited: boolean;
  scanned: number;
  notice?: string;
}

export function renderInquiryList(view: InquiryListView): string {
  const filterLink = (status: InquiryStatus | undefined, label: string, count?: number) => {
    const query = new URLSearchParams({ ...(status ? { status } : {}), ...(view.search ? { q: view.search } : {}) }).toString();
    const current = view.status === status;
    return html`<a href="/support${query ? `?${query}` : ''}"${current ? html` aria-current="page"` : ''}>${current ? html`<strong>${label}</strong>` : label}${count !== undefined ? `（${count}）` : ''}</a>`;
  };
  const pageLink = (cursor: InquiryCursor) => `/support?${new URLSearchParams({
    ...(view.status ? { status: view.status } : {}), ...(view.search ? { q: view.search } : {}), after: formatCursor(cursor),
  }).toString()}`;
  const firstPage = `/support?${new URLSearchParams({ ...(view.status ? { status: view.status } : {}), ...(view.search ? { q: view.search } : {}) }).toString()}`;
  const paging = html`<nav class="card" id="paging"><span class="hint">${text.PAGE_LEAD}</span>
${view.scanLimited ? html`<p class="hint">${text.searchScanLimited(view.scanned)}</p>` : ''}
${view.next ? html`<a href="${pageLink(view.next)}" rel="next" id="next-page">${text.NEXT_PAGE}</a>` : html`<span class="hint">${text.NO_MORE_INQUIRIES}</span>`}
${view.after ? html`<a href="${firstPage}" id="first-page">${text.FIRST_PAGE}</a>` : ''}</nav>`;
  const body = html`${notice(view.notice)}
<nav class="card">${filterLink(undefined, text.FILTER_ALL)}${INQUIRY_STATUSES.map((s) => filterLink(s, STATUS_LABELS[s], view.counts[s]))}</nav>
<form method="get" action="/support" class="card">
${view.status ? html`<input type="hidden" name="status" value="${view.status}">` : ''}
<label for="q">${text.SEARCH_LABEL}</label><input type="search" id="q" name="q" value="${view.search}">
<button type="submit">${text.SEARCH_BUTTON}</button></form>
${view.inquiries.length === 0
    ? html`<p>${text.NO_INQUIRIES}</p>`
    : html`<table id="inquiries"><thead><tr><th>${text.COL_NUMBER}</th><th>${text.COL_RECEIVED}</th><th>${text.COL_CATEGORY}</th><th>${text.COL_REQUESTER}</th><th>${text.COL_QUESTION}</th><th>${text.COL_STATUS}</th></tr></thead><tbody>
${view.inquiries.map((inquiry) => html`<tr><td><a href="/support/inquiries/${encodeURIComponent(inquiry.id)}">${inquiry.id}</a></td><td>${formatTokyo(inquiry.createdAt)}</td><td>${CATEGORY_LABELS[inquiry.category]}</td>
<td>${inquiry.requester ? `${inquiry.requester.organizationName}（${ROLE_LABELS[inquiry.requester.role]}）` : text.ANONYMOUS_REQUESTER}</td><td>${shorten(inquiry.question, 80)}</td><td>${statusBadge(inquiry.status)}</td></tr>`)}
</tbody></table>`}
${paging}`;
  return page(text.CONSOLE_TITLE, body, header(view.user, view.csrfToken));
}

export interface InquiryDetailView {
  user: UserIdentity;
  csrfToken: string;
  inquiry: InquiryRecord;
  notice?: string;
  replyError?: string;
  replyDraft?: string;
  /** Id of the reply being written: a second submit of the same form is not delivered again. */
  replyId: string;
  faqError?: string;
  /** What was typed into the FAQ form when it was refused or could not be saved (shown again as is). */
  faqInput?: FaqFormInput;
  /** The FAQ entry made from this inquiry, when there is one (deleted ones included). */
  faqEntry?: FaqEntryRecord;
}

function existingFaq(view: InquiryDetailView): SafeHtml {
  const entry = view.faqEntry;
  if (!entry) return html``;
  if (entry.deletedAt) return html`<p class="hint">${text.FAQ_EXISTING_DELETED}</p>`;
  return html`<p class="hint">${text.faqExisting(entry.id)}　<a href="/support/faq/${encodeURIComponent(entry.id)}/edit">${text.FAQ_EDIT_EXISTING}</a></p>
<p class="hint">${text.FAQ_REPLACES_EXISTING}</p>`;
}

function faqForm(view: InquiryDetailView): SafeHtml {
  const inquiry = view.inquiry;
  const lastReply = inquiry.replies[inquiry.replies.length - 1];
  if (!lastReply) return html`<p class="hint">${text.FAQ_NEEDS_REPLY}</p>`;
  const userLines = inquiry.transcript.filter((line) => line.from === 'user').map((line) => line.text.trim());
  const alternates = [...new Set([inquiry.question.trim(), ...userLines])]
    .filter((q) => q && [...q].length <= MAX_FAQ_QUESTION).slice(0, MAX_FAQ_ALTERNATES);
  const title = shorten(inquiry.question.split('\n')[0] ?? '', 100);
  const defaultRole = inquiry.requester && inquiry.requester.role !== 'support' ? inquiry.requester.role : undefined;
  const shown = view.faqInput ?? { title, answer: lastReply.text, questions: alternates.join('\n'), roles: defaultRole ?? 'all' };
  return html`<form method="post" action="/support/inquiries/${encodeURIComponent(inquiry.id)}/faq" class="card" id="faq-form">
<p>${text.FAQ_LEAD}</p>${view.faqError ? html`<p class="error">${view.faqError}</p>` : ''}
${existingFaq(view)}
<input type="hidden" name="csrf" value="${view.csrfToken}">
<label for="faq-title">${text.FAQ_TITLE}</label><input type="text" id="faq-title" name="title" value="${shown.title}">
<label for="faq-answer">${text.FAQ_ANSWER}</label><textarea id="faq-answer" name="answer">${shown.answer}</textarea>
<label for="faq-questions">${text.FAQ_QUESTIONS}</label><textarea id="faq-questions" name="questions">${shown.questions}</textarea>
<label for="faq-roles">${text.FAQ_ROLES}</label><select id="faq-roles" name="roles"><option value="all">${text.FAQ_ROLES_ALL}</option>
${FAQ_AUDIENCE_ROLES.map((role) => html`<option value="${role}"${role === shown.roles ? html` selected` : ''}>${ROLE_LABELS[role]}</option>`)}</select>
<button type="submit">${text.FAQ_BUTTON}</button></form>`;
}

export function renderInquiryDetail(view: InquiryDetailView): string {
  const inquiry = view.inquiry;
  const path = `/support/inquiries/${encodeURIComponent(inquiry.id)}`;
  const body = html`${notice(view.notice)}
<div class="card">
<p><strong>${text.COL_NUMBER}：</strong>${inquiry.id}　${statusBadge(inquiry.status)}</p>
<p><strong>${text.COL_RECEIVED}：</strong>${formatTokyo(inquiry.createdAt)}　<strong>${text.COL_CATEGORY}：</strong>${CATEGORY_LABELS[inquiry.category]}</p>
<p><strong>${text.COL_REQUESTER}：</strong>${inquiry.requester ? `${inquiry.requester.organizationName}（${ROLE_LABELS[inquiry.requester.role]}）${inquiry.requester.displayName}` : text.ANONYMOUS_REQUESTER}</p>
<p><strong>${text.DETAIL_CONTACT}：</strong>${inquiry.email}${inquiry.phone ? ` / ${inquiry.phone}` : ''}</p>
<p><strong>${text.COL_QUESTION}：</strong></p><div class="reply" id="inquiry-question">${inquiry.question}</div>
</div>
<h2>${text.DETAIL_TRANSCRIPT}</h2>
${inquiry.transcript.length > 0 ? transcriptList(inquiry.transcript) : html`<p>${text.DETAIL_NO_TRANSCRIPT}</p>`}
<h2>${text.DETAIL_REPLIES}</h2>
${inquiry.replies.map((reply) => html`<div class="card"><p class="hint">${formatTokyo(reply.at)} ${reply.by}（${text.DELIVERY_LABELS[reply.delivery] ?? reply.delivery}）</p><div class="reply">${reply.text}</div></div>`)}
<form method="post" action="${path}/reply" class="card" id="reply-form">
<input type="hidden" name="csrf" value="${view.csrfToken}">
<input type="hidden" name="replyId" value="${view.replyId}">
<label for="reply">${text.REPLY_LABEL}</label>${view.replyError ? html`<p class="error">${view.replyError}</p>` : ''}
<textarea id="reply" name="reply">${view.replyDraft ?? ''}</textarea><p class="hint">${text.REPLY_HINT}</p>
<button type="submit">${text.REPLY_BUTTON}</button></form>
<form method="post" action="${path}/status" class="card">
<input type="hidden" name="csrf" value="${view.csrfToken}">
<label for="status">${text.STATUS_LABEL}</label><select id="status" name="status">
${INQUIRY_STATUSES.map((s) => html`<option value="${s}"${s === inquiry.status ? html` selected` : ''}>${STATUS_LABELS[s]}</option>`)}</select>
<button type="submit">${text.STATUS_BUTTON}</button></form>
<h2>${text.FAQ_HEADING}</h2>
${faqForm(view)}`;
  return page(`${text.CONSOLE_TITLE}：${inquiry.id}`, body, header(view.user, view.csrfToken));
}

export interface UnansweredView {
  user: UserIdentity;
  csrfToken: string;
  groups: UnansweredGroup[];
  sort: UnansweredSort;
  order: SortOrder;
}

export function renderUnanswered(view: UnansweredView): string {
  const sortLink = (sort: UnansweredSort, label: string) => {
    const order: SortOrder = view.sort === sort && view.order === 'desc' ? 'asc' : 'desc';
    const arrow = view.sort === sort ? (view.order === 'desc' ? ' ▼' : ' ▲') : '';
    return html`<a href="/support/unanswered?sort=${sort}&amp;order=${order}">${label}${arrow}</a>`;
  };
  const body = html`<p>${text.UNANSWERED_LEAD}</p>
<p><a href="/support/unanswered.csv?sort=${view.sort}&amp;order=${view.order}" download>${text.UNANSWERED_CSV}</a></p>
${view.groups.length === 0
    ? html`<p>${text.UNANSWERED_EMPTY}</p>`
    : html`<table id="unanswered"><thead><tr><th>${sortLink('question', text.COL_QUESTION)}</th><th>${sortLink('count', text.COL_COUNT)}</th><th>${sortLink('last', text.COL_LAST_ASKED)}</th><th>${text.COL_ROLES}</th><th>${text.COL_REASONS}</th></tr></thead><tbody>
${view.groups.map((group) => html`<tr><td>${group.example}</td><td>${group.count}</td><td>${formatTokyo(group.lastAsked)}</td><td>${group.roles.map((role) => ROLE_LABELS[role] ?? role).join(' / ')}</td><td>${group.reasons.map((reason) => REASON_LABELS[reason] ?? reason).join(' / ')}</td></tr>`)}
</tbody></table>`}`;
  return page(text.UNANSWERED_TITLE, body, header(view.user, view.csrfToken));
}
