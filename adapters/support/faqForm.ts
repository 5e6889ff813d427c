/**
 * The FAQ form of the support console ("FAQにする" and 編集): reads the posted fields, checks them
 * and returns either the cleaned entry or one Japanese message per field to fix. What was typed is
 * always kept, so a rejected form shows it again.
 */
import { ROLES, type Role } from '../../dialogs/ports/identity';
import type { FaqEntryChanges } from '../inquiries/faqEntries';
import { formField } from '../inquiries/inquiryValidation';
import * as text from './messages';

export const MAX_FAQ_TITLE = 200;
export const MAX_FAQ_ANSWER = 5000;
export const MAX_FAQ_QUESTION = 200;
/** Alternate questions besides the title (the index keeps at most 20 including it). */
export const MAX_FAQ_ALTERNATES = 19;

export interface FaqFormInput {
  title: string;
  answer: string;
  /** One question a line, as typed. */
  questions: string;
  /** 'all' or a role other than support. */
  roles: string;
}

export type FaqField = keyof FaqFormInput;

export type FaqFormCheck =
  | { ok: true; value: FaqEntryChanges }
  | { ok: false; errors: Partial<Record<FaqField, string>> };

export function readFaqForm(body: unknown): FaqFormInput {
  return {
    title: formField(body, 'title', MAX_FAQ_TITLE * 4),
    answer: formField(body, 'answer', MAX_FAQ_ANSWER * 2),
    questions: formField(body, 'questions', 20_000),
    roles: formField(body, 'roles', 20),
  };
}

/** Roles offered in the form: everyone but the support desk itself. */
export const FAQ_AUDIENCE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'support');

export function checkFaqForm(input: FaqFormInput): FaqFormCheck {
  const errors: Partial<Record<FaqField, string>> = {};
  const title = input.title.replace(/\s+/g, ' ').trim();
  const answer = input.answer.replace(/\r\n?/g, '\n').trim();
  const questions = input.questions.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim());

  if (!title) errors.title = text.FAQ_TITLE_REQUIRED;
  else if ([...title].length > MAX_FAQ_TITLE) errors.title = text.faqTitleTooLong(MAX_FAQ_TITLE);

  if (!answer) errors.answer = text.FAQ_ANSWER_REQUIRED;
  else if ([...answer].length > MAX_FAQ_ANSWER) errors.answer = text.faqAnswerTooLong(MAX_FAQ_ANSWER);

  const tooLong = questions.findIndex((line) => [...line].length > MAX_FAQ_QUESTION);
  const filled = questions.filter(Boolean);
  if (tooLong >= 0) errors.questions = text.faqQuestionTooLong(tooLong + 1, MAX_FAQ_QUESTION);
  else if (filled.length > MAX_FAQ_ALTERNATES) errors.questions = text.faqTooManyQuestions(MAX_FAQ_ALTERNATES);

  const role = FAQ_AUDIENCE_ROLES.find((candidate) => candidate === input.roles);
  if (input.roles !== 'all' && !role) errors.roles = text.FAQ_ROLES_INVALID;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { title, text: answer, questions: filled, roles: role ? [role] : [] } };
}

/** The form's values for a stored entry (the title is not repeated among the alternates). */
export function faqFormInputOf(entry: FaqEntryChanges): FaqFormInput {
  const key = (value: string) => value.normalize('NFKC').toLowerCase();
  return {
    title: entry.title,
    answer: entry.text,
    questions: entry.questions.filter((question) => key(question) !== key(entry.title)).join('\n'),
    roles: entry.roles[0] ?? 'all',
  };
}
