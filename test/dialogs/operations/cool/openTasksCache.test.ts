/**
 * The welcome's open-task lines: shared between conversations opening together, forgotten after a
 * write, and left out of a welcome (not delaying it) when the core is slow.
 */
import { OpenTasksCache } from '../../../../dialogs/operations/cool/openTasksCache';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { hospitalA } from '../../../core-system/users';

const LINE = '今クール（第6クール）の希望量が未登録です。締切は2024年6月29日です。';

function counting(lines: () => string[], delayMs = 0) {
  const calls: Array<UserIdentity | undefined> = [];
  const lookup = async (user: UserIdentity | undefined) => {
    calls.push(user);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return lines();
  };
  return { calls, lookup };
}

describe('OpenTasksCache', () => {
  it('asks the core once for welcomes opening together and again after forget()', async () => {
    let current = [LINE];
    const { calls, lookup } = counting(() => current, 20);
    const cache = new OpenTasksCache({ lookup, today: () => '2024-06-20' });
    const lines = await Promise.all(Array.from({ length: 10 }, () => cache.linesFor(hospitalA)));
    expect(lines).toEqual(Array.from({ length: 10 }, () => [LINE]));
    expect(await cache.linesFor(hospitalA)).toEqual([LINE]);
    expect(calls).toHaveLength(1);

    current = ['今クール（第6クール）の希望量は8バイアルで登録済みです。'];
    cache.forget(); // 希望量 registered in the chat
    expect(await cache.linesFor(hospitalA)).toEqual(current);
    expect(calls).toHaveLength(2);
  });

  it('looks again after the time to live and on another day', async () => {
    let clock = 0;
    let day = '2024-06-20';
    const { calls, lookup } = counting(() => [LINE]);
    const cache = new OpenTasksCache({ lookup, today: () => day, ttlMs: 1000, now: () => clock });
    await cache.linesFor(hospitalA);
    clock = 500;
    await cache.linesFor(hospitalA);
    expect(calls).toHaveLength(1);
    clock = 1600;
    await cache.linesFor(hospitalA);
    expect(calls).toHaveLength(2);
    day = '2024-06-21';
    await cache.linesFor(hospitalA);
    expect(calls).toHaveLength(3);
  });

  it('welcomes without the lines when the core is slow, and has them for the next welcome', async () => {
    const { calls, lookup } = counting(() => [LINE], 300);
    const cache = new OpenTasksCache({ lookup, today: () => '2024-06-20', waitMs: 20 });
    expect(await cache.linesFor(hospitalA)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await cache.linesFor(hospitalA)).toEqual([LINE]);
    expect(calls).toHaveLength(1);
  });

  it('a failing lookup yields no lines instead of failing the welcome', async () => {
    const cache = new OpenTasksCache({ lookup: () => Promise.reject(new Error('core down')), today: () => '2024-06-20' });
    expect(await cache.linesFor(hospitalA)).toEqual([]);
  });
});
