/**
 * Stock per facility and lot, and the movements that change it with traceability: 移送・融通 by
 * the sender (date, lot, vials, receiver), 融通受入 by the receiver (source, lot, vials, matched
 * to the sender's record) and 廃棄 in vials.
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { Disposal, DisposalInput, FacilityStock, Receipt, ReceiptInput, Transfer, TransferInput } from '../../../../dialogs/ports/coreSystem';
import { facilityFor, loadFacility } from '../access';
import { type CoreContext, nowIso, today } from '../context';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { messages } from '../messages';
import type { StockDoc } from '../model';

export async function getStock(ctx: CoreContext, user: UserIdentity, facilityId: string): Promise<FacilityStock> {
  await facilityFor(ctx, user, facilityId, 'read');
  const docs = await ctx.store.stock.find({ facilityId }, { sort: { lotNumber: 1 } });
  const lots = docs.filter((d) => d.vials > 0).map(({ lotNumber, vaccineCode, vials, expiryDate }) => ({ lotNumber, vaccineCode, vials, expiryDate }));
  return { facilityId, totalVials: lots.reduce((sum, lot) => sum + lot.vials, 0), lots };
}

function assertNotFuture(ctx: CoreContext, date: string): void {
  if (date > today(ctx)) throw invalid('future-date', 'Date in the future', messages.futureDate, { date: 'must not be in the future' });
}

async function heldLot(ctx: CoreContext, facilityId: string, lotNumber: string, vials: number): Promise<StockDoc> {
  const lot = await ctx.store.stock.get(`${facilityId}:${lotNumber}`);
  if (!lot || lot.vials === 0) throw conflict('unknown-lot', 'Lot not in stock', messages.unknownLot(lotNumber));
  if (lot.vials < vials) throw conflict('insufficient-stock', 'Not enough stock', messages.insufficientStock(lotNumber, lot.vials));
  return lot;
}

export async function registerTransfer(ctx: CoreContext, user: UserIdentity, input: TransferInput): Promise<Transfer> {
  const sender = await facilityFor(ctx, user, input.fromFacilityId, 'own');
  if (sender.facilityType === 'satellite') throw forbidden('satellite-no-transfer', 'Satellite facilities do not transfer', messages.satelliteNoTransfer);
  if (input.toFacilityId === sender.id) throw invalid('same-facility', 'Sender and receiver are the same', messages.sameFacility, { toFacilityId: 'must differ from fromFacilityId' });
  const receiver = await loadFacility(ctx, input.toFacilityId);
  assertNotFuture(ctx, input.date);
  return ctx.mutex.run([sender.id], async () => {
    const lot = await heldLot(ctx, sender.id, input.lotNumber, input.vials);
    if (!receiver.vaccines.includes(lot.vaccineCode)) throw conflict('receiver-not-handling', 'Receiver does not handle the vaccine', messages.receiverNotHandling);
    const transfer: Transfer = { ...input, id: ctx.store.newId('transfer'), vaccineCode: lot.vaccineCode, receivedVials: 0, registeredAt: nowIso(ctx) };
    await ctx.store.stock.put({ ...lot, vials: lot.vials - input.vials });
    await ctx.store.transfers.insert(transfer);
    return transfer;
  });
}

export async function registerReceipt(ctx: CoreContext, user: UserIdentity, input: ReceiptInput): Promise<Receipt> {
  const receiver = await facilityFor(ctx, user, input.facilityId, 'own');
  const sender = await ctx.store.facilities.get(input.fromFacilityId);
  if (!sender) throw notFound('facility-not-found', 'Facility not found', messages.facilityNotFound);
  assertNotFuture(ctx, input.date);
  return ctx.mutex.run([receiver.id, sender.id], async () => {
    const candidates = await ctx.store.transfers.find(
      { fromFacilityId: sender.id, toFacilityId: receiver.id, lotNumber: input.lotNumber },
      { sort: { registeredAt: 1 } },
    );
    const transfer = candidates.find((t) => t.vials - t.receivedVials >= input.vials);
    if (!transfer) throw conflict('no-matching-transfer', 'No matching transfer', messages.noMatchingTransfer);
    const lotInfo = await ctx.store.lots.get(input.lotNumber);
    const stockId = `${receiver.id}:${input.lotNumber}`;
    const current = await ctx.store.stock.get(stockId);
    const stock: StockDoc = current ?? {
      id: stockId,
      facilityId: receiver.id,
      lotNumber: input.lotNumber,
      vaccineCode: transfer.vaccineCode,
      expiryDate: lotInfo?.expiryDate ?? '',
      vials: 0,
      receivedVials: 0,
    };
    const receipt: Receipt = { ...input, id: ctx.store.newId('receipt'), vaccineCode: transfer.vaccineCode, transferId: transfer.id, registeredAt: nowIso(ctx) };
    await ctx.store.transfers.put({ ...transfer, receivedVials: transfer.receivedVials + input.vials });
    await ctx.store.stock.put({ ...stock, vials: stock.vials + input.vials, receivedVials: stock.receivedVials + input.vials });
    await ctx.store.receipts.insert(receipt);
    return receipt;
  });
}

export async function registerDisposal(ctx: CoreContext, user: UserIdentity, input: DisposalInput): Promise<Disposal> {
  const facility = await facilityFor(ctx, user, input.facilityId, 'proxy');
  assertNotFuture(ctx, input.date);
  return ctx.mutex.run([facility.id], async () => {
    const lot = await heldLot(ctx, facility.id, input.lotNumber, input.vials);
    const disposal: Disposal = { ...input, id: ctx.store.newId('disposal'), vaccineCode: lot.vaccineCode, registeredAt: nowIso(ctx) };
    await ctx.store.stock.put({ ...lot, vials: lot.vials - input.vials });
    await ctx.store.disposals.insert(disposal);
    return disposal;
  });
}
