/**
 * Delivers a support reply into the chat the inquiry came from, proactively: the stored
 * conversation reference picks the channel (the embedded Direct Line or a CloudAdapter channel such
 * as Teams or Azure Direct Line), and that channel's adapter continues the conversation.
 */
import { MessageFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import type { ConversationReferences } from './conversationReferences';
import type { DeliveryOutcome, InquiryRecord } from './inquiryRecord';
import * as text from './messages';

/** One channel able to continue its own conversations (built in bot/app.ts around an adapter). */
export interface ProactiveChannel {
  accepts(reference: Partial<ConversationReference>): boolean;
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

export class ReplyDelivery {
  constructor(
    private readonly references: ConversationReferences,
    private readonly channels: ProactiveChannel[],
    private readonly logger: { warn(details: object, message: string): void },
  ) {}

  async deliver(inquiry: InquiryRecord, reply: string, statusUrl: string): Promise<DeliveryOutcome> {
    if (!inquiry.conversationId) return 'no-conversation';
    const reference = await this.references.find(inquiry.conversationId);
    if (!reference) return 'no-conversation';
    const channel = this.channels.find((candidate) => candidate.accepts(reference));
    if (!channel) return 'no-conversation';
    try {
      await channel.continueConversation(reference, async (context) => {
        await context.sendActivity(MessageFactory.text(text.chatReplyText(inquiry.id, reply, statusUrl)));
      });
      return 'delivered';
    } catch (error) {
      this.logger.warn({ err: error, inquiry: inquiry.id, conversationId: inquiry.conversationId }, 'reply could not be delivered into the chat');
      return 'failed';
    }
  }
}
