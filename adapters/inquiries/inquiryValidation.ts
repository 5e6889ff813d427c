/**
 * Checks what the user typed in the inquiry form. Returns the cleaned values, or one Japanese
 * message per field to fix; the raw input is always kept so the page can show it again.
 */
import { INQUIRY_CATEGORIES, type InquiryCategory } from './inquiryRecord';
import * as text from './messages';

export const MAX_QUESTION_LENGTH = 2000;
export const MAX_EMAIL_LENGTH = 254;
const MAX_PHONE_INPUT = 30;

export interface InquiryFormInput {
  category: string;
  question: string;
  email: string;
  phone: string;
}

export type InquiryField = keyof InquiryFormInput;

export interface ValidInquiry {
  category: InquiryCategory;
  question: string;
  email: string;
  phone?: string;
}

export type InquiryValidation =
  | { ok: true; value: ValidInquiry }
  | { ok: false; errors: Partial<Record<InquiryField, string>> };

/** A form field as a string: repeated or missing fields become '' (never crash on odd bodies). */
export function formField(body: unknown, name: string, max = 10_000): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function readInquiryForm(body: unknown): InquiryFormInput {
  return {
    category: formField(body, 'category', 50),
    question: formField(body, 'question', MAX_QUESTION_LENGTH * 2),
    email: formField(body, 'email', MAX_EMAIL_LENGTH * 2),
    phone: formField(body, 'phone', MAX_PHONE_INPUT * 2),
  };
}

// Deliberately simple: one @, no spaces, a dot in the domain. Full RFC 5322 rejects nothing useful.
const EMAIL_PATTERN = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()".]{2,}$/;

/** One field's check: the cleaned value, or the Japanese message saying what to fix. */
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkCategory(input: string): FieldCheck<InquiryCategory> {
  const category = input.trim();
  if (!(INQUIRY_CATEGORIES as readonly string[]).includes(category)) return { ok: false, message: text.ERROR_CATEGORY_REQUIRED };
  return { ok: true, value: category as InquiryCategory };
}

export function checkQuestion(input: string): FieldCheck<string> {
  const question = input.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const length = [...question].length;
  if (length === 0) return { ok: false, message: text.ERROR_QUESTION_REQUIRED };
  if (length > MAX_QUESTION_LENGTH) return { ok: false, message: text.errorQuestionTooLong(MAX_QUESTION_LENGTH, length) };
  return { ok: true, value: question };
}

export function checkEmail(input: string): FieldCheck<string> {
  // Full-width letters and ＠ are common with Japanese input methods: accept them.
  const email = input.normalize('NFKC').trim();
  if (email.length === 0) return { ok: false, message: text.ERROR_EMAIL_REQUIRED };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, message: text.errorEmailTooLong(MAX_EMAIL_LENGTH) };
  if (!EMAIL_PATTERN.test(email)) return { ok: false, message: text.ERROR_EMAIL_FORMAT };
  return { ok: true, value: email };
}

/** Optional: empty input is a valid "no phone" (undefined). */
export function checkPhone(input: string): FieldCheck<string | undefined> {
  const phone = input.normalize('NFKC').replace(/[ー－―‐]/g, '-').trim();
  if (phone.length === 0) return { ok: true, value: undefined };
  const digits = phone.replace(/[-()\s]/g, '');
  if (phone.length > MAX_PHONE_INPUT || !/^0\d{9,10}$/.test(digits)) return { ok: false, message: text.ERROR_PHONE_FORMAT };
  return { ok: true, value: phone };
}

export function validateInquiry(input: InquiryFormInput): InquiryValidation {
  const category = checkCategory(input.category);
  const question = checkQuestion(input.question);
  const email = checkEmail(input.email);
  const phone = checkPhone(input.phone);
  if (category.ok && question.ok && email.ok && phone.ok) {
    return { ok: true, value: { category: category.value, question: question.value, email: email.value, ...(phone.value ? { phone: phone.value } : {}) } };
  }
  const errors: Partial<Record<InquiryField, string>> = {};
  if (!category.ok) errors.category = category.message;
  if (!question.ok) errors.question = question.message;
  if (!email.ok) errors.email = email.message;
  if (!phone.ok) errors.phone = phone.message;
  return { ok: false, errors };
}
