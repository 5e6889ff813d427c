/**
 * What the support team learns from conversations: feedback on answers and the questions the bot
 * could not answer (including medical questions it referred), stored through the Repositories port.
 */
import { randomUUID } from 'node:crypto';
import type { Repositories } from './ports/repositories';
import type { Role } from './ports/identity';
import { tidyText } from './japaneseText';

export const FEEDBACK_COLLECTION = 'feedback';
export const UNANSWERED_COLLECTION = 'unansweredQuestions';

const MAX_STORED_QUESTION = 1000;

export interface FeedbackRecord {
  id: string;
  sectionId: string;
  question: string;
  helpful: boolean;
  role?: Role;
  userId?: string;
  conversationId?: string;
  at: string;
}

export type UnansweredReason = 'low-confidence' | 'out-of-scope' | 'not-solved' | 'medical';

export interface UnansweredQuestionRecord {
  id: string;
  /** NFKC, whitespace collapsed, lower-case Latin: the key the support console groups by. */
  normalizedText: string;
  /** As the user typed it (trimmed). */
  text: string;
  reason: UnansweredReason;
  role?: Role;
  /** The engine's confidence and best candidate, when there was one. */
  confidence?: number;
  topSectionId?: string;
  conversationId?: string;
  at: string;
}

export interface RecordContext {
  role?: Role;
  userId?: string;
  conversationId?: string;
  at: Date;
}

export class ConversationRecords {
  constructor(private readonly repositories: Repositories) {}

  async feedback(sectionId: string, question: string, helpful: boolean, context: RecordContext): Promise<void> {
    await this.repositories.collection<FeedbackRecord>(FEEDBACK_COLLECTION).insert(definedOnly({
      id: randomUUID(),
      sectionId,
      question: tidyText(question).slice(0, MAX_STORED_QUESTION),
      helpful,
      role: context.role,
      userId: context.userId,
      conversationId: context.conversationId,
      at: context.at.toISOString(),
    }));
  }

  async unanswered(
    question: string,
    reason: UnansweredReason,
    context: RecordContext & { confidence?: number; topSectionId?: string },
  ): Promise<void> {
    const text = tidyText(question).slice(0, MAX_STORED_QUESTION);
    await this.repositories.collection<UnansweredQuestionRecord>(UNANSWERED_COLLECTION).insert(definedOnly({
      id: randomUUID(),
      normalizedText: text.toLowerCase(),
      text,
      reason,
      role: context.role,
      confidence: context.confidence,
      topSectionId: context.topSectionId,
      conversationId: context.conversationId,
      at: context.at.toISOString(),
    }));
  }
}

/** Both backends must store the same document: absent fields stay absent instead of null/undefined. */
function definedOnly<T extends object>(doc: T): T {
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined)) as T;
}
