/**
 * 請求総括書・市区町村別請求書: due by the 10th of the month after the vaccinations, every vaccine
 * in one claim, a late claim goes into the next month's filing, and each vaccination is billed
 * under the insurance code valid on its date (old code before the approved change date).
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { Claim, ClaimDraft, ClaimLine } from '../../../../dialogs/ports/coreSystem';
import { facilityFor } from '../access';
import { addDays, addMonths, monthOf } from '../clock';
import { type CoreContext, nowIso, today } from '../context';
import { conflict, invalid } from '../errors';
import { messages } from '../messages';
import type { FacilityDoc } from '../model';
import { vaccinationsBetween } from './vaccinations';

/** 接種費用 per vaccination (the same for every vaccine). */
export const FEE_PER_VACCINATION_YEN = 2070;

function lastDayOf(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** Month of the first 10th on or after `date`. */
function nextFilingMonth(date: string): string {
  return Number(date.slice(8, 10)) <= 10 ? monthOf(date) : addMonths(monthOf(date), 1);
}

async function linesFor(ctx: CoreContext, facility: FacilityDoc, month: string): Promise<ClaimLine[]> {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  const medical = facility.insuranceCodes.find((c) => c.kind === 'medical');
  const oldCode = medical?.oldCode ?? '';
  // Only an approved new code is used; the month is split at its change date.
  const change = medical?.status === 'approved' && medical.newCode && medical.changeDate ? { code: medical.newCode, date: medical.changeDate } : undefined;
  const periods: { code: string; from: string; to: string }[] = [];
  if (!change || change.date > last) periods.push({ code: oldCode, from: first, to: last });
  else if (change.date <= first) periods.push({ code: change.code, from: first, to: last });
  else periods.push({ code: oldCode, from: first, to: addDays(change.date, -1) }, { code: change.code, from: change.date, to: last });

  const records = await ctx.store.vaccinations.find({ facilityId: facility.id });
  const vaccineCodes = [...new Set(records.map((r) => r.vaccineCode))].sort();
  const lines: ClaimLine[] = [];
  for (const vaccineCode of vaccineCodes) {
    for (const period of periods) {
      const vaccinations = await vaccinationsBetween(ctx, facility.id, vaccineCode, period.from, period.to);
      if (vaccinations > 0) {
        lines.push({ vaccineCode, municipalityId: facility.municipalityId, insuranceCode: period.code, vaccinations, amountYen: vaccinations * FEE_PER_VACCINATION_YEN });
      }
    }
  }
  return lines;
}

async function draft(ctx: CoreContext, facility: FacilityDoc, serviceMonth: string): Promise<ClaimDraft> {
  const date = today(ctx);
  if (serviceMonth >= monthOf(date)) throw invalid('month-not-ended', 'Month has not ended', messages.claimMonthNotEnded, { serviceMonth: 'must be a past month' });
  const dueDate = `${addMonths(serviceMonth, 1)}-10`;
  const late = date > dueDate;
  const lines = await linesFor(ctx, facility, serviceMonth);
  return {
    facilityId: facility.id,
    serviceMonth,
    dueDate,
    late,
    filingMonth: late ? nextFilingMonth(date) : addMonths(serviceMonth, 1),
    lines,
    totalYen: lines.reduce((sum, l) => sum + l.amountYen, 0),
  };
}

export async function prepareClaim(ctx: CoreContext, user: UserIdentity, facilityId: string, serviceMonth: string): Promise<ClaimDraft> {
  return draft(ctx, await facilityFor(ctx, user, facilityId, 'proxy'), serviceMonth);
}

export async function fileClaim(ctx: CoreContext, user: UserIdentity, facilityId: string, serviceMonth: string): Promise<Claim> {
  const facility = await facilityFor(ctx, user, facilityId, 'proxy');
  return ctx.mutex.run([facilityId], async () => {
    const id = `${facilityId}:${serviceMonth}`;
    if (await ctx.store.claims.get(id)) throw conflict('claim-already-filed', 'Already filed', messages.claimAlreadyFiled(serviceMonth));
    const prepared = await draft(ctx, facility, serviceMonth);
    if (prepared.lines.length === 0) throw conflict('nothing-to-claim', 'No vaccinations in the month', messages.nothingToClaim(serviceMonth));
    const claim: Claim = { ...prepared, id, filedAt: nowIso(ctx), filedBy: user.id };
    await ctx.store.claims.insert(claim);
    return claim;
  });
}

export async function listClaims(ctx: CoreContext, user: UserIdentity, facilityId: string): Promise<Claim[]> {
  await facilityFor(ctx, user, facilityId, 'read');
  return ctx.store.claims.find({ facilityId }, { sort: { serviceMonth: -1 } });
}
