/**
 * The municipality's approval workflow (申請一覧 pending only, 承認, 却下 with a reason) and the
 * insurance code change, which is itself an application and immutable once approved.
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { Application, ApplicationStatus, InsuranceCode } from '../../../../dialogs/ports/coreSystem';
import { facilityFor, requireRole } from '../access';
import { type CoreContext, nowIso } from '../context';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { messages } from '../messages';
import type { FacilityDoc } from '../model';
import { assertNoPending, fileApplication } from './facilities';
import { stockVialsOf } from './organisations';

export async function listApplications(ctx: CoreContext, user: UserIdentity, filter: { status?: ApplicationStatus; facilityId?: string }): Promise<Application[]> {
  const status = filter.status;
  if (user.role === 'facility') {
    return ctx.store.applications.find({ facilityId: user.organizationId, ...(status ? { status } : {}) }, { sort: { filedAt: -1 } });
  }
  requireRole(user, ['municipality', 'support']);
  const scope = user.role === 'municipality' ? { municipalityId: user.organizationId } : {};
  const facility = filter.facilityId ? { facilityId: filter.facilityId } : {};
  return ctx.store.applications.find({ ...scope, ...facility, ...(status ? { status } : {}) }, { sort: { filedAt: -1 } });
}

async function decide(ctx: CoreContext, user: UserIdentity, applicationId: string, apply: (app: Application, facility: FacilityDoc) => Promise<{ app: Application; facility: FacilityDoc }>): Promise<Application> {
  requireRole(user, ['municipality'], messages.municipalityOnly);
  const found = await ctx.store.applications.get(applicationId);
  if (!found) throw notFound('application-not-found', 'Application not found', messages.applicationNotFound);
  if (found.municipalityId !== user.organizationId) throw forbidden('other-municipality', 'Facility outside your municipality', messages.otherMunicipality);
  return ctx.mutex.run([found.facilityId], async () => {
    const app = (await ctx.store.applications.get(applicationId)) as Application;
    if (app.status !== 'pending') throw conflict('application-decided', 'Already decided', messages.applicationDecided);
    const facility = (await ctx.store.facilities.get(app.facilityId)) as FacilityDoc;
    const result = await apply(app, facility);
    const decided = { ...result.app, decidedAt: nowIso(ctx), decidedBy: user.id };
    await ctx.store.applications.put(decided);
    const { pendingApplicationId: _done, ...rest } = result.facility;
    await ctx.store.facilities.put(rest);
    return decided;
  });
}

function withCode(facility: FacilityDoc, kind: InsuranceCode['kind'], change: (code: InsuranceCode) => InsuranceCode): FacilityDoc {
  return { ...facility, insuranceCodes: facility.insuranceCodes.map((c) => (c.kind === kind ? change(c) : c)) };
}

export async function approveApplication(ctx: CoreContext, user: UserIdentity, applicationId: string): Promise<Application> {
  return decide(ctx, user, applicationId, async (app, facility) => {
    let updated = facility;
    if (app.kind === 'facility-change') updated = { ...facility, ...(app.changes as Partial<FacilityDoc>) };
    if (app.kind === 'facility-type-change') {
      // Stock may have arrived since filing: the rule holds at approval too.
      const vials = await stockVialsOf(ctx, facility.id);
      if (vials > 0) throw conflict('stock-not-zero', 'Stock must be zero', messages.typeChangeStock(vials));
      updated = { ...facility, facilityType: app.changes.facilityType as FacilityDoc['facilityType'] };
    }
    if (app.kind === 'insurance-code') updated = withCode(facility, app.changes.kind as InsuranceCode['kind'], (c) => ({ ...c, status: 'approved' }));
    return { app: { ...app, status: 'approved' }, facility: updated };
  });
}

export async function rejectApplication(ctx: CoreContext, user: UserIdentity, applicationId: string, reason: string): Promise<Application> {
  return decide(ctx, user, applicationId, async (app, facility) => {
    const updated = app.kind === 'insurance-code'
      ? withCode(facility, app.changes.kind as InsuranceCode['kind'], ({ kind, oldCode }) => ({ kind, oldCode, status: 'current' }))
      : facility;
    return { app: { ...app, status: 'rejected', rejectionReason: reason }, facility: updated };
  });
}

export async function registerInsuranceCode(ctx: CoreContext, user: UserIdentity, facilityId: string, input: { kind: InsuranceCode['kind']; newCode: string; changeDate: string }): Promise<Application> {
  await facilityFor(ctx, user, facilityId, 'proxy');
  return ctx.mutex.run([facilityId], async () => {
    const facility = (await ctx.store.facilities.get(facilityId)) as FacilityDoc;
    const code = facility.insuranceCodes.find((c) => c.kind === input.kind);
    if (!code) throw invalid('no-insurance-code', 'Facility has no code of this kind', messages.noChanges, { kind: 'no current code of this kind' });
    if (code.status === 'approved') throw conflict('insurance-code-immutable', 'Approved code is immutable', messages.insuranceImmutable);
    assertNoPending(facility);
    if (code.oldCode === input.newCode) throw invalid('same-code', 'Same as the current code', messages.insuranceSameCode, { newCode: 'equals the current code' });
    const pendingCode = withCode(facility, input.kind, (c) => ({ ...c, newCode: input.newCode, changeDate: input.changeDate, status: 'pending' }));
    return (await fileApplication(ctx, user, facility, 'insurance-code', { ...input }, { insuranceCodes: pendingCode.insuranceCodes })).application;
  });
}
