/**
 * The bot every channel talks to (shaped like 13.core-bot's DialogAndWelcomeBot): greets new users
 * with a menu for their role, checks that a message is readable, shows a typing indicator and
 * runs MainDialog. State is saved after every turn in the Storage port, so a restart (or another
 * instance) resumes the conversation where it was.
 */
import {
  ActivityHandler,
  ActivityTypes,
  ConversationState,
  TurnContext,
  UserState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { ConversationRecords } from './conversationRecords';
import { EscalationOffer } from './escalationOffer';
import { detectGlobalCommand, parseYesNo } from './globalCommands';
import { inputProblem, inputProblemReply } from './inputCheck';
import { MainDialog, MAIN_DIALOG } from './mainDialog';
import { welcomeActivity } from './menu';
import type { OperationRegistry } from './operationRegistry';
import { ParkedOperations, type ParkedOperation } from './parkedOperations';
import { CHAT_INQUIRY_ID } from './escalation/inquiryDialog';
import type { EscalationPort, EscalationReason, EscalationRequest, TranscriptLine } from './ports/escalation';
import type { IdentityResolver, UserIdentity } from './ports/identity';
import type { KnowledgeBase } from './ports/knowledgeBase';
import type { Repositories } from './ports/repositories';
import { QnADialog } from './qnaDialog';
import type { SupportHours } from './supportHours';
import { TranscriptLog } from './transcriptLog';
import { setTurnServices } from './turnServices';

export interface AssistantBotDependencies {
  conversationState: ConversationState;
  userState: UserState;
  knowledgeBase: KnowledgeBase;
  repositories: Repositories;
  identity: IdentityResolver;
  escalation: EscalationPort;
  /** Operations registered by the operation features (all registered before the bot is built). */
  registry: OperationRegistry;
  medicalContact: string;
  supportHours: SupportHours;
  /** Base URL for site-relative links in cards (config.publicUrl). */
  linkBase?: string;
  /** Injected clock (support hours, records); defaults to the system clock. */
  now?: () => Date;
  /** Where the rolling transcript is kept (the composition root declares its index and prunes it). */
  transcript?: TranscriptLog;
  /** Lines about what the user still has to do (「今クールの希望量が未登録です。締切は…」), sent after the welcome. */
  openTasks?: (user: UserIdentity | undefined) => Promise<string[]>;
}

/** The reason and question of the last inquiry offer in this conversation. */
interface LastEscalation {
  reason: EscalationReason;
  question?: string;
}

/** The turn-state key under which botbuilder-dialogs' DialogStateManager caches its configuration. */
const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

export class AssistantBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly greeted: StatePropertyAccessor<boolean>;
  private readonly dialogs: DialogSet;
  private readonly transcript: TranscriptLog;
  private readonly escalationOffer: EscalationOffer;
  private readonly lastEscalation: StatePropertyAccessor<LastEscalation>;
  /** The dialogs' memory-scope configuration, built by the first turn and reused (see handleMessage). */
  private stateManagerConfiguration: unknown;

  constructor(private readonly deps: AssistantBotDependencies) {
    super();
    const now = deps.now ?? (() => new Date());
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.greeted = deps.conversationState.createProperty<boolean>('greeted');
    this.transcript = deps.transcript ?? new TranscriptLog(deps.repositories, now);
    this.escalationOffer = new EscalationOffer({ port: deps.escalation, supportHours: deps.supportHours, now });
    this.lastEscalation = deps.conversationState.createProperty<LastEscalation>('lastEscalation');

    const records = new ConversationRecords(deps.repositories);
    const qnaDialog = new QnADialog({ knowledgeBase: deps.knowledgeBase, records, linkBase: deps.linkBase, now });
    // Operations set aside with 「あとで」 live in conversation state, next to the dialog stack.
    const parked = new ParkedOperations(deps.conversationState.createProperty<ParkedOperation[]>('parkedOperations'));
    const mainDialog = new MainDialog({ registry: deps.registry, qnaDialog, records, medicalContact: deps.medicalContact, parked, now });
    this.dialogs = new DialogSet(this.dialogState).add(mainDialog);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newUsers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newUsers.length > 0 && !(await this.greeted.get(context, false))) await this.greet(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const user = this.deps.identity.resolve(context.activity);
    setTurnServices(context, {
      user,
      offerEscalation: (reason, question, choices) => this.offerEscalation(context, user, reason, question, choices?.chatInquiry ?? true),
      escalationRequest: () => this.escalationRequest(context, user),
    });
    if (context.activity.type === ActivityTypes.Message) this.transcript.track(context);
    try {
      await super.run(context);
    } finally {
      // Also after a failed turn: the inquiry form should show what the user asked.
      await this.transcript.flush(context);
    }
    if (context.activity.type !== ActivityTypes.Typing) {
      await this.deps.conversationState.saveChanges(context, false);
      await this.deps.userState.saveChanges(context, false);
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (!(await this.greeted.get(context, false))) await this.greet(context);
    const problem = inputProblem(context.activity);
    if (problem) {
      await context.sendActivity(inputProblemReply(problem));
      return;
    }
    await showTyping(context);
    // botbuilder-dialogs builds its memory-scope configuration (a service container of stateless
    // scope objects) anew on every turn unless the turn already holds one: about 2% of a question's
    // CPU (profiled). The first turn's configuration serves all later ones.
    if (this.stateManagerConfiguration) context.turnState.set(STATE_MANAGER_CONFIGURATION, this.stateManagerConfiguration);
    const dialogContext = await this.dialogs.createContext(context);
    this.stateManagerConfiguration ??= context.turnState.get(STATE_MANAGER_CONFIGURATION);
    const result = await dialogContext.continueDialog();
    // A card submit without text only makes sense for a dialog waiting for it.
    if (result.status === DialogTurnStatus.empty && context.activity.text?.trim()) await dialogContext.beginDialog(MAIN_DIALOG);
  }

  private async greet(context: TurnContext): Promise<void> {
    await this.greeted.set(context, true);
    const user = this.deps.identity.resolve(context.activity);
    await context.sendActivity(welcomeActivity(user, this.deps.registry));
    const tasks = (await this.deps.openTasks?.(user)) ?? [];
    if (tasks.length > 0) await context.sendActivity(tasks.join('\n'));
  }

  private async offerEscalation(
    context: TurnContext,
    user: UserIdentity | undefined,
    reason: EscalationReason,
    question: string | undefined,
    chatInquiry: boolean,
  ): Promise<void> {
    const transcript = await this.transcript.read(context);
    const asked = question ?? lastQuestion(transcript, context.activity.text);
    await this.lastEscalation.set(context, { reason, question: asked });
    const chatOperation = chatInquiry ? this.deps.registry.forUser(user).find((operation) => operation.id === CHAT_INQUIRY_ID) : undefined;
    await this.escalationOffer.send(context, {
      reason,
      question: asked,
      transcript,
      user,
      conversationId: context.activity.conversation?.id,
      chatInquiryButton: chatOperation?.menuLabel,
    });
  }

  private async escalationRequest(context: TurnContext, user: UserIdentity | undefined): Promise<EscalationRequest> {
    const transcript = await this.transcript.read(context);
    const last = await this.lastEscalation.get(context);
    return {
      reason: last?.reason ?? 'user-request',
      question: last?.question ?? lastQuestion(transcript, context.activity.text),
      transcript,
      user,
      conversationId: context.activity.conversation?.id,
    };
  }
}

/**
 * Typing indicator straight through the adapter (as botbuilder's ShowTypingMiddleware does): sent
 * through the context it would mark the turn as answered, and prompts then skip their re-prompt.
 */
async function showTyping(context: TurnContext): Promise<void> {
  const reference = TurnContext.getConversationReference(context.activity);
  const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, reference);
  await context.adapter.sendActivities(context, [typing]);
}

/** The user's most recent real question before this turn (not a command or a yes/no). */
function lastQuestion(transcript: TranscriptLine[], current: string | undefined): string | undefined {
  const userLines = transcript.filter((line) => line.from === 'user').map((line) => line.text);
  if (current && userLines[userLines.length - 1] === current.trim()) userLines.pop();
  return userLines.reverse().find((line) => !detectGlobalCommand(line) && parseYesNo(line) === undefined);
}
