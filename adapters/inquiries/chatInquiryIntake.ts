/**
 * The inquiry intake port for the chat dialog: the form's categories, field checks and messages,
 * and the form's storage path (newInquiry + InquiryStore.create), with a status link the user can
 * open from the chat (signed view token, as sent with replies).
 */
import type { EscalationRequest } from '../../dialogs/ports/escalation';
import type { InquiryDraft, InquiryField, InquiryFieldCheck, InquiryIntake, InquirySubmission } from '../../dialogs/ports/inquiryIntake';
import type { InquiryAccess } from './inquiryAccess';
import { contextOf } from './inquiryLink';
import { INQUIRY_CATEGORIES } from './inquiryRecord';
import type { InquiryStore } from './inquiryStore';
import { newInquiry } from './inquirySubmission';
import { checkCategory, checkEmail, checkPhone, checkQuestion, validateInquiry } from './inquiryValidation';
import { CATEGORY_LABELS } from './messages';

const CHECKS: Record<InquiryField, (input: string) => InquiryFieldCheck> = {
  category: checkCategory,
  question: checkQuestion,
  email: checkEmail,
  phone: checkPhone,
};

export class ChatInquiryIntake implements InquiryIntake {
  readonly categories = INQUIRY_CATEGORIES.map((id) => ({ id, label: CATEGORY_LABELS[id] }));

  /** `baseUrl`: the public origin ('' for site-relative links). */
  constructor(private readonly store: InquiryStore, private readonly access: InquiryAccess, private readonly baseUrl = '') {}

  check(field: InquiryField, input: string): InquiryFieldCheck {
    return CHECKS[field](input);
  }

  async submit(draft: InquiryDraft, context: EscalationRequest): Promise<InquirySubmission> {
    // Checked again as a whole: the dialog's state is stored between turns and could be stale.
    const validation = validateInquiry({ category: draft.category, question: draft.question, email: draft.email, phone: draft.phone ?? '' });
    if (!validation.ok) return { ok: false, errors: validation.errors };
    const record = await this.store.create(newInquiry(validation.value, contextOf(context)));
    const statusUrl = `${this.baseUrl}/inquiry/${encodeURIComponent(record.id)}?k=${encodeURIComponent(this.access.viewToken(record.id))}`;
    return { ok: true, receipt: { number: record.id, statusUrl } };
  }
}
