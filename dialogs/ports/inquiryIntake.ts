/**
 * Taking an inquiry inside the chat: the same categories, checks (with the form's Japanese
 * messages) and storage as the /inquiry form, so an inquiry collected by the chat dialog is the
 * same record the support console lists and replies to. Implemented by the escalation feature.
 */
import type { EscalationRequest } from './escalation';

export type InquiryField = 'category' | 'question' | 'email' | 'phone';

export interface InquiryCategoryOption {
  /** Stored value (`operation`, `account`…). */
  id: string;
  /** Japanese label shown on the form and as a button (「操作方法について」). */
  label: string;
}

/** One field's check: the cleaned value, or the Japanese message saying what to fix. */
export type InquiryFieldCheck = { ok: true; value: string | undefined } | { ok: false; message: string };

export interface InquiryDraft {
  category: string;
  question: string;
  email: string;
  phone?: string;
}

export interface InquiryReceipt {
  /** Reference number (Q250612-4821). */
  number: string;
  /** The status page, openable from the chat by this user (signed view link). */
  statusUrl: string;
}

export type InquirySubmission = { ok: true; receipt: InquiryReceipt } | { ok: false; errors: Partial<Record<InquiryField, string>> };

export interface InquiryIntake {
  readonly categories: readonly InquiryCategoryOption[];
  /** Checks one field as the form does (phone: empty is valid and gives undefined). */
  check(field: InquiryField, input: string): InquiryFieldCheck;
  /**
   * Stores the inquiry with the chat's context (question carried over, transcript, requester,
   * conversation for the reply). Rejects only when the store fails.
   */
  submit(draft: InquiryDraft, context: EscalationRequest): Promise<InquirySubmission>;
}
