/**
 * The bot adapter behind the local Direct Line.
 *
 * Design: turns run in-process. The Direct Line routes hand each incoming activity to this
 * adapter, which runs it through the same bot object that serves /api/messages; everything the bot
 * sends is appended to the conversation store, and the WebSocket stream pushes it to the client.
 * This was chosen over looping activities back through the CloudAdapter over HTTP because it needs
 * no knowledge of the server's own URL, no channel credentials (which would otherwise be fetched
 * from Azure AD when MicrosoftAppId is set) and no second request per reply.
 *
 * Proactive messages (a support reply delivered into the chat) use `continueConversationAsync`
 * with a stored ConversationReference, exactly like CloudAdapter; references of this channel are
 * recognised by `isLocalDirectLineReference`.
 */
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { ConversationStore } from './conversationStore';

export const LOCAL_DIRECT_LINE_CHANNEL_ID = 'directline';
/** Marks conversation references of the embedded Direct Line (Azure's has an https URL here). */
export const LOCAL_DIRECT_LINE_SERVICE_URL = 'urn:vsys-assistant:local-directline';

export const BOT_ACCOUNT: ChannelAccount = { id: 'vsys-assistant', name: 'V-SYS サポート', role: 'bot' };

type TurnLogic = (context: TurnContext) => Promise<void>;

export function isLocalDirectLineReference(reference: Partial<ConversationReference>): boolean {
  return reference.serviceUrl === LOCAL_DIRECT_LINE_SERVICE_URL;
}

export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly store: ConversationStore) {
    super();
  }

  /** Runs one turn for an activity that arrived on the channel (identity already stamped). */
  async processActivity(activity: Activity, logic: TurnLogic): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        const ms = typeof activity.value === 'number' ? activity.value : 1000;
        await new Promise((resolve) => setTimeout(resolve, Math.min(ms, 10_000)));
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === ActivityTypes.InvokeResponse) {
        responses.push({ id: '' }); // invokes are not part of Direct Line 3.0's transcript
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      const outgoing: Partial<Activity> = {
        ...activity,
        channelId: LOCAL_DIRECT_LINE_CHANNEL_ID,
        serviceUrl: LOCAL_DIRECT_LINE_SERVICE_URL,
        conversation: { ...activity.conversation, id: conversationId } as Activity['conversation'],
        from: activity.from ?? BOT_ACCOUNT,
        timestamp: new Date(),
      };
      // A typing indicator is shown on the open streams but not stored (see ConversationStore.publish).
      const sent = activity.type === ActivityTypes.Typing ? this.store.publish(conversationId, outgoing) : await this.store.append(conversationId, outgoing);
      responses.push({ id: sent.id ?? '' });
    }
    return responses;
  }

  async updateActivity(_context: TurnContext, activity: Partial<Activity>): Promise<void> {
    if (!(await this.store.replace(activity as Activity))) throw new Error(`Unknown activity ${activity.id}`);
  }

  async deleteActivity(_context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    if (reference.activityId) await this.store.remove(reference.activityId);
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    if (!isLocalDirectLineReference(reference)) {
      throw new Error('This conversation reference does not belong to the local Direct Line');
    }
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'ContinueConversation' },
      reference,
      true,
    ) as Activity;
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Same call shapes as CloudAdapter (app id or claims, optional audience); they do not matter locally. */
  override async continueConversationAsync(
    _botAppIdOrClaims: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: TurnLogic | string,
    maybeLogic?: TurnLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new TypeError('continueConversationAsync needs a logic function');
    await this.continueConversation(reference, logic);
  }
}
