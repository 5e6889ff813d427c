/**
 * Hand-over to a person: the link to the inquiry form, prefilled with what the user already told
 * the bot so they never retype it. Implemented by the escalation feature (signed short-lived link to
 * /inquiry); the composition root wires whichever implementation exists.
 */
import type { UserIdentity } from './identity';

export interface TranscriptLine {
  from: 'user' | 'bot';
  text: string;
  /** ISO timestamp. */
  at: string;
}

/**
 * Why the bot offers a person: the answer did not help (いいえ), nothing matched well enough, the
 * question is outside the manuals, the user asked for a person, or a medical question was referred.
 */
export type EscalationReason = 'not-solved' | 'low-confidence' | 'out-of-scope' | 'user-request' | 'medical';

export interface EscalationRequest {
  reason: EscalationReason;
  /** The question to carry over into the form (absent when the user simply asked for a person). */
  question?: string;
  /** Recent turns of this conversation, oldest first (short: a few dozen lines). */
  transcript: TranscriptLine[];
  user?: UserIdentity;
  /** Lets a reply from the support desk come back into this chat. */
  conversationId?: string;
}

export interface EscalationPort {
  /** Absolute or site-relative URL of the inquiry form for this request. */
  inquiryLink(request: EscalationRequest): Promise<string>;
}
