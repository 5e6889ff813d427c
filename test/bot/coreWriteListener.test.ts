/**
 * Writes through the core client are announced (the welcome's open-task cache forgets what it
 * knew); reads are not, and results and failures pass through unchanged.
 */
import { notifyingCoreWrites } from '../../bot/coreWriteListener';
import type { CoreSystem } from '../../dialogs/ports/coreSystem';

function fakeCore(): CoreSystem {
  return {
    getDemand: async () => ({ vials: 8 }),
    listCools: async () => [],
    registerDemand: async () => ({ vials: 8 }),
    lockCool: async () => {
      throw new Error('core down');
    },
  } as unknown as CoreSystem;
}

describe('notifyingCoreWrites', () => {
  it('calls back after writes (also failed ones), not after reads', async () => {
    let writes = 0;
    const core = notifyingCoreWrites(fakeCore(), () => writes++);
    await expect(core.getDemand({} as never, 'f', 'c')).resolves.toEqual({ vials: 8 });
    await core.listCools({} as never);
    expect(writes).toBe(0);
    await expect(core.registerDemand({} as never, { facilityId: 'f', coolId: 'c', vials: 8 }, 'k')).resolves.toEqual({ vials: 8 });
    expect(writes).toBe(1);
    await expect(core.lockCool({} as never, 'c', 'k')).rejects.toThrow('core down');
    expect(writes).toBe(2);
  });
});
