/** 希望量 periods, data lock -> 分配量, 納入予定日 by makers, and who may see or do what. */
import type { ApiCaller } from './apiCaller';
import { freshCoreForEachTest, type RunningCore } from './referenceServer';
import { chiyoda, chuo, clinicB, DEMO_IDS, hospitalA, hospitalC, maker, otherPrefecture, prefecture, support } from './users';

let core: RunningCore;
let api: ApiCaller;
freshCoreForEachTest((started, caller) => {
  core = started;
  api = caller;
});

const demand = (user = hospitalA, facilityId: string = DEMO_IDS.basicFacility, vials = 12) =>
  api.call(user, 'post', '/demands', { body: { facilityId, coolId: DEMO_IDS.openCool, vials } });

test('the current cool is the one whose registration period contains today', async () => {
  const current = await api.call(hospitalA, 'get', '/cools/current');
  expect(current.body).toMatchObject({ id: DEMO_IDS.openCool, open: true });
  core.clock.set('2024-07-01');
  expect((await api.call(hospitalA, 'get', '/cools/current')).body).toBeNull();
});

test('希望量 is accepted inside the registration period and read back', async () => {
  expect((await demand()).status).toBe(200);
  const read = await api.call(hospitalA, 'get', '/facilities/{facilityId}/demands/{coolId}', { params: { facilityId: DEMO_IDS.basicFacility, coolId: DEMO_IDS.openCool } });
  expect(read.body).toMatchObject({ vials: 12, registeredBy: hospitalA.id });
});

test.each([['2024-06-11', 'before'], ['2024-06-30', 'after']])('希望量 on %s (%s the period) is refused and not stored', async (date) => {
  core.clock.set(date);
  const refused = await demand();
  expect(refused.status).toBe(409);
  expect(refused.body.type).toMatch(/outside-registration-period$/);
  expect(refused.body.detail).toContain('登録期間');
  const read = await api.call(hospitalA, 'get', '/facilities/{facilityId}/demands/{coolId}', { params: { facilityId: DEMO_IDS.basicFacility, coolId: DEMO_IDS.openCool } });
  expect(read.body).toBeNull();
});

test('the period boundaries are inclusive', async () => {
  core.clock.set('2024-06-12');
  expect((await demand()).status).toBe(200);
  core.clock.set('2024-06-29');
  expect((await demand()).status).toBe(200);
});

test('a サテライト型 facility cannot register 希望量', async () => {
  const refused = await demand(clinicB, DEMO_IDS.satelliteFacility);
  expect(refused.status).toBe(403);
  expect(refused.body.detail).toContain('サテライト型');
});

test('the municipality registers 希望量 for its own facility (代理入力) but not for another municipality', async () => {
  expect((await demand(chiyoda)).status).toBe(200);
  const refused = await demand(chiyoda, DEMO_IDS.otherBasicFacility);
  expect(refused.status).toBe(403);
  expect(refused.body.type).toMatch(/other-municipality$/);
  expect((await demand(hospitalA, DEMO_IDS.otherBasicFacility)).status).toBe(403);
});

test('分配量 is hidden before the data lock; the lock allocates what was requested and nothing without 希望量', async () => {
  await demand();
  const params = { facilityId: DEMO_IDS.basicFacility, coolId: DEMO_IDS.openCool };
  const before = await api.call(hospitalA, 'get', '/facilities/{facilityId}/allocations/{coolId}', { params });
  expect(before.status).toBe(409);
  expect(before.body.type).toMatch(/allocation-not-locked$/);

  expect((await api.call(hospitalA, 'post', '/cools/{coolId}/lock', { params: { coolId: DEMO_IDS.openCool } })).status).toBe(403);
  const lock = await api.call(prefecture, 'post', '/cools/{coolId}/lock', { params: { coolId: DEMO_IDS.openCool } });
  expect(lock.body).toMatchObject({ dataLocked: true });

  expect((await api.call(hospitalA, 'get', '/facilities/{facilityId}/allocations/{coolId}', { params })).body).toEqual({ ...params, vials: 12 });
  const none = await api.call(hospitalC, 'get', '/facilities/{facilityId}/allocations/{coolId}', { params: { facilityId: DEMO_IDS.otherBasicFacility, coolId: DEMO_IDS.openCool } });
  expect(none.body.vials).toBe(0);
  // After the lock 希望量 can no longer change.
  expect((await demand()).body.type).toMatch(/cool-locked$/);
});

test('納入予定日 is entered by the maker only, and only for allocated facilities', async () => {
  const input = { facilityId: DEMO_IDS.otherBasicFacility, coolId: DEMO_IDS.closedCool, deliveryDate: '2024-06-20' };
  expect((await api.call(hospitalC, 'post', '/delivery-dates', { body: input })).status).toBe(403);
  expect((await api.call(maker, 'post', '/delivery-dates', { body: input })).body).toMatchObject({ vials: 15, deliveryDate: '2024-06-20' });
  const read = await api.call(chuo, 'get', '/facilities/{facilityId}/allocations/{coolId}', { params: { facilityId: DEMO_IDS.otherBasicFacility, coolId: DEMO_IDS.closedCool } });
  expect(read.body.deliveryDate).toBe('2024-06-20');
  const unallocated = await api.call(maker, 'post', '/delivery-dates', { body: { ...input, facilityId: DEMO_IDS.satelliteFacility } });
  expect(unallocated.body.type).toMatch(/no-allocation$/);
});

test('the prefecture sees only its own municipalities; facilities of a municipality come with type and stock', async () => {
  await core.core.context.store.organisations.insert({ id: 'pref-osaka', kind: 'prefecture', name: '大阪府' });
  const own = await api.call(prefecture, 'get', '/prefectures/{prefectureId}/municipalities', { params: { prefectureId: DEMO_IDS.prefecture } });
  expect(own.body.map((m: { name: string }) => m.name)).toEqual(['千代田区', '中央区']);
  const other = await api.call(otherPrefecture, 'get', '/prefectures/{prefectureId}/municipalities', { params: { prefectureId: DEMO_IDS.prefecture } });
  expect(other.status).toBe(403);
  expect(other.body.type).toMatch(/other-prefecture$/);
  const facilities = await api.call(prefecture, 'get', '/municipalities/{municipalityId}/facilities', { params: { municipalityId: DEMO_IDS.municipality } });
  expect(facilities.body).toEqual([
    expect.objectContaining({ id: DEMO_IDS.basicFacility, facilityType: 'basic', stockVials: 41 }),
    expect.objectContaining({ id: DEMO_IDS.satelliteFacility, facilityType: 'satellite', stockVials: 4 }),
  ]);
  expect((await api.call(otherPrefecture, 'get', '/municipalities/{municipalityId}/facilities', { params: { municipalityId: DEMO_IDS.municipality } })).status).toBe(403);
  expect((await api.call(chuo, 'get', '/municipalities/{municipalityId}/facilities', { params: { municipalityId: DEMO_IDS.municipality } })).status).toBe(403);
});

test('prefecture and support may read a facility but not change it', async () => {
  const params = { facilityId: DEMO_IDS.basicFacility };
  expect((await api.call(prefecture, 'get', '/facilities/{facilityId}', { params })).status).toBe(200);
  expect((await api.call(support, 'get', '/facilities/{facilityId}', { params })).status).toBe(200);
  const refused = await api.call(support, 'patch', '/facilities/{facilityId}', { params, body: { phone: '03-0000-0000' } });
  expect(refused.status).toBe(403);
  expect(refused.body.detail).toContain('参照のみ');
});

test('calls without a valid user token are refused with 401', async () => {
  expect((await api.call(null, 'get', '/cools')).status).toBe(401);
  const forged = await api.call(null, 'get', '/cools', { headers: { authorization: 'Bearer abc.def.ghi' } });
  expect(forged.status).toBe(401);
});
