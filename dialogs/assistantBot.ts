/**
 * The bot every channel talks to. It greets new users and hands each message to the
 * conversation logic; state is saved after every turn so a restart resumes the conversation.
 */
import { ActivityHandler, ActivityTypes, CardFactory, ConversationState, MessageFactory, UserState, type TurnContext } from 'botbuilder';
import { WELCOME_TEXT, WELCOME_TITLE } from './welcomeMessages';

export interface AssistantBotDependencies {
  conversationState: ConversationState;
  userState: UserState;
}

export class AssistantBot extends ActivityHandler {
  private readonly greeted;

  constructor(private readonly deps: AssistantBotDependencies) {
    super();
    this.greeted = deps.conversationState.createProperty<boolean>('greeted');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newUsers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newUsers.length > 0) await this.greet(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      if (!(await this.greeted.get(context, false))) await this.greet(context);
      await next();
    });
  }

  private async greet(context: TurnContext): Promise<void> {
    await this.greeted.set(context, true);
    const card = CardFactory.heroCard(WELCOME_TITLE, WELCOME_TEXT);
    await context.sendActivity(MessageFactory.attachment(card));
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.activity.type !== ActivityTypes.Typing) {
      await this.deps.conversationState.saveChanges(context, false);
      await this.deps.userState.saveChanges(context, false);
    }
  }
}
