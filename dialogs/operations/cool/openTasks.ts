/**
 * What a facility user still has to do this cool, for the welcome message: an unregistered 希望量
 * while the period is open (with its deadline), or a registered one as a reminder, and a freshly
 * visible 分配量. Asks the core on behalf of the user; any failure yields no lines (the welcome must
 * never fail because the core is slow or down).
 */
import type { CoreSystem, IsoDate } from '../../ports/coreSystem';
import type { UserIdentity } from '../../ports/identity';
import { coolMessages as text } from './messages';

export async function describeOpenTasks(core: CoreSystem, user: UserIdentity | undefined, today: IsoDate): Promise<string[]> {
  if (!user || user.role !== 'facility' || user.facilityType === 'satellite') return [];
  try {
    const facility = await core.getFacility(user, user.organizationId);
    if (facility.facilityType === 'satellite') return [];
    const cools = (await core.listCools(user)).filter((c) => facility.vaccines.includes(c.vaccineCode));
    const lines: string[] = [];
    for (const cool of cools.filter((c) => c.registrationStart <= today && today <= c.registrationEnd && !c.dataLocked)) {
      const demand = await core.getDemand(user, facility.id, cool.id);
      lines.push(demand ? text.openDemandRegistered(cool.name, demand.vials, cool.registrationEnd) : text.openDemand(cool.name, cool.registrationEnd));
    }
    return lines;
  } catch {
    return [];
  }
}
