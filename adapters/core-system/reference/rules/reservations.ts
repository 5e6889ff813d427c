/**
 * 市町村による予約受付支援: once the facility's 代行入力フラグ is 要 (approved), the facility states
 * how many people an hour may be booked, the municipality takes reservations within that, and
 * the facility sees them in 予約者一覧.
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { Reservation, ReservationInput, ReservationSupport } from '../../../../dialogs/ports/coreSystem';
import { facilityFor } from '../access';
import { type CoreContext, nowIso } from '../context';
import { conflict, invalid } from '../errors';
import { messages } from '../messages';
import type { FacilityDoc } from '../model';

export async function getReservationSupport(ctx: CoreContext, user: UserIdentity, facilityId: string): Promise<ReservationSupport | null> {
  return (await facilityFor(ctx, user, facilityId, 'read')).reservationSupport ?? null;
}

function assertProxyEnabled(facility: FacilityDoc): void {
  if (!facility.proxyInputRequired) throw conflict('proxy-input-not-enabled', 'Proxy input flag is not set', messages.proxyNotEnabled);
}

export async function setReservationSupport(ctx: CoreContext, user: UserIdentity, input: ReservationSupport): Promise<ReservationSupport> {
  await facilityFor(ctx, user, input.facilityId, 'proxy');
  if (input.startTime >= input.endTime) throw invalid('bad-hours', 'Start must be before end', messages.validation('startTime, endTime'), { startTime: 'must be before endTime' });
  return ctx.mutex.run([input.facilityId], async () => {
    const facility = (await ctx.store.facilities.get(input.facilityId)) as FacilityDoc;
    assertProxyEnabled(facility);
    const support: ReservationSupport = { ...input };
    await ctx.store.facilities.put({ ...facility, reservationSupport: support });
    return support;
  });
}

export async function registerReservation(ctx: CoreContext, user: UserIdentity, input: ReservationInput): Promise<Reservation> {
  await facilityFor(ctx, user, input.facilityId, 'proxy');
  return ctx.mutex.run([input.facilityId], async () => {
    const facility = (await ctx.store.facilities.get(input.facilityId)) as FacilityDoc;
    assertProxyEnabled(facility);
    const support = facility.reservationSupport;
    if (!support) throw conflict('no-reservation-support', 'No reservation support settings', messages.noReservationSupport);
    if (input.time < support.startTime || input.time >= support.endTime) throw conflict('outside-hours', 'Outside reservation hours', messages.outsideHours);
    const booked = await ctx.store.reservations.count({ facilityId: facility.id, date: input.date, time: input.time });
    if (booked >= support.hourlyCapacity) throw conflict('slot-full', 'Hourly capacity reached', messages.slotFull(`${input.date} ${input.time}`));
    const reservation: Reservation = { ...input, id: ctx.store.newId('reservation'), registeredAt: nowIso(ctx) };
    await ctx.store.reservations.insert(reservation);
    return reservation;
  });
}

export async function listReservations(ctx: CoreContext, user: UserIdentity, facilityId: string): Promise<Reservation[]> {
  await facilityFor(ctx, user, facilityId, 'read');
  return ctx.store.reservations.find({ facilityId }, { sort: { date: 1, time: 1 } });
}
