/** Approval workflow, 基本型⇔サテライト型, insurance codes, reservation support, notices and reports. */
import type { ApiCaller } from './apiCaller';
import { freshCoreForEachTest, type RunningCore } from './referenceServer';
import { chiyoda, chuo, clinicD, DEMO_IDS, hospitalA, prefecture } from './users';

let core: RunningCore;
let api: ApiCaller;
freshCoreForEachTest((started, caller) => {
  core = started;
  api = caller;
});

const facilityA = { facilityId: DEMO_IDS.basicFacility };
const patchA = (body: unknown, user = hospitalA) => api.call(user, 'patch', '/facilities/{facilityId}', { params: facilityA, body });
const getA = async () => (await api.call(hospitalA, 'get', '/facilities/{facilityId}', { params: facilityA })).body;

test('immediate fields change at once; approval fields wait, and nothing more can be filed while pending', async () => {
  const contact = { name: '当番 次郎', phone: '090-1234-5678' };
  const immediate = await patchA({ parkingSpaces: 12, weekendContacts: [contact] });
  expect(immediate.body.application).toBeUndefined();
  expect(immediate.body.facility).toMatchObject({ parkingSpaces: 12, weekendContacts: [contact] });

  const filed = await patchA({ representativeName: '新代表 三郎', phone: '03-9999-0000' });
  expect(filed.body.application).toMatchObject({ kind: 'facility-change', status: 'pending', changes: { representativeName: '新代表 三郎' } });
  expect((await getA()).representativeName).toBe('代表 花子');

  const again = await patchA({ acceptsGeneralPublic: false, phone: '03-1111-1111' });
  expect(again.status).toBe(409);
  expect(again.body.type).toMatch(/application-pending$/);
  expect((await getA()).phone).toBe('03-9999-0000'); // the refused request changed nothing

  const pending = await api.call(chiyoda, 'get', '/applications', { query: { status: 'pending' } });
  expect(pending.body.map((a: { id: string }) => a.id)).toEqual([filed.body.application.id]);
  expect((await api.call(chuo, 'get', '/applications', { query: { status: 'pending' } })).body).toEqual([]);
  const params = { applicationId: filed.body.application.id };
  expect((await api.call(chuo, 'post', '/applications/{applicationId}/approve', { params })).status).toBe(403);
  expect((await api.call(hospitalA, 'post', '/applications/{applicationId}/approve', { params })).status).toBe(403);
  expect((await api.call(chiyoda, 'post', '/applications/{applicationId}/approve', { params })).body.status).toBe('approved');
  expect((await getA()).representativeName).toBe('新代表 三郎');
  expect((await patchA({ acceptsGeneralPublic: false })).status).toBe(200);
});

test('rejection needs a reason and frees the facility to file again', async () => {
  const filed = await patchA({ proxyInputRequired: true });
  const params = { applicationId: filed.body.application.id };
  expect((await api.call(chiyoda, 'post', '/applications/{applicationId}/reject', { params, body: {} })).status).toBe(400);
  const rejected = await api.call(chiyoda, 'post', '/applications/{applicationId}/reject', { params, body: { reason: '事前にご相談ください。' } });
  expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '事前にご相談ください。' });
  expect((await getA()).proxyInputRequired).toBe(false);
  expect((await api.call(chiyoda, 'post', '/applications/{applicationId}/approve', { params })).body.type).toMatch(/application-decided$/);
  expect((await patchA({ proxyInputRequired: true })).status).toBe(200);
});

test('基本型⇔サテライト型 only with zero stock, and only after approval', async () => {
  const withStock = await api.call(hospitalA, 'post', '/facilities/{facilityId}/type-change', { params: facilityA, body: { facilityType: 'satellite' } });
  expect(withStock.status).toBe(409);
  expect(withStock.body.detail).toContain('在庫');
  const params = { facilityId: DEMO_IDS.otherSatelliteFacility };
  const filed = await api.call(clinicD, 'post', '/facilities/{facilityId}/type-change', { params, body: { facilityType: 'basic' } });
  expect(filed.body).toMatchObject({ kind: 'facility-type-change', status: 'pending' });
  expect((await api.call(clinicD, 'get', '/facilities/{facilityId}', { params })).body.facilityType).toBe('satellite');
  expect((await api.call(clinicD, 'patch', '/facilities/{facilityId}', { params, body: { vaccines: ['moderna'] } })).status).toBe(409);
  await api.call(chuo, 'post', '/applications/{applicationId}/approve', { params: { applicationId: filed.body.id } });
  expect((await api.call(clinicD, 'get', '/facilities/{facilityId}', { params })).body.facilityType).toBe('basic');
});

test('a new insurance code needs approval and cannot be changed after it', async () => {
  const register = (newCode: string) =>
    api.call(chiyoda, 'post', '/facilities/{facilityId}/insurance-codes', { params: facilityA, body: { kind: 'medical', newCode, changeDate: '2024-05-16' } });
  const filed = await register('1319999999');
  expect((await getA()).insuranceCodes[0]).toMatchObject({ status: 'pending', newCode: '1319999999' });
  expect((await register('1318888888')).body.type).toMatch(/application-pending$/);
  await api.call(chiyoda, 'post', '/applications/{applicationId}/approve', { params: { applicationId: filed.body.id } });
  const immutable = await register('1318888888');
  expect(immutable.status).toBe(409);
  expect(immutable.body.type).toMatch(/insurance-code-immutable$/);
  expect((await register('12345')).status).toBe(400);

  // The May claim splits at the change date: before -> old code, from the date -> new code.
  await api.call(hospitalA, 'post', '/vaccinations', { body: { facilityId: DEMO_IDS.basicFacility, vaccineCode: 'pfizer', date: '2024-05-16', cumulativeCount: 40 } });
  const draft = await api.call(hospitalA, 'get', '/facilities/{facilityId}/claims/draft', { params: facilityA, query: { serviceMonth: '2024-05' } });
  expect(draft.body.lines).toEqual([
    expect.objectContaining({ insuranceCode: '1310000001', vaccinations: 30 }),
    expect.objectContaining({ insuranceCode: '1319999999', vaccinations: 45 }),
  ]);
});

test('claims are due the 10th of the next month; a late claim goes into the next filing; one claim per month', async () => {
  const vaccinate = (vaccineCode: string, date: string, cumulativeCount: number) =>
    api.call(hospitalA, 'post', '/vaccinations', { body: { facilityId: DEMO_IDS.basicFacility, vaccineCode, date, cumulativeCount } });
  core.clock.set('2024-06-30');
  await vaccinate('pfizer', '2024-06-03', 90);
  await vaccinate('moderna', '2024-06-20', 12);
  core.clock.set('2024-07-10');
  const onTime = await api.call(chiyoda, 'get', '/facilities/{facilityId}/claims/draft', { params: facilityA, query: { serviceMonth: '2024-06' } });
  expect(onTime.body).toMatchObject({ dueDate: '2024-07-10', late: false, filingMonth: '2024-07' });
  expect(onTime.body.lines.map((l: { vaccineCode: string; vaccinations: number }) => [l.vaccineCode, l.vaccinations])).toEqual([['moderna', 12], ['pfizer', 15]]);
  core.clock.set('2024-07-11');
  const filed = await api.call(hospitalA, 'post', '/facilities/{facilityId}/claims', { params: facilityA, body: { serviceMonth: '2024-06' } });
  expect(filed.body).toMatchObject({ late: true, filingMonth: '2024-08', totalYen: 27 * 2070 });
  expect((await api.call(hospitalA, 'post', '/facilities/{facilityId}/claims', { params: facilityA, body: { serviceMonth: '2024-06' } })).body.type).toMatch(/claim-already-filed$/);
  expect((await api.call(hospitalA, 'get', '/facilities/{facilityId}/claims/draft', { params: facilityA, query: { serviceMonth: '2024-07' } })).status).toBe(422);
});

test('reservation support: 代行入力フラグ 要 after approval, hourly capacity enforced, 予約者一覧', async () => {
  const settings = { hourlyCapacity: 2, startTime: '09:00', endTime: '12:00' };
  expect((await api.call(hospitalA, 'put', '/facilities/{facilityId}/reservation-support', { params: facilityA, body: settings })).body.type).toMatch(/proxy-input-not-enabled$/);
  const filed = await patchA({ proxyInputRequired: true });
  await api.call(chiyoda, 'post', '/applications/{applicationId}/approve', { params: { applicationId: filed.body.application.id } });
  expect((await api.call(hospitalA, 'put', '/facilities/{facilityId}/reservation-support', { params: facilityA, body: settings })).status).toBe(200);
  const book = (name: string, time = '10:00') =>
    api.call(chiyoda, 'post', '/reservations', { body: { facilityId: DEMO_IDS.basicFacility, name, phone: '090-0000-0000', date: '2024-06-20', time } });
  expect((await book('予約 一')).status).toBe(200);
  expect((await book('予約 二')).status).toBe(200);
  expect((await book('予約 三')).body.type).toMatch(/slot-full$/);
  expect((await book('予約 四', '13:00')).body.type).toMatch(/outside-hours$/);
  const list = await api.call(hospitalA, 'get', '/facilities/{facilityId}/reservations', { params: facilityA });
  expect(list.body.map((r: { name: string }) => r.name)).toEqual(['予約 一', '予約 二']);
  const status = await api.call(chiyoda, 'put', '/facilities/{facilityId}/reservation-status', { params: facilityA, body: { status: 'full', note: '今週は満員です' } });
  expect(status.body).toMatchObject({ reservationStatus: 'full' });
});

test('notices: latest 10 on home, all of them in the back numbers', async () => {
  const latest = await api.call(hospitalA, 'get', '/notices/latest');
  expect(latest.body).toHaveLength(10);
  const page2 = await api.call(hospitalA, 'get', '/notices', { query: { page: '2', pageSize: '10' } });
  expect(page2.body).toMatchObject({ total: 12, page: 2 });
  expect(page2.body.items).toHaveLength(2);
  expect(latest.body.map((n: { id: string }) => n.id)).not.toContain(page2.body.items[0].id);
});

test('reports: R2xx for the prefecture, R3xx for the municipality, CSV export', async () => {
  const r201 = await api.call(prefecture, 'get', '/reports/{reportId}', { params: { reportId: 'R201' }, query: { coolId: DEMO_IDS.closedCool } });
  expect(r201.body.rows).toEqual(expect.arrayContaining([expect.objectContaining({ facilityName: '千代田区A病院', vials: 20 })]));
  expect((await api.call(chiyoda, 'get', '/reports/{reportId}', { params: { reportId: 'R201' } })).status).toBe(403);
  const r301 = await api.call(chiyoda, 'get', '/reports/{reportId}', { params: { reportId: 'R301' }, query: { coolId: DEMO_IDS.closedCool } });
  expect(r301.body.rows.every((r: { municipalityName: string }) => r.municipalityName === '千代田区')).toBe(true);
  const csv = await api.call(chiyoda, 'get', '/reports/{reportId}/csv', { params: { reportId: 'R310' }, query: { coolId: DEMO_IDS.closedCool } });
  // (fetch's text() drops the BOM that helps Excel; the header row follows it.)
  expect(csv.body.split('\r\n')[0].replace(/^\uFEFF/, '')).toBe('市町村名,医療機関・接種会場名,分配量（バイアル）,納入予定日');
  expect(csv.body).toContain('千代田区,千代田区A病院,20,2024-05-21');
  expect((await api.call(chiyoda, 'get', '/reports/{reportId}', { params: { reportId: 'R999' } })).status).toBe(404);
});

test('施設分類 is an immediate field: unregistered reads as null, a category applies at once, an unknown one is a 400', async () => {
  const facilityD = { facilityId: DEMO_IDS.otherSatelliteFacility };
  const before = await api.call(clinicD, 'get', '/facilities/{facilityId}', { params: facilityD });
  expect(before.body).toMatchObject({ facilityCategory: null, prefectureId: DEMO_IDS.prefecture, municipalityId: DEMO_IDS.otherMunicipality });
  const changed = await api.call(clinicD, 'patch', '/facilities/{facilityId}', { params: facilityD, body: { facilityCategory: 'mass-vaccination-site' } });
  expect(changed.body.application).toBeUndefined();
  expect(changed.body.facility.facilityCategory).toBe('mass-vaccination-site');
  for (const facilityCategory of ['hospital-ish', null, 3]) {
    expect((await api.call(clinicD, 'patch', '/facilities/{facilityId}', { params: facilityD, body: { facilityCategory } })).status).toBe(400);
  }
  expect((await api.call(clinicD, 'get', '/facilities/{facilityId}', { params: facilityD })).body.facilityCategory).toBe('mass-vaccination-site');
  expect((await getA()).facilityCategory).toBe('hospital');
});

test('a facility lists the facilities of its whole prefecture (its 融通 partners), not of another prefecture', async () => {
  const own = await getA();
  const municipalities = await api.call(hospitalA, 'get', '/prefectures/{prefectureId}/municipalities', { params: { prefectureId: own.prefectureId } });
  expect(municipalities.body.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([DEMO_IDS.municipality, DEMO_IDS.otherMunicipality]));
  const chuoFacilities = await api.call(hospitalA, 'get', '/municipalities/{municipalityId}/facilities', { params: { municipalityId: DEMO_IDS.otherMunicipality } });
  expect(chuoFacilities.body.map((f: { name: string }) => f.name)).toEqual(['中央区C病院', '中央区Dクリニック']);
  expect((await api.call(hospitalA, 'get', '/prefectures/{prefectureId}/municipalities', { params: { prefectureId: 'pref-osaka' } })).status).toBe(404);
});

test('R300 住所地外接種の申請状況一覧: each municipality sees the applications at its own facilities; not the prefecture, not a facility', async () => {
  const r300 = (user: typeof chiyoda) => api.call(user, 'get', '/reports/{reportId}', { params: { reportId: 'R300' } });
  const chiyodaRows = (await r300(chiyoda)).body.rows;
  expect(chiyodaRows).toEqual([
    expect.objectContaining({ municipalityName: '千代田区', facilityName: '千代田区A病院', applicationId: 'oor-0001', residence: '大阪府大阪市', status: '受付済', appliedOn: '2024-05-26', decidedOn: '2024-05-28' }),
    expect.objectContaining({ facilityName: '千代田区A病院', applicationId: 'oor-0002', status: '申請中', decidedOn: null }),
    expect.objectContaining({ facilityName: '千代田区Bクリニック', applicationId: 'oor-0003', status: '取下げ' }),
  ]);
  expect((await r300(chuo)).body.rows.map((r: { applicationId: string }) => r.applicationId)).toEqual(['oor-0004']);
  expect((await r300(prefecture)).status).toBe(403);
  expect((await r300(hospitalA)).status).toBe(403);
  const csv = await api.call(chiyoda, 'get', '/reports/{reportId}/csv', { params: { reportId: 'R300' } });
  expect(csv.body.split('\r\n')[0].replace(/^\uFEFF/, '')).toBe('市町村名,接種予定の医療機関・接種会場名,申請番号,申請日,住所地,申請理由,申請状況,受付・取下げ日');
});
