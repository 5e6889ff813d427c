/**
 * 融通受入の登録 (receiving facility, 基本型 and サテライト型): the sending facility, lot and vials,
 * matched by the core with the sender's 移送・融通 record. Without it the receiver cannot register
 * 接種実績 for that vaccine, so the result says so. Only the facility itself registers it.
 */
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { sharedMessages } from '../shared/messages';
import { counterpartSlot, pastDateSlot, typedLotSlot, vialsSlot, type FacilityRef } from './commonSlots';
import { coolMessages as text } from './messages';

export type ReceiptSlots = {
  sender: FacilityRef;
  date: string;
  lotNumber: string;
  vials: number;
};

export class ReceiptDialog extends OperationDialog<ReceiptSlots> {
  static readonly id = 'receipt';
  protected override readonly allowsProxy = false;

  protected readonly slots: ReadonlyArray<SlotSpec<ReceiptSlots>> = [
    counterpartSlot<ReceiptSlots>('sender', text.labelSender, text.askSender),
    pastDateSlot<ReceiptSlots>('date', text.labelReceiptDate),
    typedLotSlot<ReceiptSlots>('lotNumber', text.receiptLotHelp),
    vialsSlot<ReceiptSlots>('vials'),
  ];

  constructor(dependencies: OperationDependencies) {
    super(ReceiptDialog.id, text.receiptLabel, dependencies);
  }

  // The core matches (sender, lot, vials) with the sender's record when it registers; a mismatch
  // comes back as its Japanese detail and the user can 修正 one value.
  protected async validate(): Promise<SlotProblem<ReceiptSlots>[]> {
    return [];
  }

  /** Each 受入 is its own record that adds vials to stock: a second would add them twice. */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'explain', message: text.receiptNotAgain };
  }

  protected async submit(ctx: OperationContext, slots: ReceiptSlots, idempotencyKey: string): Promise<CardContent> {
    const receipt = await ctx.core.registerReceipt(
      ctx.user,
      { facilityId: ctx.facility.id, fromFacilityId: slots.sender.id, date: slots.date, lotNumber: slots.lotNumber, vials: slots.vials },
      idempotencyKey,
    );
    return {
      title: sharedMessages.resultTitle(text.receiptLabel),
      facts: [
        { label: text.labelSender, value: slots.sender.name },
        { label: text.labelReceiptDate, value: formatJapaneseDate(receipt.date) },
        { label: text.labelLot, value: receipt.lotNumber },
        { label: text.labelVials, value: text.vialsValue(receipt.vials) },
      ],
      note: text.receiptDone,
    };
  }
}
