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

export function validateInquiry(input: InquiryFormInput): InquiryValidation {
  const errors: Partial<Record<InquiryField, string>> = {};
  const category = input.category.trim();
  if (!(INQUIRY_CATEGORIES as readonly string[]).includes(category)) errors.category = text.ERROR_CATEGORY_REQUIRED;

  const question = input.question.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const length = [...question].length;
  if (length === 0) errors.question = text.ERROR_QUESTION_REQUIRED;
  else if (length > MAX_QUESTION_LENGTH) errors.question = text.errorQuestionTooLong(MAX_QUESTION_LENGTH, length);

  // Full-width letters and ＠ are common with Japanese input methods: accept them.
  const email = input.email.normalize('NFKC').trim();
  if (email.length === 0) errors.email = text.ERROR_EMAIL_REQUIRED;
  else if (email.length > MAX_EMAIL_LENGTH) errors.email = text.errorEmailTooLong(MAX_EMAIL_LENGTH);
  else if (!EMAIL_PATTERN.test(email)) errors.email = text.ERROR_EMAIL_FORMAT;

  const phoneInput = input.phone.normalize('NFKC').replace(/[ー－―‐]/g, '-').trim();
  let phone: string | undefined;
  if (phoneInput.length > 0) {
    const digits = phoneInput.replace(/[-()\s]/g, '');
    if (phoneInput.length > MAX_PHONE_INPUT || !/^0\d{9,10}$/.test(digits)) errors.phone = text.ERROR_PHONE_FORMAT;
    else phone = phoneInput;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { category: category as InquiryCategory, question, email, ...(phone ? { phone } : {}) } };
}
