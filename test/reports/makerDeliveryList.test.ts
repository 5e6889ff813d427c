/**
 * Reference core: a メーカー・卸 reads R210 納入予定日一覧 of every prefecture (the deliveries it
 * enters 納入予定日 for), each row addressing its facility; every other report stays refused.
 */
import { ApiCaller } from '../core-system/apiCaller';
import { startReferenceServer, type RunningCore } from '../core-system/referenceServer';
import { DEMO_IDS, maker } from '../core-system/users';

let core: RunningCore;
let api: ApiCaller;
beforeAll(async () => {
  core = await startReferenceServer({ today: '2024-06-15' });
  api = new ApiCaller(core);
});
afterAll(() => core.close());

test('R210 lists every allocation of the cool with its facility id; the CSV keeps its columns', async () => {
  const report = await api.call(maker, 'get', '/reports/{reportId}', { params: { reportId: 'R210' }, query: { coolId: DEMO_IDS.closedCool } });
  expect(report.status).toBe(200);
  expect(report.body.rows).toEqual([
    expect.objectContaining({ facilityId: DEMO_IDS.basicFacility, facilityName: '千代田区A病院', vials: 20 }),
    expect.objectContaining({ facilityId: DEMO_IDS.otherBasicFacility, facilityName: '中央区C病院', vials: 15, deliveryDate: null }),
  ]);
  const csv = await api.call(maker, 'get', '/reports/{reportId}/csv', { params: { reportId: 'R210' }, query: { coolId: DEMO_IDS.closedCool } });
  expect(csv.body.split('\r\n')[0].replace(/^\uFEFF/, '')).toBe('市町村名,医療機関・接種会場名,分配量（バイアル）,納入予定日');
});

test.each(['R208', 'R310', 'R201'])('%s is still refused to a maker', async (reportId) => {
  expect((await api.call(maker, 'get', '/reports/{reportId}', { params: { reportId } })).status).toBe(403);
});
