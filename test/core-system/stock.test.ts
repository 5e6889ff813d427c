/** 移送・融通 and 受入 with traceability, cumulative 接種実績 with correction, 廃棄 in vials. */
import { ApiCaller } from './apiCaller';
import { startReferenceServer, type RunningCore } from './referenceServer';
import { chiyoda, clinicB, clinicD, DEMO_IDS, hospitalA } from './users';

let core: RunningCore;
let api: ApiCaller;

beforeEach(async () => {
  core = await startReferenceServer({ today: '2024-06-15' });
  api = new ApiCaller(core);
});
afterEach(() => core.close());

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
