/**
 * Who may do what. A facility acts for itself; a municipality for any facility of its own
 * municipality (代理入力); a prefecture reads only inside its own municipalities; makers enter
 * 納入予定日; the support desk reads. Everything else is a 403 with the reason in Japanese.
 */
import { ROLE_LABELS, type Role, type UserIdentity } from '../../../dialogs/ports/identity';
import type { CoreContext } from './context';
import { forbidden, notFound } from './errors';
import { messages } from './messages';
import type { FacilityDoc, OrganisationDoc } from './model';

/**
 * read: look only; proxy: change, the municipality may act for the facility (代理入力);
 * own: change, only the facility itself (移送・融通 and 受入 carry the facility's own responsibility).
 */
export type FacilityAccess = 'read' | 'proxy' | 'own';

export async function loadFacility(ctx: CoreContext, facilityId: string): Promise<FacilityDoc> {
  const facility = await ctx.store.facilities.get(facilityId);
  if (!facility) throw notFound('facility-not-found', 'Facility not found', messages.facilityNotFound);
  return facility;
}

/** The facility when `user` may access it as asked; 404 when it does not exist. */
export async function facilityFor(ctx: CoreContext, user: UserIdentity, facilityId: string, access: FacilityAccess): Promise<FacilityDoc> {
  const facility = await loadFacility(ctx, facilityId);
  assertFacilityAccess(user, facility, access);
  return facility;
}

export function assertFacilityAccess(user: UserIdentity, facility: FacilityDoc, access: FacilityAccess): void {
  switch (user.role) {
    case 'facility':
      if (facility.id !== user.organizationId) throw forbidden('other-facility', 'Not your facility', messages.otherFacility);
      return;
    case 'municipality':
      if (facility.municipalityId !== user.organizationId) throw forbidden('other-municipality', 'Facility outside your municipality', messages.otherMunicipality);
      if (access === 'own') throw forbidden('facility-only', 'Only the facility itself may do this', messages.facilityOnly);
      return;
    case 'prefecture':
      if (facility.prefectureId !== user.organizationId) throw forbidden('other-prefecture', 'Outside your prefecture', messages.otherPrefecture);
      if (access !== 'read') throw forbidden('read-only-role', 'Role may only read', messages.readOnlyRole(ROLE_LABELS.prefecture));
      return;
    case 'support':
      if (access !== 'read') throw forbidden('read-only-role', 'Role may only read', messages.readOnlyRole(ROLE_LABELS.support));
      return;
    case 'maker':
      throw forbidden('role-not-allowed', 'Role not allowed', messages.roleNotAllowed(ROLE_LABELS.maker));
  }
}

export function requireRole(user: UserIdentity, roles: Role[], detail?: string): void {
  if (!roles.includes(user.role)) {
    throw forbidden('role-not-allowed', 'Role not allowed', detail ?? messages.roleNotAllowed(ROLE_LABELS[user.role]));
  }
}

/** The caller's organisation must exist and fit the role the token claims. */
export async function assertKnownUser(ctx: CoreContext, user: UserIdentity): Promise<void> {
  if (user.role === 'facility') {
    if (await ctx.store.facilities.get(user.organizationId)) return;
  } else {
    const organisation: OrganisationDoc | undefined = await ctx.store.organisations.get(user.organizationId);
    if (organisation?.kind === user.role) return;
  }
  throw forbidden('unknown-organisation', 'Unknown organisation', messages.unknownOrganisation);
}

/** Prefecture the user belongs to (facility/municipality/prefecture), if any. */
export async function prefectureOf(ctx: CoreContext, user: UserIdentity): Promise<string | undefined> {
  if (user.role === 'prefecture') return user.organizationId;
  if (user.role === 'municipality') return (await ctx.store.organisations.get(user.organizationId))?.parentId;
  if (user.role === 'facility') return (await ctx.store.facilities.get(user.organizationId))?.prefectureId;
  return undefined;
}
