/**
 * The prefecture's data lock in conversation against the real reference core: the confirmation
 * shows the cool and its 希望量, nothing is locked before 「ロックする」, and afterwards the facility
 * sees its 分配量.
 */
import { randomUUID } from 'node:crypto';
import { DataLockDialog } from '../../../../dialogs/operations/prefecture/dataLockDialog';
import { CoreSystemError } from '../../../../dialogs/ports/coreSystem';
import { chiyoda, DEMO_IDS, hospitalA, prefecture } from '../../../core-system/users';
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import { FaultProxy } from '../../../core-system/faultProxy';
import { TEST_SECRET } from '../../../core-system/referenceServer';
import { DialogConversation, startCore, type CoreUnderTest } from '../reports/coreDialogClient';

let env: CoreUnderTest;
beforeEach(async () => {
  env = await startCore('2024-06-15');
  await env.core.registerDemand(hospitalA, { facilityId: DEMO_IDS.basicFacility, coolId: DEMO_IDS.openCool, vials: 12 }, randomUUID());
});
afterEach(() => env.close());

const allocationOfA = () => env.core.getAllocation(hospitalA, DEMO_IDS.basicFacility, DEMO_IDS.openCool);

test('lock after confirmation; the facility then sees its 分配量', async () => {
  await expect(allocationOfA()).rejects.toMatchObject({ code: 'allocation-not-locked' });
  const chat = new DialogConversation(new DataLockDialog({ core: env.core, now: env.now }), prefecture, 'データロックしたい');

  const question = await chat.sayText('データロックしたい');
  expect(question).toContain('どのクールをデータロックしますか');
  expect(question).toContain('[第6クール（2024年6月12日〜2024年6月29日）]');
  expect(question).not.toContain('[第5クール');

  const card = await chat.sayText('第6クール');
  expect(card).toContain('希望量を登録した医療機関：1施設');
  expect(card).toContain('希望量の合計：12バイアル');
  expect(card).toContain('まだ希望量の登録期間中です（2024年6月29日まで）');
  expect(card).toContain('[ロックする]');
  await expect(allocationOfA()).rejects.toBeInstanceOf(CoreSystemError);

  const result = await chat.sayText('ロックする');
  expect(result).toContain('第6クールをデータロックしました');
  expect(result).toContain('分配量を確認できるようになりました');
  expect(await allocationOfA()).toMatchObject({ vials: 12 });
  expect((await env.core.listCools(chiyoda)).find((cool) => cool.id === DEMO_IDS.openCool)?.dataLocked).toBe(true);
});

test('いいえ locks nothing; an already locked cool is said so; other roles are refused', async () => {
  const chat = new DialogConversation(new DataLockDialog({ core: env.core, now: env.now }), prefecture, '第6クールをデータロックしたい');
  expect(await chat.sayText('第6クールをデータロックしたい')).toContain('希望量の合計：12バイアル');
  expect(await chat.sayText('いいえ')).toContain('データロックは行いませんでした');
  expect(chat.result).toMatchObject({ outcome: 'cancelled' });
  await expect(allocationOfA()).rejects.toMatchObject({ code: 'allocation-not-locked' });

  const locked = new DialogConversation(new DataLockDialog({ core: env.core, now: env.now }), prefecture, '第5クールをロックしたい');
  expect(await locked.sayText('第5クールをロックしたい')).toContain('第5クールはすでにデータロック済みです');

  const municipality = new DialogConversation(new DataLockDialog({ core: env.core, now: env.now }), chiyoda, 'データロックしたい');
  expect(await municipality.sayText('データロックしたい')).toContain('都道府県のアカウントで行う操作です');
});

test('a lock whose answer is lost is retried with 再試行: same key, locked once, the values kept', async () => {
  const proxy = new FaultProxy(env.running.url);
  const throughProxy = new HttpCoreSystem({ baseUrl: `${await proxy.listen()}/core/v1`, tokenSecret: TEST_SECRET, retries: 0 });
  try {
    const chat = new DialogConversation(new DataLockDialog({ core: throughProxy, now: env.now }), prefecture, '第6クールをデータロックしたい');
    expect(await chat.sayText('第6クールをデータロックしたい')).toContain('[ロックする]');
    proxy.faults.push('500-after'); // locked by the core, the answer lost on the way back
    const failed = await chat.sayText('ロックする');
    expect(failed).toContain('[再試行]');
    expect(chat.result).toBeUndefined();
    const forwarded = proxy.forwarded;
    expect(await chat.sayText('再試行')).toContain('第6クールをデータロックしました');
    expect(proxy.forwarded).toBe(forwarded + 1); // straight to the lock: no second confirmation
    expect(chat.result).toMatchObject({ outcome: 'completed' });
    expect(await allocationOfA()).toMatchObject({ vials: 12 });
  } finally {
    await proxy.close();
  }
});
