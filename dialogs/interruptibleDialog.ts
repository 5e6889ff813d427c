/**
 * Base class of every operation dialog (like 13.core-bot's CancelAndHelpDialog): before a step
 * sees the user's reply, the global interruptions are handled here so each operation gets them
 * for free and identically.
 *
 * - ヘルプ: the help text of the current step (set with `setStepHelp`), then the step's question is
 *   asked again; nothing typed so far is lost.
 * - キャンセル/やめる, メニュー: asks for confirmation; はい ends the operation cleanly (result
 *   `{ outcome: 'cancelled' | 'menu' }`, nothing registered), いいえ re-asks the current step.
 *   After a registering call whose answer was lost (`mayHaveRegistered`) both say that the core may
 *   hold it and that cancelling does not undo it, instead of "nothing registered".
 * - 担当者/問い合わせ: offers the inquiry form, then re-asks the current step.
 */
import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { ActivityTypes, MessageFactory } from 'botbuilder';
import { detectGlobalCommand, parseYesNo } from './globalCommands';
import { getTurnServices } from './turnServices';
import * as text from './messages';

/** What MainDialog passes when it starts an operation. */
export interface OperationDialogOptions {
  /** The sentence that started the operation, for slot filling (「昨日AB1234を3バイアル移送しました」). */
  utterance?: string;
}

/** What an operation dialog returns to MainDialog. */
export interface OperationDialogResult {
  outcome: 'completed' | 'cancelled' | 'menu' | 'failed';
  /** Optional short Japanese summary for logs/analytics (not shown again to the user). */
  summary?: string;
}

type PendingInterruption = 'cancel' | 'menu';

const STEP_HELP_KEY = 'vsys.stepHelp';
const PENDING_KEY = 'vsys.pendingInterruption';

export abstract class InterruptibleDialog extends ComponentDialog {
  /** @param menuLabel Japanese name of the operation as shown in the menu (「希望量の登録」). */
  protected constructor(dialogId: string, protected readonly menuLabel: string) {
    super(dialogId);
  }

  /**
   * Call in a waterfall step before prompting: the text ヘルプ shows while this step waits for an
   * answer. Say what is asked, the accepted forms and where the value is found (「ロット番号はバイアルの
   * ラベルに…」).
   */
  protected setStepHelp(step: WaterfallStepContext, help: string): void {
    const state = instanceState(step);
    if (state) state[STEP_HELP_KEY] = help;
  }

  /** True when a registering call may have taken effect although its answer was lost (OperationDialog tracks it). */
  protected mayHaveRegistered(_innerDc: DialogContext): boolean {
    return false;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interrupt(innerDc);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const activity = innerDc.context.activity;
    if (activity.type !== ActivityTypes.Message) return undefined;
    const state = instanceState(innerDc) ?? {};
    const pending = state[PENDING_KEY] as PendingInterruption | undefined;
    if (pending) {
      delete state[PENDING_KEY];
      const command = detectGlobalCommand(activity.text);
      const confirmed = parseYesNo(activity.text) ?? (command === 'cancel' || command === 'menu' ? true : undefined);
      if (confirmed) {
        const cancelled = this.mayHaveRegistered(innerDc) ? text.OPERATION_CANCELLED_MAY_HAVE_REGISTERED : text.OPERATION_CANCELLED;
        await innerDc.context.sendActivity(cancelled(this.menuLabel));
        await innerDc.cancelAllDialogs();
        const result: OperationDialogResult = { outcome: pending === 'menu' ? 'menu' : 'cancelled' };
        return { status: DialogTurnStatus.complete, result };
      }
      // いいえ, or anything else: keep going with the step that was interrupted.
      await innerDc.context.sendActivity(text.OPERATION_RESUMED);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }

    switch (detectGlobalCommand(activity.text)) {
      case 'help': {
        const help = (state[STEP_HELP_KEY] as string | undefined) ?? text.OPERATION_HELP_FALLBACK(this.menuLabel);
        await innerDc.context.sendActivity(`${help}\n\n${text.HELP_FOOTER}`);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      case 'cancel':
      case 'menu': {
        const kind: PendingInterruption = detectGlobalCommand(activity.text) === 'menu' ? 'menu' : 'cancel';
        state[PENDING_KEY] = kind;
        const maybe = this.mayHaveRegistered(innerDc);
        const ask = kind === 'menu' ? (maybe ? text.MENU_CONFIRM_MAY_HAVE_REGISTERED : text.MENU_CONFIRM) : maybe ? text.CANCEL_CONFIRM_MAY_HAVE_REGISTERED : text.CANCEL_CONFIRM;
        const question = ask(this.menuLabel);
        await innerDc.context.sendActivity(MessageFactory.suggestedActions([text.CONFIRM_YES, text.CONFIRM_NO], question));
        return Dialog.EndOfTurn;
      }
      case 'escalate': {
        await getTurnServices(innerDc.context)?.offerEscalation('user-request', undefined, { chatInquiry: false });
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      default:
        return undefined;
    }
  }
}

/** This component's own persisted state (the instance on its parent's stack). */
function instanceState(dc: DialogContext): Record<string, unknown> | undefined {
  return dc.parent?.activeDialog?.state as Record<string, unknown> | undefined;
}
