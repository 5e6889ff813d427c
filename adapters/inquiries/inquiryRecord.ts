/** An inquiry as stored in the Repositories collection 'inquiries' (id = reference number). */
import type { EscalationReason, TranscriptLine } from '../../dialogs/ports/escalation';
import type { Role } from '../../dialogs/ports/identity';

export const INQUIRIES_COLLECTION = 'inquiries';

export type InquiryStatus = 'new' | 'in-progress' | 'answered';
export const INQUIRY_STATUSES: readonly InquiryStatus[] = ['new', 'in-progress', 'answered'];

export const INQUIRY_CATEGORIES = [
  'operation',
  'account',
  'allocation',
  'vaccination',
  'claims',
  'facility',
  'trouble',
  'other',
] as const;
export type InquiryCategory = (typeof INQUIRY_CATEGORIES)[number];

/** Who asked, as carried by the signed link (never typed by the user). */
export interface InquiryRequester {
  userId: string;
  displayName: string;
  role: Role;
  organizationId: string;
  organizationName: string;
}

/** How a reply reached the user's chat. */
export type DeliveryOutcome = 'delivered' | 'no-conversation' | 'failed';

export interface InquiryReply {
  /**
   * Issued with the reply form, so a second submit of the same form is recognised and not
   * delivered again. Absent on replies stored before replies had ids.
   */
  id?: string;
  text: string;
  at: string;
  /** Display name of the support staff member. */
  by: string;
  /** 'pending' from storing until the outcome is recorded (stays so if recording it failed). */
  delivery: DeliveryOutcome | 'pending';
}

export interface InquiryRecord {
  /** The reference number, e.g. Q250612-4821. */
  id: string;
  status: InquiryStatus;
  category: InquiryCategory;
  question: string;
  email: string;
  phone?: string;
  transcript: TranscriptLine[];
  requester?: InquiryRequester;
  /** The chat the inquiry came from; replies are delivered back into it. */
  conversationId?: string;
  reason?: EscalationReason;
  createdAt: string;
  updatedAt: string;
  replies: InquiryReply[];
  /** Id of the FAQ entry made from this inquiry's reply. */
  faqId?: string;
}
