/**
 * 接種実績: one cumulative count per facility, vaccine, dose (1回目/2回目) and day, broken down by
 * priority group (その他, 医療従事者, 基礎疾患保有者, 高齢者, 高齢者施設従事者). A mistake is corrected
 * by entering the right cumulative figure next time; only vaccine the facility has received can be
 * reported. A plain total (no groups) counts as その他, no dose as the 1回目: records stored before
 * doses and groups existed read that way too.
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { PRIORITY_GROUPS, type Dose, type GroupCounts, type VaccinationInput, type VaccinationRecord } from '../../../../dialogs/ports/coreSystem';
import { facilityFor } from '../access';
import { type CoreContext, nowIso, today } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { messages } from '../messages';
import type { VaccinationDoc } from '../model';

const noGroups = (): GroupCounts => Object.fromEntries(PRIORITY_GROUPS.map((g) => [g, 0])) as GroupCounts;

export function doseOf(doc: VaccinationDoc): Dose {
  return doc.dose ?? 1;
}

export function groupsOf(doc: VaccinationDoc): GroupCounts {
  return doc.groups ?? { ...noGroups(), other: doc.cumulativeCount };
}

/** Records of one dose; the 1回目 also matches records without a dose (stored before doses existed). */
function ofDose(dose: Dose) {
  return dose === 2 ? { dose: 2 as Dose } : { dose: { $ne: 2 as Dose } };
}

/** The id keeps the pre-dose form for the 1回目, so re-entering a day stored earlier corrects it. */
function recordId(facilityId: string, vaccineCode: string, dose: Dose, date: string): string {
  return dose === 1 ? `${facilityId}:${vaccineCode}:${date}` : `${facilityId}:${vaccineCode}:${date}:dose${dose}`;
}

/** The last record of a dose on or before `date` (or strictly before with `strict`). */
export async function latestRecord(ctx: CoreContext, facilityId: string, vaccineCode: string, dose: Dose, date?: string, strict = false): Promise<VaccinationDoc | undefined> {
  const dateFilter = date === undefined ? {} : { date: strict ? { $lt: date } : { $lte: date } };
  const [last] = await ctx.store.vaccinations.find({ facilityId, vaccineCode, ...ofDose(dose), ...dateFilter }, { sort: { date: -1 }, limit: 1 });
  return last;
}

async function view(ctx: CoreContext, doc: VaccinationDoc): Promise<VaccinationRecord> {
  const dose = doseOf(doc);
  const previous = (await latestRecord(ctx, doc.facilityId, doc.vaccineCode, dose, doc.date, true))?.cumulativeCount ?? 0;
  const { facilityId, vaccineCode, date, cumulativeCount, registeredAt, id } = doc;
  return { id, facilityId, vaccineCode, date, dose, cumulativeCount, groups: groupsOf(doc), dailyCount: cumulativeCount - previous, registeredAt };
}

function groupsFor(input: VaccinationInput): GroupCounts {
  if (!input.groups) return { ...noGroups(), other: input.cumulativeCount };
  const groups = { ...noGroups(), ...input.groups };
  const sum = PRIORITY_GROUPS.reduce((total, g) => total + groups[g], 0);
  if (sum !== input.cumulativeCount) {
    throw invalid('groups-mismatch', 'Groups do not add up to cumulativeCount', messages.groupsMismatch(sum, input.cumulativeCount), { groups: `sum ${sum} differs from cumulativeCount` });
  }
  return groups;
}

export async function registerVaccinations(ctx: CoreContext, user: UserIdentity, input: VaccinationInput): Promise<VaccinationRecord> {
  const facility = await facilityFor(ctx, user, input.facilityId, 'proxy');
  if (!(await ctx.store.vaccines.get(input.vaccineCode))) throw notFound('vaccine-not-found', 'Vaccine not found', messages.vaccineNotFound);
  if (input.date > today(ctx)) throw invalid('future-date', 'Date in the future', messages.futureDate, { date: 'must not be in the future' });
  const dose = input.dose ?? 1;
  const groups = groupsFor(input);
  return ctx.mutex.run([facility.id], async () => {
    const received = await ctx.store.stock.count({ facilityId: facility.id, vaccineCode: input.vaccineCode, receivedVials: { $gt: 0 } });
    if (received === 0) throw conflict('vaccine-not-received', 'Vaccine never received', messages.notReceived);
    const doc: VaccinationDoc = {
      id: recordId(facility.id, input.vaccineCode, dose, input.date),
      facilityId: facility.id,
      vaccineCode: input.vaccineCode,
      date: input.date,
      dose,
      cumulativeCount: input.cumulativeCount,
      groups,
      registeredAt: nowIso(ctx),
    };
    await ctx.store.vaccinations.put(doc);
    return view(ctx, doc);
  });
}

export async function lastVaccinationRecord(ctx: CoreContext, user: UserIdentity, facilityId: string, vaccineCode: string, dose: Dose = 1): Promise<VaccinationRecord | null> {
  await facilityFor(ctx, user, facilityId, 'read');
  const last = await latestRecord(ctx, facilityId, vaccineCode, dose);
  return last ? view(ctx, last) : null;
}

/** Vaccinations (both doses) given in [from, to] (inclusive dates) from the cumulative figures. */
export async function vaccinationsBetween(ctx: CoreContext, facilityId: string, vaccineCode: string, from: string, to: string): Promise<number> {
  let total = 0;
  for (const dose of [1, 2] as const) {
    const atEnd = await latestRecord(ctx, facilityId, vaccineCode, dose, to);
    if (!atEnd) continue;
    const before = (await latestRecord(ctx, facilityId, vaccineCode, dose, from, true))?.cumulativeCount ?? 0;
    total += Math.max(0, atEnd.cumulativeCount - before);
  }
  return total;
}
