/**
 * Cools and what happens in each: 希望量 only inside the registration period (none -> nothing
 * allocated), the prefecture's data lock turning 希望量 into 分配量, and 納入予定日 from the maker.
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { Allocation, Cool, DemandRegistration } from '../../../../dialogs/ports/coreSystem';
import { facilityFor, loadFacility, prefectureOf, requireRole } from '../access';
import { type CoreContext, nowIso, today } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { messages } from '../messages';
import type { AllocationDoc, CoolDoc, DemandDoc } from '../model';

function view(cool: CoolDoc, todayDate: string, prefectureId: string | undefined): Cool {
  return {
    id: cool.id,
    name: cool.name,
    vaccineCode: cool.vaccineCode,
    registrationStart: cool.registrationStart,
    registrationEnd: cool.registrationEnd,
    open: cool.registrationStart <= todayDate && todayDate <= cool.registrationEnd,
    dataLocked: prefectureId !== undefined && cool.lockedPrefectureIds.includes(prefectureId),
  };
}

async function loadCool(ctx: CoreContext, coolId: string): Promise<CoolDoc> {
  const cool = await ctx.store.cools.get(coolId);
  if (!cool) throw notFound('cool-not-found', 'Cool not found', messages.coolNotFound);
  return cool;
}

export async function listCools(ctx: CoreContext, user: UserIdentity): Promise<Cool[]> {
  const prefectureId = await prefectureOf(ctx, user);
  const docs = await ctx.store.cools.find({}, { sort: { registrationStart: -1 } });
  return docs.map((c) => view(c, today(ctx), prefectureId));
}

export async function currentCool(ctx: CoreContext, user: UserIdentity, vaccineCode?: string): Promise<Cool | undefined> {
  return (await listCools(ctx, user)).find((c) => c.open && (!vaccineCode || c.vaccineCode === vaccineCode));
}

function demandView(d: DemandDoc): DemandRegistration {
  return { facilityId: d.facilityId, coolId: d.coolId, vials: d.vials, registeredAt: d.registeredAt, registeredBy: d.registeredBy };
}

export async function registerDemand(ctx: CoreContext, user: UserIdentity, input: { facilityId: string; coolId: string; vials: number }): Promise<DemandRegistration> {
  const facility = await facilityFor(ctx, user, input.facilityId, 'proxy');
  if (facility.facilityType === 'satellite') throw forbidden('satellite-no-demand', 'Satellite facilities do not register demand', messages.satelliteNoDemand);
  return ctx.mutex.run([facility.id, facility.prefectureId], async () => {
    const cool = await loadCool(ctx, input.coolId);
    if (!facility.vaccines.includes(cool.vaccineCode)) throw conflict('vaccine-not-handled', 'Facility does not handle this vaccine', messages.vaccineMismatch);
    if (cool.lockedPrefectureIds.includes(facility.prefectureId)) throw conflict('cool-locked', 'Data already locked', messages.coolLocked);
    const date = today(ctx);
    if (date < cool.registrationStart || date > cool.registrationEnd) {
      throw conflict('outside-registration-period', 'Outside the registration period', messages.outsidePeriod(cool.registrationStart, cool.registrationEnd));
    }
    const doc: DemandDoc = {
      id: `${facility.id}:${cool.id}`,
      facilityId: facility.id,
      coolId: cool.id,
      prefectureId: facility.prefectureId,
      vials: input.vials,
      registeredAt: nowIso(ctx),
      registeredBy: user.id,
    };
    await ctx.store.demands.put(doc);
    return demandView(doc);
  });
}

export async function getDemand(ctx: CoreContext, user: UserIdentity, facilityId: string, coolId: string): Promise<DemandRegistration | null> {
  await facilityFor(ctx, user, facilityId, 'read');
  await loadCool(ctx, coolId);
  const doc = await ctx.store.demands.get(`${facilityId}:${coolId}`);
  return doc ? demandView(doc) : null;
}

function allocationView(a: AllocationDoc): Allocation {
  return { facilityId: a.facilityId, coolId: a.coolId, vials: a.vials, ...(a.deliveryDate ? { deliveryDate: a.deliveryDate } : {}) };
}

export async function getAllocation(ctx: CoreContext, user: UserIdentity, facilityId: string, coolId: string): Promise<Allocation> {
  // Makers see every allocation: they deliver it.
  const facility = user.role === 'maker' ? await loadFacility(ctx, facilityId) : await facilityFor(ctx, user, facilityId, 'read');
  const cool = await loadCool(ctx, coolId);
  if (!cool.lockedPrefectureIds.includes(facility.prefectureId)) throw conflict('allocation-not-locked', 'Allocation visible after the data lock', messages.notLocked);
  const doc = await ctx.store.allocations.get(`${facilityId}:${coolId}`);
  return doc ? allocationView(doc) : { facilityId, coolId, vials: 0 };
}

export async function lockCool(ctx: CoreContext, user: UserIdentity, coolId: string): Promise<Cool> {
  requireRole(user, ['prefecture'], messages.prefectureOnly);
  const prefectureId = user.organizationId;
  return ctx.mutex.run([prefectureId, `cool:${coolId}`], async () => {
    const cool = await loadCool(ctx, coolId);
    if (cool.lockedPrefectureIds.includes(prefectureId)) throw conflict('already-locked', 'Already locked', messages.alreadyLocked);
    const demands = await ctx.store.demands.find({ coolId, prefectureId });
    for (const demand of demands.filter((d) => d.vials > 0)) {
      const allocation: AllocationDoc = { id: demand.id, facilityId: demand.facilityId, coolId, prefectureId, vials: demand.vials };
      await ctx.store.allocations.put(allocation);
    }
    const locked = { ...cool, lockedPrefectureIds: [...cool.lockedPrefectureIds, prefectureId] };
    await ctx.store.cools.put(locked);
    return view(locked, today(ctx), prefectureId);
  });
}

export async function setDeliveryDate(ctx: CoreContext, user: UserIdentity, input: { facilityId: string; coolId: string; deliveryDate: string }): Promise<Allocation> {
  requireRole(user, ['maker'], messages.makerOnly);
  const facility = await loadFacility(ctx, input.facilityId);
  return ctx.mutex.run([facility.id], async () => {
    const cool = await loadCool(ctx, input.coolId);
    if (!cool.lockedPrefectureIds.includes(facility.prefectureId)) throw conflict('allocation-not-locked', 'Allocation visible after the data lock', messages.notLocked);
    const allocation = await ctx.store.allocations.get(`${facility.id}:${cool.id}`);
    if (!allocation) throw conflict('no-allocation', 'Nothing allocated', messages.noAllocation);
    const updated = { ...allocation, deliveryDate: input.deliveryDate };
    await ctx.store.allocations.put(updated);
    return allocationView(updated);
  });
}
