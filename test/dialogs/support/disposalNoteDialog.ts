/**
 * A small real multi-step operation used by the conversation-core tests (the real operations
 * live in dialogs/operations/): lot number -> vials -> confirmation -> stored record. It follows
 * the operation-dialog contract in dialogs/operationRegistry.ts.
 */
import { randomUUID } from 'node:crypto';
import { MessageFactory } from 'botbuilder';
import {
  NumberPrompt,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { InterruptibleDialog, type OperationDialogOptions, type OperationDialogResult } from '../../../dialogs/interruptibleDialog';
import { parseYesNo } from '../../../dialogs/globalCommands';
import { getUserIdentity } from '../../../dialogs/turnServices';
import type { OperationDefinition } from '../../../dialogs/operationRegistry';
import type { Repositories } from '../../../dialogs/ports/repositories';

export const DISPOSAL_NOTE = 'disposal-note';
export const DISPOSAL_COLLECTION = 'testDisposals';
const LOT_PROMPT = 'lotPrompt';
const VIALS_PROMPT = 'vialsPrompt';
const CONFIRM_PROMPT = 'confirmPrompt';

export const TEXT = {
  askLot: 'ロット番号を入力してください。（例：AB1234）',
  lotRetry: 'ロット番号は英字2文字と数字4桁です。もう一度入力してください。',
  lotHelp: 'ロット番号はバイアルのラベルに印字されています。英字2文字と数字4桁で入力してください。',
  askVials: '廃棄したバイアル数を入力してください。',
  vialsRetry: 'バイアル数は1以上の整数で入力してください。',
  vialsHelp: '廃棄量はバイアル単位で入力します。全く使っていないバイアルの本数を入力してください。',
  confirm: (lot: string, vials: number) => `ロット ${lot} を ${vials} バイアル廃棄として登録します。よろしいですか？`,
  done: '廃棄量を登録しました。',
  notDone: '登録しませんでした。',
};

interface DisposalValues {
  lot?: string;
  vials?: number;
}

export interface DisposalRecord {
  id: string;
  lot: string;
  vials: number;
  userId?: string;
}

export class DisposalNoteDialog extends InterruptibleDialog {
  constructor(private readonly repositories: Repositories) {
    super(DISPOSAL_NOTE, '廃棄量の登録');
    this.addDialog(new TextPrompt(LOT_PROMPT, lotValidator))
      .addDialog(new NumberPrompt(VIALS_PROMPT, vialsValidator, 'ja-jp'))
      .addDialog(new TextPrompt(CONFIRM_PROMPT))
      .addDialog(new WaterfallDialog('disposalWaterfall', [this.lotStep.bind(this), this.vialsStep.bind(this), this.confirmStep.bind(this), this.submitStep.bind(this)]));
    this.initialDialogId = 'disposalWaterfall';
  }

  private async lotStep(step: WaterfallStepContext<OperationDialogOptions>): Promise<DialogTurnResult> {
    const lot = /[A-Z]{2}\d{4}/.exec((step.options.utterance ?? '').normalize('NFKC').toUpperCase())?.[0];
    if (lot) return step.next(lot);
    this.setStepHelp(step, TEXT.lotHelp);
    return step.prompt(LOT_PROMPT, { prompt: TEXT.askLot, retryPrompt: TEXT.lotRetry });
  }

  private async vialsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    (step.values as DisposalValues).lot = String(step.result).normalize('NFKC').toUpperCase().trim();
    this.setStepHelp(step, TEXT.vialsHelp);
    return step.prompt(VIALS_PROMPT, { prompt: TEXT.askVials, retryPrompt: TEXT.vialsRetry });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as DisposalValues;
    values.vials = Number(step.result);
    this.setStepHelp(step, '「はい」で登録、「いいえ」で登録せずに終わります。');
    const question = TEXT.confirm(values.lot ?? '', values.vials);
    return step.prompt(CONFIRM_PROMPT, { prompt: MessageFactory.suggestedActions(['はい', 'いいえ'], question) });
  }

  private async submitStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as DisposalValues;
    if (parseYesNo(String(step.result)) !== true) {
      await step.context.sendActivity(TEXT.notDone);
      return step.endDialog({ outcome: 'cancelled' } satisfies OperationDialogResult);
    }
    await this.repositories.collection<DisposalRecord>(DISPOSAL_COLLECTION).insert({
      id: randomUUID(),
      lot: values.lot ?? '',
      vials: values.vials ?? 0,
      userId: getUserIdentity(step.context)?.id,
    });
    await step.context.sendActivity(TEXT.done);
    return step.endDialog({ outcome: 'completed' } satisfies OperationDialogResult);
  }
}

async function lotValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
  return /^[A-Z]{2}\d{4}$/.test((prompt.recognized.value ?? '').normalize('NFKC').toUpperCase().trim());
}

async function vialsValidator(prompt: PromptValidatorContext<number>): Promise<boolean> {
  const value = prompt.recognized.value;
  return prompt.recognized.succeeded && value !== undefined && Number.isInteger(value) && value > 0;
}

export function disposalNoteOperation(repositories: Repositories): OperationDefinition {
  return {
    id: DISPOSAL_NOTE,
    dialog: new DisposalNoteDialog(repositories),
    menuLabel: '廃棄量の登録',
    triggers: ['廃棄量を登録したい', '廃棄の登録', '廃棄したバイアルを登録'],
    roles: ['facility'],
  };
}
