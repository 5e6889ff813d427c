/**
 * 移送・融通の登録 (sending facility, 基本型 only): date, lot, vials and the receiving facility -
 * everything traceability needs. 「昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました」 fills
 * all four at once. Only the facility itself registers it (no 代理入力 in the core).
 */
import type { FacilityType } from '../../ports/identity';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { counterpartSlot, heldLotSlot, lotStock, pastDateSlot, vialsSlot, type FacilityRef } from './commonSlots';
import { coolMessages as text } from './messages';
import { sharedMessages } from '../shared/messages';

export type TransferSlots = {
  date: string;
  lotNumber: string;
  vials: number;
  receiver: FacilityRef;
};

export class TransferDialog extends OperationDialog<TransferSlots> {
  static readonly id = 'transfer';
  protected override readonly facilityTypes: FacilityType[] = ['basic'];
  protected override readonly allowsProxy = false;

  protected readonly slots: ReadonlyArray<SlotSpec<TransferSlots>> = [
    pastDateSlot<TransferSlots>('date', text.labelTransferDate),
    heldLotSlot<TransferSlots>('lotNumber'),
    vialsSlot<TransferSlots>('vials', { lotSlot: 'lotNumber' }),
    counterpartSlot<TransferSlots>('receiver', text.labelReceiver, text.askReceiver),
  ];

  constructor(dependencies: OperationDependencies) {
    super(TransferDialog.id, text.transferLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext): Promise<{ stop?: string } | void> {
    if (ctx.facility.facilityType === 'satellite') return { stop: sharedMessages.roleNotOffered(text.transferLabel) };
  }

  protected async validate(ctx: OperationContext, slots: TransferSlots): Promise<SlotProblem<TransferSlots>[]> {
    const max = await lotStock(ctx, slots.lotNumber);
    if (max === undefined) return [{ slot: 'lotNumber', message: text.lotGone(slots.lotNumber) }];
    if (slots.vials > max) return [{ slot: 'vials', message: text.vialsOverStock(slots.lotNumber, max) }];
    return [];
  }

  /** Each 移送 is its own record that takes vials out of stock: a second would move them twice. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'explain', message: text.transferNotAgain };
  }

  protected async submit(ctx: OperationContext, slots: TransferSlots, idempotencyKey: string): Promise<CardContent> {
    const transfer = await ctx.core.registerTransfer(
      ctx.user,
      { fromFacilityId: ctx.facility.id, toFacilityId: slots.receiver.id, date: slots.date, lotNumber: slots.lotNumber, vials: slots.vials },
      idempotencyKey,
    );
    return {
      title: sharedMessages.resultTitle(text.transferLabel),
      facts: [
        { label: text.labelTransferDate, value: formatJapaneseDate(transfer.date) },
        { label: text.labelLot, value: transfer.lotNumber },
        { label: text.labelVials, value: text.vialsValue(transfer.vials) },
        { label: text.labelReceiver, value: slots.receiver.name },
      ],
      note: text.transferDone,
    };
  }
}
