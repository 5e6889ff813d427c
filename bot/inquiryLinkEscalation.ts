/**
 * Interim EscalationPort until the escalation feature provides its signed inquiry links: keeps the
 * request (question, transcript, user) as a draft in the store and links to
 * /inquiry?draft=<id>&question=<question>, so the form can prefill from either.
 */
import { randomUUID } from 'node:crypto';
import type { EscalationPort, EscalationRequest, TranscriptLine } from '../dialogs/ports/escalation';
import type { Repositories } from '../dialogs/ports/repositories';
import type { UserIdentity } from '../dialogs/ports/identity';

export const INQUIRY_DRAFTS_COLLECTION = 'inquiryDrafts';

/** Keeps the URL short enough for every channel; the full question is in the draft. */
const MAX_QUESTION_IN_URL = 300;

export interface InquiryDraft {
  id: string;
  reason: EscalationRequest['reason'];
  question?: string;
  transcript: TranscriptLine[];
  user?: UserIdentity;
  conversationId?: string;
  createdAt: string;
}

export class InquiryLinkEscalation implements EscalationPort {
  constructor(private readonly repositories: Repositories, private readonly baseUrl?: string) {}

  async inquiryLink(request: EscalationRequest): Promise<string> {
    const draft: InquiryDraft = {
      id: randomUUID(),
      reason: request.reason,
      transcript: request.transcript,
      createdAt: new Date().toISOString(),
      ...(request.question ? { question: request.question } : {}),
      ...(request.user ? { user: request.user } : {}),
      ...(request.conversationId ? { conversationId: request.conversationId } : {}),
    };
    await this.repositories.collection<InquiryDraft>(INQUIRY_DRAFTS_COLLECTION).insert(draft);
    const query = new URLSearchParams({ draft: draft.id });
    if (request.question) query.set('question', [...request.question].slice(0, MAX_QUESTION_IN_URL).join(''));
    return `${this.baseUrl ?? ''}/inquiry?${query.toString()}`;
  }
}
