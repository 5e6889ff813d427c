/**
 * 廃棄量の登録, in vials: date, lot (held in stock), vials (within that lot's stock) and an optional
 * reason. A 市町村 user may enter it for a facility of its municipality (代理入力).
 */
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { sharedMessages } from '../shared/messages';
import { compactText } from '../../japaneseText';
import { heldLotSlot, lotStock, pastDateSlot, vialsSlot } from './commonSlots';
import { coolMessages as text } from './messages';

export type DisposalSlots = {
  date: string;
  lotNumber: string;
  vials: number;
  /** '' when the user gave none. */
  reason: string;
};

const NO_REASON = ['なし', '無し', 'ない', '特になし', 'とくになし', 'none', 'no'].map(compactText);

export class DisposalDialog extends OperationDialog<DisposalSlots> {
  static readonly id = 'disposal';

  protected readonly slots: ReadonlyArray<SlotSpec<DisposalSlots>> = [
    pastDateSlot<DisposalSlots>('date', text.labelDisposalDate),
    heldLotSlot<DisposalSlots>('lotNumber'),
    vialsSlot<DisposalSlots>('vials', { lotSlot: 'lotNumber' }),
    {
      name: 'reason',
      label: text.labelReason,
      prompt: () => text.askReason,
      help: text.reasonHelp,
      choices: () => ['期限切れ', '温度逸脱', text.reasonNone],
      parse: async (reply) => {
        const reason = reply.normalize('NFKC').replace(/\s+/gu, ' ').trim().slice(0, 200);
        return { ok: true, value: NO_REASON.includes(compactText(reason)) ? '' : reason };
      },
      format: (reason) => (reason ? String(reason) : text.reasonNone),
    },
  ];

  constructor(dependencies: OperationDependencies) {
    super(DisposalDialog.id, text.disposalLabel, dependencies);
  }

  protected async validate(ctx: OperationContext, slots: DisposalSlots): Promise<SlotProblem<DisposalSlots>[]> {
    const max = await lotStock(ctx, slots.lotNumber);
    if (max === undefined) return [{ slot: 'lotNumber', message: text.lotGone(slots.lotNumber) }];
    if (slots.vials > max) return [{ slot: 'vials', message: text.vialsOverStock(slots.lotNumber, max) }];
    return [];
  }

  /** Each 廃棄 is its own record that takes vials out of stock: a second would take them twice. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'explain', message: text.disposalNotAgain };
  }

  protected async submit(ctx: OperationContext, slots: DisposalSlots, idempotencyKey: string): Promise<CardContent> {
    const disposal = await ctx.core.registerDisposal(
      ctx.user,
      { facilityId: ctx.facility.id, date: slots.date, lotNumber: slots.lotNumber, vials: slots.vials, ...(slots.reason ? { reason: slots.reason } : {}) },
      idempotencyKey,
    );
    return {
      title: sharedMessages.resultTitle(text.disposalLabel),
      facts: [
        ...(ctx.facility.proxy ? [{ label: sharedMessages.labelFacility, value: `${ctx.facility.name}（代理入力）` }] : []),
        { label: text.labelDisposalDate, value: formatJapaneseDate(disposal.date) },
        { label: text.labelLot, value: disposal.lotNumber },
        { label: text.labelVials, value: text.vialsValue(disposal.vials) },
        { label: text.labelReason, value: disposal.reason || text.reasonNone },
      ],
      note: text.disposalDone,
    };
  }
}
