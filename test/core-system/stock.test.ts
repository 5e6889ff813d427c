/** 移送・融通 and 受入 with traceability, cumulative 接種実績 with correction, 廃棄 in vials. */
import type { VaccinationDoc } from '../../adapters/core-system/reference/model';
import type { ApiCaller } from './apiCaller';
import { freshCoreForEachTest, type RunningCore } from './referenceServer';
import { chiyoda, clinicB, clinicD, DEMO_IDS, hospitalA, prefecture } from './users';

let core: RunningCore;
let api: ApiCaller;
freshCoreForEachTest((started, caller) => {
  core = started;
  api = caller;
});

const stockOf = async (facilityId: string, user = hospitalA) =>
  (await api.call(user, 'get', '/facilities/{facilityId}/stock', { params: { facilityId } })).body;
const transfer = (overrides: Record<string, unknown> = {}, user = hospitalA) =>
  api.call(user, 'post', '/transfers', {
    body: { fromFacilityId: DEMO_IDS.basicFacility, toFacilityId: DEMO_IDS.satelliteFacility, date: '2024-06-14', lotNumber: 'FA1234', vials: 5, ...overrides },
  });
const receipt = (overrides: Record<string, unknown> = {}, user = clinicB) =>
  api.call(user, 'post', '/receipts', {
    body: { facilityId: DEMO_IDS.satelliteFacility, fromFacilityId: DEMO_IDS.basicFacility, date: '2024-06-14', lotNumber: 'FA1234', vials: 5, ...overrides },
  });

test('a transfer leaves the sender at once; the receiver gets it when it registers the receipt', async () => {
  const sent = await transfer();
  expect(sent.body).toMatchObject({ vaccineCode: 'pfizer', receivedVials: 0 });
  expect((await stockOf(DEMO_IDS.basicFacility)).totalVials).toBe(36);
  expect((await stockOf(DEMO_IDS.satelliteFacility, clinicB)).totalVials).toBe(4);

  const received = await receipt();
  expect(received.body.transferId).toBe(sent.body.id);
  expect((await stockOf(DEMO_IDS.satelliteFacility, clinicB)).totalVials).toBe(9);
  // The same vials cannot be received twice.
  expect((await receipt()).body.type).toMatch(/no-matching-transfer$/);
});

test.each([
  ['more vials than held', { vials: 27 }, 409, /insufficient-stock$/],
  ['a lot the sender does not hold', { lotNumber: 'ZZ9999' }, 409, /unknown-lot$/],
  ['a date in the future', { date: '2024-06-16' }, 422, /future-date$/],
  ['the sender as receiver', { toFacilityId: DEMO_IDS.basicFacility }, 422, /same-facility$/],
  ['an unknown receiver', { toFacilityId: 'fac-nowhere' }, 404, /facility-not-found$/],
  ['no lot number', { lotNumber: undefined }, 400, /validation$/],
  ['zero vials', { vials: 0 }, 400, /validation$/],
])('a transfer with %s is refused and stock is unchanged', async (_label, overrides, status, type) => {
  const refused = await transfer(overrides);
  expect(refused.status).toBe(status);
  expect(refused.body.type).toMatch(type);
  expect((await stockOf(DEMO_IDS.basicFacility)).totalVials).toBe(41);
});

test('transfers are the facility\'s own act: not by a satellite, not by the municipality', async () => {
  const bySatellite = await transfer({ fromFacilityId: DEMO_IDS.satelliteFacility, toFacilityId: DEMO_IDS.basicFacility, vials: 1 }, clinicB);
  expect(bySatellite.status).toBe(403);
  const byMunicipality = await transfer({}, chiyoda);
  expect(byMunicipality.status).toBe(403);
  expect(byMunicipality.body.type).toMatch(/facility-only$/);
});

test('a receipt must match a transfer from that facility with that lot', async () => {
  await transfer();
  expect((await receipt({ lotNumber: 'FB5678' })).body.type).toMatch(/no-matching-transfer$/);
  expect((await receipt({ vials: 6 })).body.type).toMatch(/no-matching-transfer$/);
  expect((await receipt({ vials: 2 })).status).toBe(200);
  expect((await receipt({ vials: 3 })).status).toBe(200);
});

test('接種実績 is a daily cumulative count; a mistake is corrected by the right cumulative figure', async () => {
  const register = (date: string, cumulativeCount: number) =>
    api.call(hospitalA, 'post', '/vaccinations', { body: { facilityId: DEMO_IDS.basicFacility, vaccineCode: 'pfizer', date, cumulativeCount } });
  expect((await register('2024-06-13', 100)).body).toMatchObject({ cumulativeCount: 100, dailyCount: 25 });
  expect((await register('2024-06-14', 140)).body.dailyCount).toBe(40);
  // Entered too many yesterday: today's entry carries the right total.
  expect((await register('2024-06-15', 130)).body).toMatchObject({ cumulativeCount: 130, dailyCount: -10 });
  const last = await api.call(chiyoda, 'get', '/facilities/{facilityId}/vaccinations/latest', { params: { facilityId: DEMO_IDS.basicFacility }, query: { vaccineCode: 'pfizer' } });
  expect(last.body).toMatchObject({ date: '2024-06-15', cumulativeCount: 130 });
  expect((await register('2024-06-16', 150)).status).toBe(422);
});

test('接種実績 for a vaccine never received is refused', async () => {
  const refused = await api.call(clinicD, 'post', '/vaccinations', { body: { facilityId: DEMO_IDS.otherSatelliteFacility, vaccineCode: 'pfizer', date: '2024-06-15', cumulativeCount: 3 } });
  expect(refused.status).toBe(409);
  expect(refused.body.type).toMatch(/vaccine-not-received$/);
  expect(refused.body.detail).toContain('受け取った記録がない');
  // After a 融通受入 it is accepted.
  await api.call(hospitalA, 'post', '/transfers', { body: { fromFacilityId: DEMO_IDS.basicFacility, toFacilityId: DEMO_IDS.otherSatelliteFacility, date: '2024-06-14', lotNumber: 'FA1234', vials: 2 } });
  await api.call(clinicD, 'post', '/receipts', { body: { facilityId: DEMO_IDS.otherSatelliteFacility, fromFacilityId: DEMO_IDS.basicFacility, date: '2024-06-15', lotNumber: 'FA1234', vials: 2 } });
  const accepted = await api.call(clinicD, 'post', '/vaccinations', { body: { facilityId: DEMO_IDS.otherSatelliteFacility, vaccineCode: 'pfizer', date: '2024-06-15', cumulativeCount: 3 } });
  expect(accepted.status).toBe(200);
});

test('廃棄 is registered in vials and leaves stock; not more than held', async () => {
  const body = { facilityId: DEMO_IDS.basicFacility, lotNumber: 'MD0001', vials: 2, date: '2024-06-15', reason: '温度逸脱' };
  expect((await api.call(chiyoda, 'post', '/disposals', { body })).body).toMatchObject({ vaccineCode: 'moderna', vials: 2 });
  expect((await api.call(hospitalA, 'post', '/disposals', { body: { ...body, vials: 4 } })).body.type).toMatch(/insufficient-stock$/);
  expect((await api.call(hospitalA, 'post', '/disposals', { body: { ...body, vials: 1.5 } })).status).toBe(400);
  expect((await stockOf(DEMO_IDS.basicFacility)).lots.find((l: { lotNumber: string }) => l.lotNumber === 'MD0001').vials).toBe(3);
});

test('concurrent transfers never take more than the stock', async () => {
  const attempts = await Promise.all(Array.from({ length: 8 }, () => transfer({ lotNumber: 'FB5678', vials: 3 })));
  expect(attempts.filter((r) => r.status === 200)).toHaveLength(3);
  expect(attempts.filter((r) => r.status === 409)).toHaveLength(5);
  const lot = (await stockOf(DEMO_IDS.basicFacility)).lots.find((l: { lotNumber: string }) => l.lotNumber === 'FB5678');
  expect(lot.vials).toBe(1);
});

describe('接種実績 by dose and priority group', () => {
  const A = DEMO_IDS.basicFacility;
  const register = (body: Record<string, unknown>) => api.call(hospitalA, 'post', '/vaccinations', { body: { facilityId: A, vaccineCode: 'pfizer', date: '2024-06-15', ...body } });
  const latest = (dose?: number) => api.call(hospitalA, 'get', '/facilities/{facilityId}/vaccinations/latest', { params: { facilityId: A }, query: { vaccineCode: 'pfizer', ...(dose ? { dose: String(dose) } : {}) } });
  const none = { other: 0, healthcareWorkers: 0, underlyingConditions: 0, elderly: 0, elderlyCareWorkers: 0 };

  test('each dose keeps its own cumulative figure by group; a plain total is the 1回目 その他', async () => {
    const second = await register({ dose: 2, cumulativeCount: 35, groups: { elderly: 30, healthcareWorkers: 5 } });
    expect(second.body).toMatchObject({ dose: 2, cumulativeCount: 35, dailyCount: 35, groups: { ...none, elderly: 30, healthcareWorkers: 5 } });
    // The 1回目 is untouched by the 2回目: the demo's last 1回目 figure (75, by group) is still the latest.
    expect((await latest()).body).toMatchObject({ dose: 1, cumulativeCount: 75, groups: { ...none, elderly: 60, healthcareWorkers: 10, underlyingConditions: 5 } });
    expect((await latest(2)).body).toMatchObject({ dose: 2, cumulativeCount: 35 });

    const plain = await register({ date: '2024-06-14', cumulativeCount: 90 });
    expect(plain.body).toMatchObject({ dose: 1, cumulativeCount: 90, dailyCount: 15, groups: { ...none, other: 90 } });
  });

  test('groups must add up to the cumulative figure; unknown groups and doses are refused', async () => {
    const mismatch = await register({ cumulativeCount: 40, groups: { elderly: 30, healthcareWorkers: 5 } });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.type).toMatch(/groups-mismatch$/);
    expect(mismatch.body.detail).toContain('合計（35人）');
    expect((await register({ cumulativeCount: 5, groups: { children: 5 } })).status).toBe(400);
    expect((await register({ dose: 3, cumulativeCount: 5 })).status).toBe(400);
    expect((await latest(3)).status).toBe(400);
    expect((await latest(2)).body).toBeNull();
  });

  test('a record stored before doses and groups existed reads as the 1回目 その他, and re-entering that day corrects it', async () => {
    await core.repositories.collection<VaccinationDoc>('core_vaccinations').put({ id: `${A}:pfizer:2024-06-10`, facilityId: A, vaccineCode: 'pfizer', date: '2024-06-10', cumulativeCount: 80, registeredAt: '2024-06-10T09:00:00.000Z' });
    expect((await latest()).body).toMatchObject({ date: '2024-06-10', dose: 1, cumulativeCount: 80, dailyCount: 5, groups: { ...none, other: 80 } });
    await register({ date: '2024-06-10', cumulativeCount: 82, groups: { elderly: 72, healthcareWorkers: 10 } });
    expect((await core.repositories.collection<VaccinationDoc>('core_vaccinations').find({ date: '2024-06-10' }))).toHaveLength(1);
  });

  test('R308 has the seed\'s columns per facility; R208 adds the facilities up per municipality', async () => {
    await register({ dose: 2, cumulativeCount: 35, groups: { elderly: 30, healthcareWorkers: 5 } });
    const r308 = await api.call(chiyoda, 'get', '/reports/{reportId}', { params: { reportId: 'R308' } });
    expect(r308.body.columns.map((c: { label: string }) => c.label)).toEqual([
      '市町村名', '医療機関・接種会場名', 'ワクチン',
      '1回目 その他', '1回目 医療従事者', '1回目 基礎疾患保有者', '1回目 高齢者', '1回目 高齢者施設従事者', '1回目 小計',
      '2回目 その他', '2回目 医療従事者', '2回目 基礎疾患保有者', '2回目 高齢者', '2回目 高齢者施設従事者', '2回目 小計',
      '総計',
    ]);
    expect(r308.body.rows[0]).toEqual({
      municipalityName: '千代田区', facilityName: '千代田区A病院', vaccineCode: 'pfizer',
      dose1Other: 0, dose1HealthcareWorkers: 10, dose1UnderlyingConditions: 5, dose1Elderly: 60, dose1ElderlyCareWorkers: 0, dose1Subtotal: 75,
      dose2Other: 0, dose2HealthcareWorkers: 5, dose2UnderlyingConditions: 0, dose2Elderly: 30, dose2ElderlyCareWorkers: 0, dose2Subtotal: 35,
      total: 110,
    });
    const r208 = await api.call(prefecture, 'get', '/reports/{reportId}', { params: { reportId: 'R208' } });
    expect(r208.body.columns.map((c: { key: string }) => c.key)).not.toContain('facilityName');
    expect(r208.body.rows.map((r: Record<string, unknown>) => [r.municipalityName, r.vaccineCode, r.total])).toEqual([
      ['千代田区', 'pfizer', 110], ['千代田区', 'moderna', 0], ['中央区', 'pfizer', 0], ['中央区', 'moderna', 0],
    ]);
    const csv = await api.call(chiyoda, 'get', '/reports/{reportId}/csv', { params: { reportId: 'R308' } });
    expect(csv.body).toContain('千代田区,千代田区A病院,pfizer,0,10,5,60,0,75,0,5,0,30,0,35,110');
  });
});
