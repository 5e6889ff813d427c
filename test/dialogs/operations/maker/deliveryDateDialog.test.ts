/**
 * 納入予定日 entry by the maker in conversation against the real reference core: the deliveries of
 * a data-locked cool, the values read from the first sentence, 修正 of the date, past dates refused,
 * and the date visible to the facility afterwards.
 */
import { DeliveryDateDialog } from '../../../../dialogs/operations/maker/deliveryDateDialog';
import { chuo, DEMO_IDS, hospitalA, hospitalC, maker } from '../../../core-system/users';
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import { FaultProxy } from '../../../core-system/faultProxy';
import { TEST_SECRET } from '../../../core-system/referenceServer';
import { DialogConversation, startCore, type CoreUnderTest } from '../reports/coreDialogClient';

let env: CoreUnderTest;
beforeEach(async () => {
  env = await startCore('2024-06-15');
});
afterEach(() => env.close());

test('the maker picks the delivery, corrects the date, registers; the facility sees 納入予定日', async () => {
  expect((await env.core.getAllocation(hospitalC, DEMO_IDS.otherBasicFacility, DEMO_IDS.closedCool)).deliveryDate).toBeUndefined();
  const chat = new DialogConversation(new DeliveryDateDialog({ core: env.core, now: env.now }), maker, '納入予定日を登録したい');

  const list = await chat.sayText('納入予定日を登録したい');
  expect(list).toContain('第5クールの納入先です。');
  expect(list).toContain('・中央区C病院（中央区）15バイアル　納入予定日：未登録');
  expect(list).toMatch(/・千代田区A病院（千代田区）20バイアル　納入予定日：\d{4}年/);

  expect(await chat.sayText('C病院')).toContain('中央区C病院への納入予定日はいつですか');
  expect(await chat.sayText('6月1日')).toContain('今日より前の日付は登録できません');
  const card = await chat.sayText('6月20日');
  expect(card).toContain('納入先：中央区C病院（中央区）');
  expect(card).toContain('納入予定日：2024年6月20日');
  expect(await chat.sayText('日付を修正')).toContain('中央区C病院への納入予定日はいつですか');
  expect(await chat.sayText('6月21日')).toContain('納入予定日：2024年6月21日');

  expect(await chat.sayText('登録する')).toContain('納入予定日を登録しました');
  expect(await env.core.getAllocation(hospitalC, DEMO_IDS.otherBasicFacility, DEMO_IDS.closedCool)).toMatchObject({ vials: 15, deliveryDate: '2024-06-21' });
  expect((await env.core.getReport(chuo, 'R310', { coolId: DEMO_IDS.closedCool })).rows[0]).toMatchObject({ deliveryDate: '2024-06-21' });
});

test('cool, facility and date from one sentence go straight to the confirmation; 納入先を修正 asks the facility again', async () => {
  const said = '第5クールの千代田区A病院の納入予定日を6月25日で登録したい';
  const chat = new DialogConversation(new DeliveryDateDialog({ core: env.core, now: env.now }), maker, said);
  const card = await chat.sayText(said);
  expect(card).toContain('納入先：千代田区A病院（千代田区）');
  expect(card).toContain('登録済みの納入予定日');
  expect(card).toContain('納入予定日：2024年6月25日');
  expect(await chat.sayText('納入先を修正')).toContain('どの納入先の納入予定日を登録しますか');
  expect(await chat.sayText('中央区C病院')).toContain('中央区C病院への納入予定日はいつですか');
  await chat.sayText('明日');
  await chat.sayText('登録する');
  expect(await env.core.getAllocation(hospitalC, DEMO_IDS.otherBasicFacility, DEMO_IDS.closedCool)).toMatchObject({ deliveryDate: '2024-06-16' });
  expect((await env.core.getAllocation(hospitalA, DEMO_IDS.basicFacility, DEMO_IDS.closedCool)).deliveryDate).not.toBe('2024-06-25');
});

test('a cool without deliveries is explained; other roles are refused', async () => {
  const chat = new DialogConversation(new DeliveryDateDialog({ core: env.core, now: env.now }), maker, '第6クールの納入予定日を登録したい');
  expect(await chat.sayText('第6クールの納入予定日を登録したい')).toContain('第6クールには納入予定日を登録できる配送がありません');
  const facility = new DialogConversation(new DeliveryDateDialog({ core: env.core, now: env.now }), hospitalA, '納入予定日を登録したい');
  expect(await facility.sayText('納入予定日を登録したい')).toContain('メーカー・卸のアカウントで行う操作です');
});

test('a failed registration offers 再試行, which registers the confirmed date once', async () => {
  const proxy = new FaultProxy(env.running.url);
  const throughProxy = new HttpCoreSystem({ baseUrl: `${await proxy.listen()}/core/v1`, tokenSecret: TEST_SECRET, retries: 0 });
  try {
    const said = '第5クールの中央区C病院の納入予定日を6月25日で登録したい';
    const chat = new DialogConversation(new DeliveryDateDialog({ core: throughProxy, now: env.now }), maker, said);
    expect(await chat.sayText(said)).toContain('納入予定日：2024年6月25日');
    proxy.faults.push('500-before');
    const failed = await chat.sayText('登録する');
    expect(failed).toContain('[再試行]');
    expect((await env.core.getAllocation(hospitalC, DEMO_IDS.otherBasicFacility, DEMO_IDS.closedCool)).deliveryDate).toBeUndefined();
    expect(await chat.sayText('再試行')).toContain('納入予定日を登録しました');
    expect(await env.core.getAllocation(hospitalC, DEMO_IDS.otherBasicFacility, DEMO_IDS.closedCool)).toMatchObject({ deliveryDate: '2024-06-25' });
  } finally {
    await proxy.close();
  }
});
