/** Acting users for the API tests: the demo users plus a few the demo list does not have. */
import { DEMO_IDS, DEMO_USERS } from '../../adapters/core-system/reference/demoData';
import type { UserIdentity } from '../../dialogs/ports/identity';

const byId = (id: string) => DEMO_USERS.find((u) => u.id === id) as UserIdentity;

export const prefecture = byId('demo-prefecture');
export const chiyoda = byId('demo-municipality');
export const hospitalA = byId('demo-facility');
export const clinicB = byId('demo-facility-satellite');
export const maker = byId('demo-maker');
export const support = byId('demo-support');
export const chuo: UserIdentity = { id: 'test-chuo', displayName: '中央区 担当者', role: 'municipality', organizationId: DEMO_IDS.otherMunicipality, organizationName: '中央区' };
export const hospitalC: UserIdentity = { id: 'test-c', displayName: 'C病院', role: 'facility', organizationId: DEMO_IDS.otherBasicFacility, organizationName: '中央区C病院', facilityType: 'basic' };
export const clinicD: UserIdentity = { id: 'test-d', displayName: 'Dクリニック', role: 'facility', organizationId: DEMO_IDS.otherSatelliteFacility, organizationName: '中央区Dクリニック', facilityType: 'satellite' };
export const otherPrefecture: UserIdentity = { id: 'test-osaka', displayName: '大阪府', role: 'prefecture', organizationId: 'pref-osaka', organizationName: '大阪府' };

export { DEMO_IDS };
