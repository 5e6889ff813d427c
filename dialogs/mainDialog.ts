/**
 * Routes every turn that no dialog is waiting for: an operation request starts that operation's
 * dialog, anything else is a question for QnADialog; global commands, small talk and medical
 * questions are answered here directly. When the route is ambiguous the user chooses with buttons.
 * An operation the user set aside with 「あとで」 is kept (ParkedOperations) and begun again on
 * 「再開」/「続き」 or its menu button 「入力途中の〇〇を再開」.
 */
import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { ConversationRecords } from './conversationRecords';
import type { OperationDialogOptions, OperationDialogResult } from './interruptibleDialog';
import { compactText } from './japaneseText';
import { menuActivity } from './menu';
import type { ParkedOperation, ParkedOperations, ParkingResult } from './parkedOperations';
import * as parkedText from './parkedMessages';
import type { OperationDefinition, OperationRegistry } from './operationRegistry';
import { QNA_DIALOG, type QnADialog, type QnaDialogOptions, type QnaDialogResult } from './qnaDialog';
import { decideRoute, type Route } from './routeDecision';
import { smallTalkReply } from './smallTalk';
import { getTurnServices, getUserIdentity } from './turnServices';
import * as text from './messages';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';
const ROUTE_CHOICE_PROMPT = 'routeChoicePrompt';

export interface MainDialogOptions {
  /** Route this text instead of the activity's (a reply another dialog handed back). */
  utterance?: string;
}

export interface MainDialogDependencies {
  registry: OperationRegistry;
  qnaDialog: QnADialog;
  records: ConversationRecords;
  /** Where medical questions are referred (config.medicalContact). */
  medicalContact: string;
  /** Operations set aside with 「あとで」 (conversation state); without it あとで just ends the operation. */
  parked?: ParkedOperations;
  now?: () => Date;
}

interface MainValues {
  utterance: string;
  /** Operation ids offered when the route was ambiguous. */
  choices?: string[];
  /** The parked operation begun again this time (forgotten once it ends other than by failing). */
  resumed?: string;
}

type ChildResult = Partial<OperationDialogResult & QnaDialogResult & ParkingResult> | undefined;

/** Ways to ask for the operation left with あとで (再試行 is what the retry prompt said before). */
const RESUME_WORDS = ['再開', '再開する', '再開します', '再開したい', '続き', '続きから', '続きをする', '続きを入力', '入力の続き', '入力を再開', '再試行'].map(compactText);

export class MainDialog extends ComponentDialog {
  private readonly now: () => Date;

  /** Operations must be registered before MainDialog is built: their dialogs become its children. */
  constructor(private readonly deps: MainDialogDependencies) {
    super(MAIN_DIALOG);
    this.now = deps.now ?? (() => new Date());
    this.addDialog(deps.qnaDialog).addDialog(new TextPrompt(ROUTE_CHOICE_PROMPT));
    deps.qnaDialog.answerNewQuestionsHere((context, utterance) => this.routesToQuestion(context, utterance));
    for (const operation of deps.registry.all()) this.addDialog(operation.dialog);
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this), this.chooseStep.bind(this), this.finalStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  private async routeStep(step: WaterfallStepContext<MainDialogOptions>): Promise<DialogTurnResult> {
    const utterance = (step.options?.utterance ?? step.context.activity.text ?? '').trim();
    const values = step.values as MainValues;
    values.utterance = utterance;
    const resume = await this.resumeRequest(step.context, utterance);
    if (resume === 'none') {
      await step.context.sendActivity(parkedText.NOTHING_TO_RESUME);
      return step.endDialog();
    }
    if (Array.isArray(resume)) {
      const buttons = resume.map((parked) => parkedText.RESUME_BUTTON(parked.menuLabel));
      await step.context.sendActivity(MessageFactory.suggestedActions(buttons, parkedText.WHICH_TO_RESUME));
      return step.endDialog();
    }
    if (resume) {
      values.resumed = resume.operationId;
      await step.context.sendActivity(parkedText.RESUMING(resume.menuLabel));
      return step.beginDialog(resume.operationId, resume.options);
    }
    const route = decideRoute(utterance, getUserIdentity(step.context), this.deps.registry);
    switch (route.kind) {
      case 'operation':
        return this.startOperation(step, route.operation, utterance);
      case 'question':
        return step.beginDialog(QNA_DIALOG, { question: utterance } satisfies QnaDialogOptions);
      case 'choose': {
        values.choices = route.operations.map((operation) => operation.id);
        const buttons = [...route.operations.map((operation) => text.routeStartOperation(operation.menuLabel)), text.ROUTE_ASK_AS_QUESTION];
        return step.prompt(ROUTE_CHOICE_PROMPT, {
          prompt: MessageFactory.suggestedActions(buttons, text.ROUTE_CHOICE_PROMPT),
          retryPrompt: MessageFactory.suggestedActions(buttons, text.ROUTE_CHOICE_RETRY),
        });
      }
      default:
        await this.answerDirectly(step.context, route, utterance);
        return step.endDialog();
    }
  }

  /** After an ambiguity prompt: start what was chosen; a new sentence is routed afresh. */
  private async chooseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as MainValues;
    if (!values.choices) return step.next(step.result);
    const reply = compactText(String(step.result ?? ''));
    const operations = values.choices.map((id) => this.deps.registry.get(id)).filter((op): op is OperationDefinition => !!op);
    const index = /^\d+$/.test(reply) ? Number(reply) - 1 : -1;
    const chosen =
      operations[index] ??
      operations.find((op) => reply === compactText(text.routeStartOperation(op.menuLabel)) || reply === compactText(op.menuLabel));
    if (chosen) return this.startOperation(step, chosen, values.utterance);
    if (index === operations.length || reply === compactText(text.ROUTE_ASK_AS_QUESTION)) {
      return step.beginDialog(QNA_DIALOG, { question: values.utterance } satisfies QnaDialogOptions);
    }
    return step.replaceDialog(MAIN_WATERFALL, { utterance: String(step.result ?? '') } satisfies MainDialogOptions);
  }

  private async finalStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as ChildResult;
    const values = step.values as MainValues;
    if (this.deps.parked && result?.parked) await this.deps.parked.park(step.context, result.parked);
    else if (this.deps.parked && values.resumed && result?.outcome !== 'failed') await this.deps.parked.remove(step.context, values.resumed);
    if (result?.reroute) return step.replaceDialog(MAIN_WATERFALL, { utterance: result.reroute } satisfies MainDialogOptions);
    if (result?.outcome === 'menu') await step.context.sendActivity(await this.menu(step.context));
    return step.endDialog();
  }

  /** Whether routeStep would begin QnADialog for this text (no resume request, route 'question'). */
  private async routesToQuestion(context: TurnContext, utterance: string): Promise<boolean> {
    if ((await this.resumeRequest(context, utterance)) !== undefined) return false;
    return decideRoute(utterance, getUserIdentity(context), this.deps.registry).kind === 'question';
  }

  /**
   * A parked operation the user asks for (by a resume word: the only one, or the choice when there
   * are several; or by its button), 'none' when they ask but nothing is parked, undefined otherwise.
   */
  private async resumeRequest(context: TurnContext, utterance: string): Promise<ParkedOperation | ParkedOperation[] | 'none' | undefined> {
    if (!this.deps.parked) return undefined;
    const said = compactText(utterance);
    if (!said) return undefined;
    const parked = (await this.deps.parked.list(context)).filter((p) => this.deps.registry.get(p.operationId));
    const named = parked.find((p) => said === compactText(parkedText.RESUME_BUTTON(p.menuLabel)) || said === compactText(`${p.menuLabel}を再開`));
    if (named) return named;
    if (!RESUME_WORDS.includes(said)) return undefined;
    if (parked.length === 0) return 'none';
    return parked.length === 1 ? parked[0] : parked;
  }

  private async menu(context: TurnContext, lead?: string): Promise<Partial<Activity>> {
    const parked = this.deps.parked ? (await this.deps.parked.list(context)).map((p) => p.menuLabel) : [];
    return menuActivity(getUserIdentity(context), this.deps.registry, lead, parked);
  }

  private startOperation(step: WaterfallStepContext, operation: OperationDefinition, utterance: string): Promise<DialogTurnResult> {
    return step.beginDialog(operation.id, { utterance } satisfies OperationDialogOptions);
  }

  private async answerDirectly(context: TurnContext, route: Route, utterance: string): Promise<void> {
    const user = getUserIdentity(context);
    switch (route.kind) {
      case 'command':
        if (route.command === 'help') await context.sendActivity(await this.menu(context, text.HELP_TOP));
        if (route.command === 'menu') await context.sendActivity(await this.menu(context));
        if (route.command === 'cancel') await context.sendActivity(text.NOTHING_TO_CANCEL);
        if (route.command === 'escalate') await getTurnServices(context)?.offerEscalation('user-request');
        return;
      case 'smallTalk':
        await context.sendActivity(smallTalkReply(route.smallTalk));
        return;
      case 'medical':
        await context.sendActivity(text.MEDICAL_REFUSAL(this.deps.medicalContact));
        await this.deps.records.unanswered(utterance, 'medical', {
          role: user?.role,
          userId: user?.id,
          conversationId: context.activity.conversation?.id,
          at: this.now(),
        });
        return;
      default:
        return;
    }
  }
}
