/**
 * 接種実績: one cumulative count per facility, vaccine and day. A mistake is corrected by entering
 * the right cumulative figure next time; only vaccine the facility has received can be reported.
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { VaccinationInput, VaccinationRecord } from '../../../../dialogs/ports/coreSystem';
import { facilityFor } from '../access';
import { type CoreContext, nowIso, today } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { messages } from '../messages';
import type { VaccinationDoc } from '../model';

async function previousCumulative(ctx: CoreContext, facilityId: string, vaccineCode: string, before: string): Promise<number> {
  const [previous] = await ctx.store.vaccinations.find({ facilityId, vaccineCode, date: { $lt: before } }, { sort: { date: -1 }, limit: 1 });
  return previous?.cumulativeCount ?? 0;
}

async function view(ctx: CoreContext, doc: VaccinationDoc): Promise<VaccinationRecord> {
  const previous = await previousCumulative(ctx, doc.facilityId, doc.vaccineCode, doc.date);
  const { facilityId, vaccineCode, date, cumulativeCount, registeredAt, id } = doc;
  return { id, facilityId, vaccineCode, date, cumulativeCount, dailyCount: cumulativeCount - previous, registeredAt };
}

export async function registerVaccinations(ctx: CoreContext, user: UserIdentity, input: VaccinationInput): Promise<VaccinationRecord> {
  const facility = await facilityFor(ctx, user, input.facilityId, 'proxy');
  if (!(await ctx.store.vaccines.get(input.vaccineCode))) throw notFound('vaccine-not-found', 'Vaccine not found', messages.vaccineNotFound);
  if (input.date > today(ctx)) throw invalid('future-date', 'Date in the future', messages.futureDate, { date: 'must not be in the future' });
  return ctx.mutex.run([facility.id], async () => {
    const received = await ctx.store.stock.count({ facilityId: facility.id, vaccineCode: input.vaccineCode, receivedVials: { $gt: 0 } });
    if (received === 0) throw conflict('vaccine-not-received', 'Vaccine never received', messages.notReceived);
    const doc: VaccinationDoc = {
      id: `${facility.id}:${input.vaccineCode}:${input.date}`,
      facilityId: facility.id,
      vaccineCode: input.vaccineCode,
      date: input.date,
      cumulativeCount: input.cumulativeCount,
      registeredAt: nowIso(ctx),
    };
    await ctx.store.vaccinations.put(doc);
    return view(ctx, doc);
  });
}

export async function lastVaccinationRecord(ctx: CoreContext, user: UserIdentity, facilityId: string, vaccineCode: string): Promise<VaccinationRecord | null> {
  await facilityFor(ctx, user, facilityId, 'read');
  const [last] = await ctx.store.vaccinations.find({ facilityId, vaccineCode }, { sort: { date: -1 }, limit: 1 });
  return last ? view(ctx, last) : null;
}

/** Vaccinations given in [from, to] (inclusive dates) from the cumulative figures. */
export async function vaccinationsBetween(ctx: CoreContext, facilityId: string, vaccineCode: string, from: string, to: string): Promise<number> {
  const [atEnd] = await ctx.store.vaccinations.find({ facilityId, vaccineCode, date: { $lte: to } }, { sort: { date: -1 }, limit: 1 });
  if (!atEnd) return 0;
  return Math.max(0, atEnd.cumulativeCount - (await previousCumulative(ctx, facilityId, vaccineCode, from)));
}
