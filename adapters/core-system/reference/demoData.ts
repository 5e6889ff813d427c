/**
 * Demo data created on first start (idempotent: fixed ids, existing documents are kept): one
 * prefecture, two municipalities, four facilities (two 基本型, two サテライト型), a maker/wholesaler,
 * an open cool and a closed (locked) one, lots, stock, a traceable 移送・融通, 接種実績 and notices,
 * plus one demo user per role. Dates are relative to the clock's "today" at first start.
 */
import { DuplicateIdError, type Collection, type Identified } from '../../../dialogs/ports/repositories';
import type { UserIdentity } from '../../../dialogs/ports/identity';
import type { FacilityInfo } from '../../../dialogs/ports/coreSystem';
import { addDays, addMonths, monthOf } from './clock';
import { type CoreContext, today } from './context';
import type { FacilityDoc, OrganisationDoc, OutOfResidenceApplicationDoc } from './model';

export const DEMO_IDS = {
  prefecture: 'pref-tokyo',
  municipality: 'muni-chiyoda',
  otherMunicipality: 'muni-chuo',
  basicFacility: 'fac-chiyoda-a',
  satelliteFacility: 'fac-chiyoda-b',
  otherBasicFacility: 'fac-chuo-c',
  otherSatelliteFacility: 'fac-chuo-d',
  maker: 'maker-vaccine-logistics',
  support: 'support-desk',
  openCool: 'cool-06',
  closedCool: 'cool-05',
} as const;

export const DEMO_USERS: readonly UserIdentity[] = [
  { id: 'demo-prefecture', displayName: '東京都 担当者', role: 'prefecture', organizationId: DEMO_IDS.prefecture, organizationName: '東京都' },
  { id: 'demo-municipality', displayName: '千代田区 担当者', role: 'municipality', organizationId: DEMO_IDS.municipality, organizationName: '千代田区' },
  { id: 'demo-facility', displayName: '千代田区A病院 担当者', role: 'facility', organizationId: DEMO_IDS.basicFacility, organizationName: '千代田区A病院', facilityType: 'basic' },
  { id: 'demo-facility-satellite', displayName: '千代田区Bクリニック 担当者', role: 'facility', organizationId: DEMO_IDS.satelliteFacility, organizationName: '千代田区Bクリニック', facilityType: 'satellite' },
  { id: 'demo-maker', displayName: 'ワクチン物流株式会社 担当者', role: 'maker', organizationId: DEMO_IDS.maker, organizationName: 'ワクチン物流株式会社' },
  { id: 'demo-support', displayName: 'V-SYSサポートデスク', role: 'support', organizationId: DEMO_IDS.support, organizationName: 'V-SYSサポートデスク' },
];

const SEED_MARKER = 'demo-data-v1';
const OUT_OF_RESIDENCE_MARKER = 'demo-data-out-of-residence';

async function insertIfAbsent<T extends Identified>(collection: Collection<T>, doc: T): Promise<void> {
  try {
    await collection.insert(doc);
  } catch (error) {
    if (!(error instanceof DuplicateIdError)) throw error;
  }
}

function facility(
  id: string, name: string, municipalityId: string, facilityType: FacilityInfo['facilityType'], code: string, vaccines: string[], facilityCategory: FacilityInfo['facilityCategory'],
): FacilityDoc {
  return {
    id, name, municipalityId, facilityType, prefectureId: DEMO_IDS.prefecture, facilityCategory,
    address: `東京都${municipalityId === DEMO_IDS.municipality ? '千代田区' : '中央区'}1-1-1`, phone: '03-1234-5678',
    reservationPhone: '03-1234-5679', reservationUrl: '', parkingSpaces: 5, deepFreezers: facilityType === 'basic' ? 2 : 0,
    storageManager: '保管 太郎', weekendContacts: [],
    representativeName: '代表 花子', collectiveContractJoinDate: '2021-04-01', collectiveContractLeaveDate: null,
    proxyInputRequired: false, vaccines, acceptsGeneralPublic: true,
    reservationStatus: 'accepting', reservationNote: '',
    doctors: [{ id: `${id}-doctor-1`, name: '医師 一郎', email: `doctor@${id}.example.jp` }],
    insuranceCodes: [{ kind: 'medical', oldCode: code, status: 'current' }, { kind: 'care', oldCode: `9${code.slice(1)}`, status: 'current' }],
  };
}

export async function seedDemoData(ctx: CoreContext): Promise<void> {
  if (!(await ctx.store.organisations.get(SEED_MARKER))) await seedBase(ctx);
  // Added later: a data dir seeded by an older version gets them on its next start.
  if (!(await ctx.store.organisations.get(OUT_OF_RESIDENCE_MARKER))) await seedOutOfResidence(ctx);
}

/** 住所地外接種の申請 (R300) at three facilities of both municipalities, in every status. */
async function seedOutOfResidence(ctx: CoreContext): Promise<void> {
  const day = today(ctx);
  const applications: OutOfResidenceApplicationDoc[] = [
    { id: 'oor-0001', facilityId: DEMO_IDS.basicFacility, residence: '大阪府大阪市', reason: '出産のための里帰り', status: 'accepted', appliedOn: addDays(day, -20), decidedOn: addDays(day, -18) },
    { id: 'oor-0002', facilityId: DEMO_IDS.basicFacility, residence: '北海道札幌市', reason: '単身赴任', status: 'applied', appliedOn: addDays(day, -2) },
    { id: 'oor-0003', facilityId: DEMO_IDS.satelliteFacility, residence: '神奈川県横浜市', reason: '基礎疾患の主治医の下での接種', status: 'withdrawn', appliedOn: addDays(day, -15), decidedOn: addDays(day, -9) },
    { id: 'oor-0004', facilityId: DEMO_IDS.otherBasicFacility, residence: '埼玉県さいたま市', reason: '長期入院', status: 'accepted', appliedOn: addDays(day, -12), decidedOn: addDays(day, -11) },
  ];
  for (const application of applications) await insertIfAbsent(ctx.store.outOfResidence, application);
  await insertIfAbsent(ctx.store.organisations, { id: OUT_OF_RESIDENCE_MARKER, kind: 'support', name: 'seed marker' });
}

async function seedBase(ctx: CoreContext): Promise<void> {
  const s = ctx.store;
  const day = today(ctx);
  const organisations: OrganisationDoc[] = [
    { id: DEMO_IDS.prefecture, kind: 'prefecture', name: '東京都' },
    { id: DEMO_IDS.municipality, kind: 'municipality', name: '千代田区', parentId: DEMO_IDS.prefecture },
    { id: DEMO_IDS.otherMunicipality, kind: 'municipality', name: '中央区', parentId: DEMO_IDS.prefecture },
    { id: DEMO_IDS.maker, kind: 'maker', name: 'ワクチン物流株式会社' },
    { id: DEMO_IDS.support, kind: 'support', name: 'V-SYSサポートデスク' },
  ];
  for (const o of organisations) await insertIfAbsent(s.organisations, o);
  for (const v of [
    { id: 'pfizer', code: 'pfizer', name: 'ファイザー社ワクチン', dosesPerVial: 6 },
    { id: 'moderna', code: 'moderna', name: '武田/モデルナ社ワクチン', dosesPerVial: 10 },
  ]) await insertIfAbsent(s.vaccines, v);
  const facilities = [
    facility(DEMO_IDS.basicFacility, '千代田区A病院', DEMO_IDS.municipality, 'basic', '1310000001', ['pfizer', 'moderna'], 'hospital'),
    facility(DEMO_IDS.satelliteFacility, '千代田区Bクリニック', DEMO_IDS.municipality, 'satellite', '1310000002', ['pfizer'], 'clinic'),
    facility(DEMO_IDS.otherBasicFacility, '中央区C病院', DEMO_IDS.otherMunicipality, 'basic', '1310000003', ['pfizer', 'moderna'], 'hospital'),
    facility(DEMO_IDS.otherSatelliteFacility, '中央区Dクリニック', DEMO_IDS.otherMunicipality, 'satellite', '1310000004', ['pfizer'], null),
  ];
  for (const f of facilities) await insertIfAbsent(s.facilities, f);

  await insertIfAbsent(s.cools, { id: DEMO_IDS.closedCool, name: '第5クール', vaccineCode: 'pfizer', registrationStart: addDays(day, -40), registrationEnd: addDays(day, -30), lockedPrefectureIds: [DEMO_IDS.prefecture] });
  await insertIfAbsent(s.cools, { id: DEMO_IDS.openCool, name: '第6クール', vaccineCode: 'pfizer', registrationStart: addDays(day, -3), registrationEnd: addDays(day, 14), lockedPrefectureIds: [] });
  for (const [facilityId, vials, deliveryDate] of [[DEMO_IDS.basicFacility, 20, addDays(day, -25)], [DEMO_IDS.otherBasicFacility, 15, undefined]] as const) {
    const id = `${facilityId}:${DEMO_IDS.closedCool}`;
    await insertIfAbsent(s.demands, { id, facilityId, coolId: DEMO_IDS.closedCool, prefectureId: DEMO_IDS.prefecture, vials, registeredAt: `${addDays(day, -35)}T01:00:00.000Z`, registeredBy: 'demo-facility' });
    await insertIfAbsent(s.allocations, { id, facilityId, coolId: DEMO_IDS.closedCool, prefectureId: DEMO_IDS.prefecture, vials, ...(deliveryDate ? { deliveryDate } : {}) });
  }

  const lots = [
    { id: 'FA1234', vaccineCode: 'pfizer', expiryDate: addDays(day, 90) },
    { id: 'FB5678', vaccineCode: 'pfizer', expiryDate: addDays(day, 120) },
    { id: 'MD0001', vaccineCode: 'moderna', expiryDate: addDays(day, 60) },
  ];
  for (const lot of lots) await insertIfAbsent(s.lots, lot);
  const stock = (facilityId: string, lotNumber: string, vials: number, receivedVials: number) => {
    const lot = lots.find((l) => l.id === lotNumber)!;
    return insertIfAbsent(s.stock, { id: `${facilityId}:${lotNumber}`, facilityId, lotNumber, vaccineCode: lot.vaccineCode, expiryDate: lot.expiryDate, vials, receivedVials });
  };
  await stock(DEMO_IDS.basicFacility, 'FA1234', 26, 30);
  await stock(DEMO_IDS.basicFacility, 'FB5678', 10, 10);
  await stock(DEMO_IDS.basicFacility, 'MD0001', 5, 5);
  await stock(DEMO_IDS.otherBasicFacility, 'FA1234', 20, 20);
  await stock(DEMO_IDS.satelliteFacility, 'FA1234', 4, 4);
  // A traceable 移送・融通 from A病院 to Bクリニック, already received.
  const transferDate = addDays(day, -10);
  await insertIfAbsent(s.transfers, { id: 'transfer-demo-1', fromFacilityId: DEMO_IDS.basicFacility, toFacilityId: DEMO_IDS.satelliteFacility, date: transferDate, lotNumber: 'FA1234', vials: 4, vaccineCode: 'pfizer', receivedVials: 4, registeredAt: `${transferDate}T02:00:00.000Z` });
  await insertIfAbsent(s.receipts, { id: 'receipt-demo-1', facilityId: DEMO_IDS.satelliteFacility, fromFacilityId: DEMO_IDS.basicFacility, date: transferDate, lotNumber: 'FA1234', vials: 4, vaccineCode: 'pfizer', transferId: 'transfer-demo-1', registeredAt: `${transferDate}T05:00:00.000Z` });
  // 接種実績 in the previous month, so a claim can be prepared.
  const previousMonth = addMonths(monthOf(day), -1);
  // 1回目 by priority group (R208/R308 show the breakdown).
  const groups = (elderly: number, healthcareWorkers: number, underlyingConditions: number) => ({ other: 0, healthcareWorkers, underlyingConditions, elderly, elderlyCareWorkers: 0 });
  for (const [date, cumulativeCount, breakdown] of [[`${previousMonth}-05`, 30, groups(25, 5, 0)], [`${previousMonth}-20`, 75, groups(60, 10, 5)]] as const) {
    await insertIfAbsent(s.vaccinations, {
      id: `${DEMO_IDS.basicFacility}:pfizer:${date}`, facilityId: DEMO_IDS.basicFacility, vaccineCode: 'pfizer', date, dose: 1, cumulativeCount, groups: breakdown, registeredAt: `${date}T09:00:00.000Z`,
    });
  }

  const topics = ['クールの希望量登録期間について', '分配量の確認方法', '納入予定日の確認について', '移送・融通の登録について', '接種実績の登録のお願い',
    '請求総括書の提出期限（毎月10日）', '医療機関情報の変更申請について', '基本型⇔サテライト型の変更について', '予約受付支援機能の追加', '新旧保険医療機関コードの登録',
    'お知らせのバックナンバー表示機能', '土日祝日の連絡担当者の設定'];
  for (const [i, title] of topics.entries()) {
    await insertIfAbsent(s.notices, { id: `notice-${String(i + 1).padStart(3, '0')}`, title, body: `${title}に関するお知らせです。詳しくはマニュアルをご確認ください。`, publishedOn: addDays(day, -(topics.length - i) * 5) });
  }
  await insertIfAbsent(s.organisations, { id: SEED_MARKER, kind: 'support', name: 'seed marker' });
}
