/**
 * The API as a contract: the served OpenAPI 3.1 document covers every route and every route's
 * answer validates against it; bad input is a 4xx problem and writes nothing; Idempotency-Key
 * replays the first result, also after a restart.
 */
import { ALL_ROUTES } from '../../adapters/core-system/reference/routes/allRoutes';
import type { ApiCaller } from './apiCaller';
import { freshCoreForEachTest, type RunningCore } from './referenceServer';
import { chiyoda, DEMO_IDS, hospitalA, maker, prefecture } from './users';

let core: RunningCore;
let api: ApiCaller;
const coreSetup = freshCoreForEachTest((started, caller) => {
  core = started;
  api = caller;
});

const A = DEMO_IDS.basicFacility;

test('every route is in the OpenAPI 3.1 document and answers in its documented shape', async () => {
  const document = await api.openApi();
  expect(document.openapi).toBe('3.1.0');
  const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
  expect(documented.sort()).toEqual([...ALL_ROUTES.map((r) => `${r.method} ${r.path}`), 'get /health'].sort());

  const f = { facilityId: A };
  const filed = await api.call(hospitalA, 'patch', '/facilities/{facilityId}', { params: f, body: { representativeName: '新代表', parkingSpaces: 3 } });
  const doctor = await api.call(chiyoda, 'post', '/facilities/{facilityId}/doctors', { params: f, body: { name: '医師 二郎', email: 'jiro@example.jp' } });
  const calls: [typeof hospitalA, string, string, Parameters<ApiCaller['call']>[3]][] = [
    [hospitalA, 'get', '/vaccines', {}],
    [prefecture, 'get', '/prefectures/{prefectureId}/municipalities', { params: { prefectureId: DEMO_IDS.prefecture } }],
    [chiyoda, 'get', '/municipalities/{municipalityId}/facilities', { params: { municipalityId: DEMO_IDS.municipality } }],
    [hospitalA, 'get', '/cools', {}],
    [hospitalA, 'get', '/cools/current', { query: { vaccineCode: 'pfizer' } }],
    [hospitalA, 'post', '/demands', { body: { facilityId: A, coolId: DEMO_IDS.openCool, vials: 3 } }],
    [hospitalA, 'get', '/facilities/{facilityId}/demands/{coolId}', { params: { ...f, coolId: DEMO_IDS.openCool } }],
    [prefecture, 'post', '/cools/{coolId}/lock', { params: { coolId: DEMO_IDS.openCool } }],
    [hospitalA, 'get', '/facilities/{facilityId}/allocations/{coolId}', { params: { ...f, coolId: DEMO_IDS.openCool } }],
    [maker, 'post', '/delivery-dates', { body: { facilityId: A, coolId: DEMO_IDS.openCool, deliveryDate: '2024-07-01' } }],
    [hospitalA, 'get', '/facilities/{facilityId}/stock', { params: f }],
    [hospitalA, 'post', '/transfers', { body: { fromFacilityId: A, toFacilityId: DEMO_IDS.satelliteFacility, date: '2024-06-15', lotNumber: 'FA1234', vials: 1 } }],
    [{ ...hospitalA, id: 'b', organizationId: DEMO_IDS.satelliteFacility }, 'post', '/receipts', { body: { facilityId: DEMO_IDS.satelliteFacility, fromFacilityId: A, date: '2024-06-15', lotNumber: 'FA1234', vials: 1 } }],
    [hospitalA, 'post', '/vaccinations', { body: { facilityId: A, vaccineCode: 'pfizer', date: '2024-06-15', cumulativeCount: 80 } }],
    [hospitalA, 'get', '/facilities/{facilityId}/vaccinations/latest', { params: f, query: { vaccineCode: 'moderna' } }],
    [hospitalA, 'post', '/disposals', { body: { facilityId: A, lotNumber: 'FA1234', vials: 1, date: '2024-06-15' } }],
    [hospitalA, 'get', '/facilities/{facilityId}', { params: f }],
    [hospitalA, 'patch', '/facilities/{facilityId}/doctors/{doctorId}', { params: { ...f, doctorId: doctor.body.id }, body: { email: 'jiro2@example.jp' } }],
    [hospitalA, 'post', '/facilities/{facilityId}/type-change', { params: f, body: { facilityType: 'satellite' } }],
    [hospitalA, 'put', '/facilities/{facilityId}/reservation-status', { params: f, body: { status: 'few-left' } }],
    [chiyoda, 'get', '/applications', { query: { status: 'pending' } }],
    [chiyoda, 'post', '/applications/{applicationId}/approve', { params: { applicationId: filed.body.application.id } }],
    [hospitalA, 'post', '/facilities/{facilityId}/insurance-codes', { params: f, body: { kind: 'care', newCode: '9310000009', changeDate: '2024-07-01' } }],
    [hospitalA, 'get', '/facilities/{facilityId}/reservation-support', { params: f }],
    [hospitalA, 'put', '/facilities/{facilityId}/reservation-support', { params: f, body: { hourlyCapacity: 5, startTime: '09:00', endTime: '17:00' } }],
    [chiyoda, 'post', '/reservations', { body: { facilityId: A, name: '予約 太郎', phone: '03-1111-2222', date: '2024-06-20', time: '09:00' } }],
    [hospitalA, 'get', '/facilities/{facilityId}/reservations', { params: f }],
    [hospitalA, 'get', '/facilities/{facilityId}/claims/draft', { params: f, query: { serviceMonth: '2024-05' } }],
    [hospitalA, 'post', '/facilities/{facilityId}/claims', { params: f, body: { serviceMonth: '2024-05' } }],
    [hospitalA, 'get', '/facilities/{facilityId}/claims', { params: f }],
    [chiyoda, 'get', '/reports/{reportId}', { params: { reportId: 'R308' } }],
    [chiyoda, 'get', '/reports/{reportId}/csv', { params: { reportId: 'R306' } }],
    [hospitalA, 'get', '/notices/latest', {}],
    [hospitalA, 'get', '/notices', {}],
    [chiyoda, 'post', '/applications/{applicationId}/reject', { params: { applicationId: 'application-none' }, body: { reason: '理由' } }],
  ];
  for (const [user, method, path, options] of calls) await api.call(user, method, path, options);
  expect((await fetch(`${core.url}/core/v1/health`)).status).toBe(200);
  const missing = ALL_ROUTES.map((r) => `${r.method} ${r.path}`).filter((key) => !api.exercised.has(key));
  expect(missing).toEqual([]);
});

const demandBody = { facilityId: A, coolId: DEMO_IDS.openCool, vials: 5 };
const bad: [string, Record<string, unknown> | string, number][] = [
  ['a string for a number', { ...demandBody, vials: '5' }, 400],
  ['a missing field', { facilityId: A, coolId: DEMO_IDS.openCool }, 400],
  ['a negative number', { ...demandBody, vials: -1 }, 400],
  ['a huge number', { ...demandBody, vials: 1e12 }, 400],
  ['a fraction', { ...demandBody, vials: 2.5 }, 400],
  ['an unknown field', { ...demandBody, extra: true }, 400],
  ['an unknown facility', { ...demandBody, facilityId: 'fac-none' }, 404],
  ['an unknown cool', { ...demandBody, coolId: 'cool-none' }, 404],
  ['an array body', '[1,2,3]', 400],
  ['broken JSON', '{"vials": ', 400],
  ['a 1 MB body', JSON.stringify({ ...demandBody, padding: 'x'.repeat(1024 * 1024) }), 413],
];

test.each(bad)('%s is a 4xx problem and nothing is written', async (_label, body, status) => {
  const response = await api.call(hospitalA, 'post', '/demands', typeof body === 'string' ? { rawBody: body } : { body });
  expect(response.status).toBe(status);
  const read = await api.call(hospitalA, 'get', '/facilities/{facilityId}/demands/{coolId}', { params: { facilityId: A, coolId: DEMO_IDS.openCool } });
  expect(read.body).toBeNull();
});

test('a validation problem names the fields in Japanese and in machine-readable form', async () => {
  const response = await api.call(hospitalA, 'post', '/transfers', { body: { fromFacilityId: A, vials: -2 } });
  expect(response.body.detail).toContain('入力内容に誤りがあります');
  expect(Object.keys(response.body.fields)).toEqual(expect.arrayContaining(['/vials', '/toFacilityId', '/date', '/lotNumber']));
});

test('writes need an Idempotency-Key; the same key replays the first result and never writes twice', async () => {
  const body = { facilityId: A, lotNumber: 'FB5678', vials: 2, date: '2024-06-15' };
  expect((await api.call(hospitalA, 'post', '/disposals', { body, key: null })).body.type).toMatch(/idempotency-key-required$/);
  const first = await api.call(hospitalA, 'post', '/disposals', { body, key: 'disposal-1' });
  const again = await api.call(hospitalA, 'post', '/disposals', { body, key: 'disposal-1' });
  expect(again.body).toEqual(first.body);
  expect(again.headers.get('idempotency-replayed')).toBe('true');
  const reused = await api.call(hospitalA, 'post', '/disposals', { body: { ...body, vials: 3 }, key: 'disposal-1' });
  expect(reused.status).toBe(422);
  expect(reused.body.type).toMatch(/idempotency-key-reused$/);
  const lot = async () => (await api.call(hospitalA, 'get', '/facilities/{facilityId}/stock', { params: { facilityId: A } })).body.lots.find((l: { lotNumber: string }) => l.lotNumber === 'FB5678');
  expect((await lot()).vials).toBe(8);
  // The same key from another user is another operation.
  expect((await api.call(chiyoda, 'post', '/disposals', { body, key: 'disposal-1' })).body.id).not.toBe(first.body.id);
  expect((await lot()).vials).toBe(6);
});

test('a refused request stores nothing under its key: the key then takes another request (what the dialogs rely on after 修正)', async () => {
  const tooMany = { facilityId: A, lotNumber: 'FB5678', vials: 99, date: '2024-06-15' };
  expect((await api.call(hospitalA, 'post', '/disposals', { body: tooMany, key: 'kept-key' })).status).toBe(409);
  const corrected = await api.call(hospitalA, 'post', '/disposals', { body: { ...tooMany, vials: 1 }, key: 'kept-key' });
  expect(corrected.status).toBe(200);
  expect(corrected.headers.get('idempotency-replayed')).toBeNull();
  // Now the key holds that result: yet another request under it is refused and changes nothing.
  expect((await api.call(hospitalA, 'post', '/disposals', { body: { ...tooMany, vials: 2 }, key: 'kept-key' })).body.type).toMatch(/idempotency-key-reused$/);
  const stock = await api.call(hospitalA, 'get', '/facilities/{facilityId}/stock', { params: { facilityId: A } });
  expect(stock.body.lots.find((l: { lotNumber: string }) => l.lotNumber === 'FB5678').vials).toBe(9);
});

test('concurrent requests with one key run the operation once', async () => {
  const body = { facilityId: A, lotNumber: 'FB5678', vials: 1, date: '2024-06-15' };
  const results = await Promise.all(Array.from({ length: 6 }, () => api.call(hospitalA, 'post', '/disposals', { body, key: 'same-key' })));
  expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
  const stock = await api.call(hospitalA, 'get', '/facilities/{facilityId}/stock', { params: { facilityId: A } });
  expect(stock.body.lots.find((l: { lotNumber: string }) => l.lotNumber === 'FB5678').vials).toBe(9);
});

test('data, idempotency records and demo data survive a restart without duplication', async () => {
  const body = { facilityId: A, lotNumber: 'FB5678', vials: 4, date: '2024-06-15' };
  const first = await api.call(hospitalA, 'post', '/disposals', { body, key: 'before-restart' });
  await coreSetup.restart();
  const replay = await api.call(hospitalA, 'post', '/disposals', { body, key: 'before-restart' });
  expect(replay.body.id).toBe(first.body.id);
  expect((await api.call(hospitalA, 'get', '/facilities/{facilityId}/stock', { params: { facilityId: A } })).body.totalVials).toBe(37);
  expect((await api.call(hospitalA, 'get', '/notices', {})).body.total).toBe(12);
});
