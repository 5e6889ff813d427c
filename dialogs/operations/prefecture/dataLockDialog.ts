/**
 * The prefecture's data lock of a cool: the 希望量 registered by its facilities become their
 * 分配量, visible to facilities and municipalities from then on. Shown first: the cool, its
 * registration period (a warning when it is still open), how many facilities asked for how many
 * vials (R206); locked only after an explicit 「ロックする」, with one idempotency key per confirmation.
 */
import { randomUUID } from 'node:crypto';
import { MessageFactory } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { OperationDialogResult } from '../../interruptibleDialog';
import { compactText } from '../../japaneseText';
import type { OperationDefinition } from '../../operationRegistry';
import type { Cool, CoreSystem } from '../../ports/coreSystem';
import { getUserIdentity } from '../../turnServices';
import { CoreCallDialog, type CoreCallState } from '../shared/coreCallDialog';
import { formatJapaneseDate, todayInJapan } from '../shared/japaneseDate';
import { cardMessage } from '../shared/operationCard';
import { SlotPrompt, type SlotParse } from '../shared/slotPrompt';
import { parseYesNoAnswer } from '../shared/yesNo';
import { dataLockMessages as text } from './messages';

export const DATA_LOCK_OPERATION_ID = 'data-lock';
const WATERFALL = 'data-lock-steps';
const COOL_PROMPT = 'data-lock-cool';
const CONFIRM_PROMPT = 'data-lock-confirm';

interface DataLockState extends CoreCallState {
  /** Unlocked cools offered (persisted so the answer is read against what was shown). */
  offered?: Cool[];
  cool?: Cool;
  idempotencyKey?: string;
}

export interface DataLockDependencies {
  core: CoreSystem;
  now?: () => Date;
}

function coolPeriod(cool: Cool): string {
  return text.period(formatJapaneseDate(cool.registrationStart), formatJapaneseDate(cool.registrationEnd));
}

/** A cool named in the text (「第6クール」「6クール」), among `cools`. */
export function findCool(said: string, cools: readonly Cool[]): Cool | undefined {
  const compact = compactText(said);
  return cools.find((cool) => compact.includes(compactText(cool.name))) ?? cools.find((cool) => compact.includes(compactText(cool.name.replace(/^第/, ''))));
}

export class DataLockDialog extends CoreCallDialog<DataLockState> {
  private readonly now: () => Date;

  constructor(private readonly deps: DataLockDependencies) {
    super(DATA_LOCK_OPERATION_ID, text.menuLabel, WATERFALL);
    this.now = deps.now ?? (() => new Date());
    this.addDialog(new SlotPrompt(COOL_PROMPT, async (_context, reply, request) => this.readCool(reply, request as Cool[])));
    this.addDialog(new SlotPrompt(CONFIRM_PROMPT, async (_context, reply) => readLockAnswer(reply)));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [this.coolStep.bind(this), this.confirmStep.bind(this), this.lockStep.bind(this), this.retryAnswerStep.bind(this)]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async coolStep(step: WaterfallStepContext<DataLockState>): Promise<DialogTurnResult> {
    const state = step.options;
    const acting = await this.requireRole(step, 'prefecture', { signInRequired: text.signInRequired, wrongRole: text.prefectureOnly });
    if ('ended' in acting) return acting.ended;
    if (state.confirmed && state.cool) return step.next(state.cool);
    let cools: Cool[];
    try {
      cools = await this.deps.core.listCools(acting.user);
    } catch (error) {
      return this.readFailed(step, error, text.failed);
    }
    const named = findCool(state.utterance ?? '', cools);
    if (named?.dataLocked) return this.finish(step, 'completed', text.alreadyLocked(named.name));
    if (named) return step.next(named);
    const offered = cools.filter((cool) => !cool.dataLocked);
    if (offered.length === 0) return this.finish(step, 'completed', text.nothingToLock);
    state.offered = offered;
    const buttons = offered.map((cool) => text.coolButton(cool.name, coolPeriod(cool)));
    this.setStepHelp(step, text.whichCoolHelp);
    return step.prompt(COOL_PROMPT, {
      prompt: MessageFactory.suggestedActions(buttons, text.whichCool),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.whichCoolRetry),
      validations: offered,
    });
  }

  private async confirmStep(step: WaterfallStepContext<DataLockState>): Promise<DialogTurnResult> {
    const state = step.options;
    const user = getUserIdentity(step.context)!;
    const cool = step.result as Cool;
    state.cool = cool;
    // 再試行 after a failed lock: same cool, same key, no second confirmation.
    if (state.confirmed) return step.next(true);
    state.idempotencyKey = randomUUID();
    let facilities: number;
    let vials: number;
    try {
      const demand = await this.deps.core.getReport(user, 'R206', { coolId: cool.id });
      const asked = demand.rows.filter((row) => Number(row.vials ?? 0) > 0);
      facilities = asked.length;
      vials = asked.reduce((sum, row) => sum + Number(row.vials), 0);
    } catch (error) {
      return this.readFailed(step, error, text.failed);
    }
    const today = todayInJapan(this.now());
    const card = {
      title: text.confirmTitle(cool.name),
      facts: [
        { label: text.factCool, value: cool.name },
        { label: text.factPeriod, value: coolPeriod(cool) },
        { label: text.factFacilities, value: text.facilities(facilities) },
        { label: text.factVials, value: text.vials(vials) },
      ],
      note: cool.registrationEnd >= today ? text.stillOpen(formatJapaneseDate(cool.registrationEnd)) : undefined,
    };
    const buttons = [text.lockButton, text.cancelButton];
    this.setStepHelp(step, text.confirmHelp);
    return step.prompt(CONFIRM_PROMPT, { prompt: cardMessage(text.confirmQuestion, card, buttons), retryPrompt: MessageFactory.suggestedActions(buttons, text.confirmRetry) });
  }

  private async lockStep(step: WaterfallStepContext<DataLockState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (step.result !== true) return this.finish(step, 'cancelled', text.notLocked);
    const user = getUserIdentity(step.context)!;
    try {
      const locked = await this.deps.core.lockCool(user, state.cool!.id, state.idempotencyKey!);
      await step.context.sendActivity(cardMessage(text.resultTitle(locked.name), { title: text.resultTitle(locked.name), facts: [{ label: text.factCool, value: locked.name }], note: text.resultNote }));
      return step.endDialog({ outcome: 'completed', summary: text.menuLabel } satisfies OperationDialogResult);
    } catch (error) {
      return this.submitFailed(step, error, text.failed);
    }
  }

  private readCool(reply: string, offered: Cool[]): SlotParse<Cool> {
    const cool = findCool(reply, offered);
    return cool ? { ok: true, value: cool } : { ok: false, message: '' };
  }

}

function readLockAnswer(reply: string): SlotParse<boolean> {
  const said = compactText(reply);
  if (said.includes(compactText('ロック'))) return { ok: true, value: !said.includes(compactText('しない')) };
  const yesNo = parseYesNoAnswer(reply);
  return yesNo === undefined ? { ok: false, message: '' } : { ok: true, value: yesNo };
}

export function dataLockOperation(deps: DataLockDependencies): OperationDefinition {
  return {
    id: DATA_LOCK_OPERATION_ID,
    dialog: new DataLockDialog(deps),
    menuLabel: text.menuLabel,
    triggers: ['データロックしたい', 'データロックを行う', 'クールをロックしたい', '分配量を確定したい', '希望量を締め切りたい'],
    roles: ['prefecture'],
  };
}
