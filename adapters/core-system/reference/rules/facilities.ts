/**
 * 医療機関情報: immediate fields change now; 代表者名, 集合契約加入/脱退日, 代行入力フラグ,
 * 取り扱いワクチン, 一般受入可否 and 基本型⇔サテライト型 wait for the municipality's approval, and
 * while one application is pending no further change can be filed.
 */
import type { FacilityType, UserIdentity } from '../../../../dialogs/ports/identity';
import type {
  Application,
  ApplicationKind,
  Doctor,
  FacilityApprovalFields,
  FacilityImmediateFields,
  FacilityInfo,
  FacilityUpdateResult,
  ReservationStatus,
} from '../../../../dialogs/ports/coreSystem';
import { facilityFor } from '../access';
import { type CoreContext, nowIso } from '../context';
import { conflict, invalid, notFound } from '../errors';
import { messages } from '../messages';
import type { FacilityDoc } from '../model';
import { stockVialsOf } from './organisations';

export const IMMEDIATE_FIELDS: (keyof FacilityImmediateFields)[] = [
  'facilityCategory', 'address', 'phone', 'reservationPhone', 'reservationUrl', 'parkingSpaces', 'deepFreezers', 'storageManager', 'weekendContacts',
];
export const APPROVAL_FIELDS: (keyof FacilityApprovalFields)[] = [
  'representativeName', 'collectiveContractJoinDate', 'collectiveContractLeaveDate', 'proxyInputRequired', 'vaccines', 'acceptsGeneralPublic',
];

export function facilityView(doc: FacilityDoc): FacilityInfo {
  const { reservationSupport: _support, ...info } = doc;
  // Documents stored before 施設分類 existed have no value yet: not registered.
  return { ...info, facilityCategory: info.facilityCategory ?? null };
}

export async function getFacility(ctx: CoreContext, user: UserIdentity, facilityId: string): Promise<FacilityInfo> {
  return facilityView(await facilityFor(ctx, user, facilityId, 'read'));
}

export function assertNoPending(facility: FacilityDoc): void {
  if (facility.pendingApplicationId) throw conflict('application-pending', 'An application is pending', messages.applicationPending);
}

/** Files an application and marks the facility as waiting for it. Caller holds the facility's lock. */
export async function fileApplication(
  ctx: CoreContext, user: UserIdentity, facility: FacilityDoc, kind: ApplicationKind, changes: Record<string, unknown>, facilityUpdate: Partial<FacilityDoc> = {},
): Promise<{ facility: FacilityDoc; application: Application }> {
  const application: Application = {
    id: ctx.store.newId('application'),
    kind,
    facilityId: facility.id,
    facilityName: facility.name,
    municipalityId: facility.municipalityId,
    status: 'pending',
    changes,
    filedAt: nowIso(ctx),
    filedBy: user.id,
  };
  await ctx.store.applications.insert(application);
  const updated: FacilityDoc = { ...facility, ...facilityUpdate, pendingApplicationId: application.id };
  await ctx.store.facilities.put(updated);
  return { facility: updated, application };
}

export async function updateFacility(
  ctx: CoreContext, user: UserIdentity, facilityId: string, changes: Partial<FacilityImmediateFields & FacilityApprovalFields>,
): Promise<FacilityUpdateResult> {
  await facilityFor(ctx, user, facilityId, 'proxy');
  const immediate = Object.fromEntries(IMMEDIATE_FIELDS.filter((k) => k in changes).map((k) => [k, changes[k]]));
  const approval = Object.fromEntries(APPROVAL_FIELDS.filter((k) => k in changes).map((k) => [k, changes[k]]));
  if (Object.keys(immediate).length + Object.keys(approval).length === 0) throw invalid('no-changes', 'No changes', messages.noChanges);
  if (changes.vaccines) {
    for (const code of changes.vaccines) {
      if (!(await ctx.store.vaccines.get(code))) throw invalid('vaccine-not-found', 'Unknown vaccine', messages.vaccineNotFound, { vaccines: `unknown vaccine ${code}` });
    }
  }
  return ctx.mutex.run([facilityId], async () => {
    const facility = (await ctx.store.facilities.get(facilityId)) as FacilityDoc;
    if (Object.keys(approval).length === 0) {
      const updated = { ...facility, ...immediate };
      await ctx.store.facilities.put(updated);
      return { facility: facilityView(updated) };
    }
    // Refuse the whole request (immediate fields too) so nothing is half applied.
    assertNoPending(facility);
    const filed = await fileApplication(ctx, user, facility, 'facility-change', approval, immediate);
    return { facility: facilityView(filed.facility), application: filed.application };
  });
}

export async function requestFacilityTypeChange(ctx: CoreContext, user: UserIdentity, facilityId: string, facilityType: FacilityType): Promise<Application> {
  await facilityFor(ctx, user, facilityId, 'proxy');
  return ctx.mutex.run([facilityId], async () => {
    const facility = (await ctx.store.facilities.get(facilityId)) as FacilityDoc;
    if (facility.facilityType === facilityType) throw invalid('same-type', 'Already that type', messages.sameType, { facilityType: 'equals the current type' });
    assertNoPending(facility);
    const vials = await stockVialsOf(ctx, facilityId);
    if (vials > 0) throw conflict('stock-not-zero', 'Stock must be zero', messages.typeChangeStock(vials));
    return (await fileApplication(ctx, user, facility, 'facility-type-change', { facilityType })).application;
  });
}

export async function updateReservationStatus(ctx: CoreContext, user: UserIdentity, facilityId: string, input: { status: ReservationStatus; note?: string }): Promise<FacilityInfo> {
  await facilityFor(ctx, user, facilityId, 'proxy');
  return ctx.mutex.run([facilityId], async () => {
    const facility = (await ctx.store.facilities.get(facilityId)) as FacilityDoc;
    const updated = { ...facility, reservationStatus: input.status, reservationNote: input.note ?? '' };
    await ctx.store.facilities.put(updated);
    return facilityView(updated);
  });
}

export async function registerDoctor(ctx: CoreContext, user: UserIdentity, facilityId: string, input: { name: string; email: string }): Promise<Doctor> {
  await facilityFor(ctx, user, facilityId, 'proxy');
  return ctx.mutex.run([facilityId], async () => {
    const facility = (await ctx.store.facilities.get(facilityId)) as FacilityDoc;
    const doctor: Doctor = { id: ctx.store.newId('doctor'), name: input.name, email: input.email };
    await ctx.store.facilities.put({ ...facility, doctors: [...facility.doctors, doctor] });
    return doctor;
  });
}

export async function updateDoctor(ctx: CoreContext, user: UserIdentity, facilityId: string, doctorId: string, changes: Partial<{ name: string; email: string }>): Promise<Doctor> {
  await facilityFor(ctx, user, facilityId, 'proxy');
  return ctx.mutex.run([facilityId], async () => {
    const facility = (await ctx.store.facilities.get(facilityId)) as FacilityDoc;
    const current = facility.doctors.find((d) => d.id === doctorId);
    if (!current) throw notFound('doctor-not-found', 'Doctor not found', messages.doctorNotFound);
    if (changes.name === undefined && changes.email === undefined) throw invalid('no-changes', 'No changes', messages.noChanges);
    const doctor: Doctor = { ...current, ...changes };
    await ctx.store.facilities.put({ ...facility, doctors: facility.doctors.map((d) => (d.id === doctorId ? doctor : d)) });
    return doctor;
  });
}
