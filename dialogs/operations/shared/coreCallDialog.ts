/**
 * What the operations outside OperationDialog's facility-centred shape share (都道府県's データロック,
 * メーカー・卸's 納入予定日: no acting facility, their own steps): the role check at the start, ending
 * with a message, core failures while reading, and the 再試行 path OperationDialog offers after a
 * failed registering call - the values and the idempotency key stay, 再試行 sends the same content
 * again (never a duplicate), キャンセル ends.
 *
 * A subclass keeps its state in the waterfall's options (`CoreCallState`), skips the steps whose
 * values are known, skips its confirmation when `confirmed` is set, and lists `retryAnswerStep`
 * as the last step of its waterfall.
 */
import { MessageFactory } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { InterruptibleDialog, type OperationDialogOptions, type OperationDialogResult } from '../../interruptibleDialog';
import { compactText } from '../../japaneseText';
import { CoreSystemError } from '../../ports/coreSystem';
import type { Role, UserIdentity } from '../../ports/identity';
import { getUserIdentity } from '../../turnServices';
import { coreCallMessages as text } from './coreCallMessages';
import { SlotPrompt, type SlotParse } from './slotPrompt';

export interface CoreCallState extends OperationDialogOptions {
  /** The user confirmed; a retry goes straight to the registering call with the same key. */
  confirmed?: boolean;
}

const RETRY_WORDS = ['再試行', 'もう一度', 'リトライ', 'retry', '再送信', '再送', 'はい'].map(compactText);

export abstract class CoreCallDialog<TState extends CoreCallState> extends InterruptibleDialog {
  private readonly retryPromptId: string;

  /** @param waterfallId the subclass's waterfall, begun again by 再試行. */
  protected constructor(id: string, menuLabel: string, private readonly waterfallId: string) {
    super(id, menuLabel);
    this.retryPromptId = `${id}-retry`;
    this.addDialog(new SlotPrompt(this.retryPromptId, async (_context, reply) => readRetryAnswer(reply)));
  }

  /** The acting user when signed in with `role`; otherwise says why not and ends (result in `ended`). */
  protected async requireRole(
    step: WaterfallStepContext,
    role: Role,
    messages: { signInRequired: string; wrongRole: string },
  ): Promise<{ user: UserIdentity } | { ended: DialogTurnResult }> {
    const user = getUserIdentity(step.context);
    if (user?.role === role) return { user };
    return { ended: await this.finish(step, 'failed', user ? messages.wrongRole : messages.signInRequired) };
  }

  protected async finish(step: WaterfallStepContext, outcome: OperationDialogResult['outcome'], message: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(message);
    return step.endDialog({ outcome, summary: this.menuLabel } satisfies OperationDialogResult);
  }

  /** A core failure while reading (nothing registered yet): explained, the operation ends. */
  protected async readFailed(step: WaterfallStepContext, error: unknown, message: (detail: string) => string): Promise<DialogTurnResult> {
    if (!(error instanceof CoreSystemError)) throw error;
    return this.finish(step, 'failed', message(error.detail));
  }

  /**
   * A failed registering call: a refusal ends the operation; anything else keeps the state (with
   * `confirmed`) and offers 再試行 / キャンセル.
   */
  protected async submitFailed(step: WaterfallStepContext<TState>, error: unknown, message: (detail: string) => string): Promise<DialogTurnResult> {
    if (!(error instanceof CoreSystemError)) throw error;
    if (error.kind === 'forbidden' || error.kind === 'unauthorized') return this.finish(step, 'failed', message(error.detail));
    step.options.confirmed = true;
    const unreachable = error.kind === 'unavailable' || error.kind === 'timeout';
    await step.context.sendActivity(unreachable ? text.unavailable : message(error.detail));
    const buttons = [text.retryLabel, text.cancelLabel];
    this.setStepHelp(step, text.retryHelp);
    return step.prompt(this.retryPromptId, {
      prompt: MessageFactory.suggestedActions(buttons, text.retryQuestion),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.retryRetry),
    });
  }

  /** Last step of the subclass's waterfall: only reached through the retry prompt. */
  protected async retryAnswerStep(step: WaterfallStepContext<TState>): Promise<DialogTurnResult> {
    if (step.result === 'retry') return step.replaceDialog(this.waterfallId, step.options);
    return this.finish(step, 'cancelled', text.stopped(this.menuLabel));
  }
}

function readRetryAnswer(reply: string): SlotParse<'retry' | 'cancel'> {
  const said = compactText(reply);
  if (RETRY_WORDS.includes(said)) return { ok: true, value: 'retry' };
  if (said === compactText(text.cancelLabel) || said === compactText('いいえ')) return { ok: true, value: 'cancel' };
  return { ok: false, message: '' };
}
