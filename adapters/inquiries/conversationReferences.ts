/**
 * Remembers where each conversation lives (its ConversationReference) so a support reply can be
 * delivered into it later, by any instance: a middleware on every bot adapter writes the reference
 * of each conversation to the Repositories collection 'conversationReferences' (once per process
 * per conversation, and again when the reference changes, e.g. a new serviceUrl).
 */
import { TurnContext, type ConversationReference, type Middleware } from 'botbuilder';
import type { Repositories } from '../../dialogs/ports/repositories';

export const CONVERSATION_REFERENCES_COLLECTION = 'conversationReferences';
const MAX_REMEMBERED = 10_000;

export interface ConversationReferenceRecord {
  /** The conversation id. */
  id: string;
  /** JSON text: references may hold keys document stores refuse as field names. */
  referenceJson: string;
  userId?: string;
  updatedAt: string;
}

export class ConversationReferences implements Middleware {
  /** Conversation id -> the reference JSON last written by this process. */
  private readonly written = new Map<string, string>();

  constructor(private readonly repositories: Repositories, private readonly onError: (error: unknown) => void = () => undefined) {}

  private get collection() {
    return this.repositories.collection<ConversationReferenceRecord>(CONVERSATION_REFERENCES_COLLECTION);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    // Proactive turns (ContinueConversation) replay a stored reference: nothing new to learn.
    if (activity?.conversation?.id && activity.from?.role !== 'bot' && activity.name !== 'ContinueConversation') {
      try {
        await this.remember(TurnContext.getConversationReference(activity));
      } catch (error) {
        this.onError(error); // losing a reference must never break the user's turn
      }
    }
    await next();
  }

  async remember(reference: Partial<ConversationReference>): Promise<void> {
    const id = reference.conversation?.id;
    if (!id) return;
    const { activityId: _ignored, ...stable } = reference;
    const referenceJson = JSON.stringify(stable);
    if (this.written.get(id) === referenceJson) return;
    await this.collection.put({ id, referenceJson, ...(reference.user?.id ? { userId: reference.user.id } : {}), updatedAt: new Date().toISOString() });
    this.written.delete(id);
    this.written.set(id, referenceJson);
    if (this.written.size > MAX_REMEMBERED) this.written.delete(this.written.keys().next().value as string);
  }

  async find(conversationId: string): Promise<Partial<ConversationReference> | undefined> {
    const record = await this.collection.get(conversationId);
    if (!record) return undefined;
    try {
      return JSON.parse(record.referenceJson) as Partial<ConversationReference>;
    } catch {
      return undefined;
    }
  }
}
