/**
 * Transcript tests of 希望量, 分配量・納入予定日, 融通受入, 接種実績 and 廃棄 against the reference core
 * over HTTP (移送・融通 has its own file). Each test reads back through the API what it registered.
 */
import type { Dialog } from 'botbuilder-dialogs';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { AllocationDialog } from '../../../../dialogs/operations/cool/allocationDialog';
import { DemandDialog } from '../../../../dialogs/operations/cool/demandDialog';
import { DisposalDialog } from '../../../../dialogs/operations/cool/disposalDialog';
import { ReceiptDialog } from '../../../../dialogs/operations/cool/receiptDialog';
import { VaccinationDialog } from '../../../../dialogs/operations/cool/vaccinationDialog';
import { describeOpenTasks } from '../../../../dialogs/operations/cool/openTasks';
import type { OperationDependencies } from '../../../../dialogs/operations/shared/operationDialog';
import { clinicD, prefecture } from '../../../core-system/users';
import { chiyoda, clinicB, Conversation, coreForEachTest, DEMO_IDS, hospitalA, TODAY } from './coolHarness';

const suite = coreForEachTest();

function start(make: (deps: OperationDependencies) => Dialog, user: UserIdentity, utterance = ''): Conversation {
  const conversation = new Conversation(() => make(suite.core), user, utterance);
  return suite.open(conversation);
}

async function vialsOf(user: UserIdentity, facilityId: string, lot: string): Promise<number> {
  return (await suite.core.core.getStock(user, facilityId)).lots.find((l) => l.lotNumber === lot)?.vials ?? 0;
}

describe('希望量の登録', () => {
  it('registers the 希望量 of the open cool from one sentence; the core holds exactly that', async () => {
    const c = start((d) => new DemandDialog(d), hospitalA, '希望量を三十バイアルで登録したい');
    await c.transcript([
      { says: '希望量を三十バイアルで登録したい', shows: ['第6クールの希望量を登録します', '2024年6月29日', '30バイアル', '[登録する]'] },
      { says: '登録する', shows: ['希望量の登録が完了しました', '30バイアル'] },
    ]);
    expect(await suite.core.core.getDemand(hospitalA, DEMO_IDS.basicFacility, DEMO_IDS.openCool)).toMatchObject({ vials: 30, registeredBy: hospitalA.id });
  });

  it('asks for the amount, re-prompts bad numbers, and a 市町村 user enters it on the facility\'s behalf', async () => {
    const c = start((d) => new DemandDialog(d), chiyoda, '希望量の入力');
    await c.transcript([
      { says: '希望量の入力', shows: ['どちらの医療機関の代理として', '[千代田区A病院]'], hides: ['[千代田区Bクリニック]'] },
      { says: 'A病院', shows: ['千代田区A病院の代理として入力します', '希望量は何バイアルですか'] },
      { says: 'マイナス5', shows: ['マイナスの数は入力できません'] },
      { says: '１２本', shows: ['千代田区A病院の代理として', '12バイアル'] },
      { says: '登録する', shows: ['完了しました', '千代田区A病院（代理入力）'] },
    ]);
    expect((await suite.core.core.getDemand(chiyoda, DEMO_IDS.basicFacility, DEMO_IDS.openCool))?.vials).toBe(12);
  });

  it('outside the registration period it says so and registers nothing', async () => {
    suite.core.running.clock.set('2024-07-10');
    const c = start((d) => new DemandDialog({ core: d.core, now: () => new Date('2024-07-10T03:00:00Z') }), hospitalA, '希望量を登録したい');
    await c.transcript([{ says: '希望量を登録したい', shows: ['希望量の登録期間中のクールはありません'] }]);
    expect(c.ended).toBe(true);
    expect(await suite.core.core.getDemand(hospitalA, DEMO_IDS.basicFacility, DEMO_IDS.openCool)).toBeUndefined();
  });

  it('is explained, not offered, to a サテライト型 facility', async () => {
    const c = start((d) => new DemandDialog(d), clinicB, '希望量を登録したい');
    await c.transcript([{ says: '希望量を登録したい', shows: ['希望量の登録はこのアシスタントから行えません'] }]);
  });
});

describe('分配量・納入予定日の確認', () => {
  it('shows the 分配量 and 納入予定日 of the latest locked cool', async () => {
    const c = start((d) => new AllocationDialog(d), hospitalA, '分配量を確認したい');
    await c.transcript([{ says: '分配量を確認したい', shows: ['第5クールの分配量・納入予定日', '20バイアル', '2024年5月21日'], hides: ['[登録する]'] }]);
    expect(c.result?.outcome).toBe('completed');
  });

  it('refuses roles that are not offered it', async () => {
    const c = start((d) => new AllocationDialog(d), prefecture, '分配量を確認したい');
    await c.transcript([{ says: '分配量を確認したい', shows: ['このアシスタントから行えません'] }]);
  });
});

describe('融通受入の登録', () => {
  beforeEach(async () => {
    await suite.core.core.registerTransfer(hospitalA, { fromFacilityId: DEMO_IDS.basicFacility, toFacilityId: DEMO_IDS.satelliteFacility, date: '2024-06-14', lotNumber: 'FA1234', vials: 2 }, 'setup-transfer');
  });

  it('fills sender, date, lot and vials from one sentence and adds the vials to the stock', async () => {
    const c = start((d) => new ReceiptDialog(d), clinicB, '千代田区A病院から昨日FA1234を2バイアル受け取りました');
    await c.transcript([
      { says: '千代田区A病院から昨日FA1234を2バイアル受け取りました', shows: ['千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'] },
      { says: '登録する', shows: ['融通受入の登録が完了しました'] },
    ]);
    expect(await vialsOf(clinicB, DEMO_IDS.satelliteFacility, 'FA1234')).toBe(6);
  });

  it('a mismatch with the sender\'s record is explained; 修正 of one value then registers once', async () => {
    const c = start((d) => new ReceiptDialog(d), clinicB, '融通を受けた');
    await c.transcript([
      { says: '融通を受けた', shows: ['移送元（融通してくれた）の医療機関はどちらですか', '[千代田区A病院]'] },
      { says: 'Bクリニック', shows: ['ご自身の医療機関は指定できません'] },
      { says: 'A病院', shows: ['受入日はいつですか'] },
      { says: '昨日', shows: ['ロット番号を入力してください'] },
      { says: 'fa-1234', shows: ['何バイアルですか'] },
      { says: '5', shows: ['5バイアル'] },
      { says: '登録する', shows: ['該当する移送・融通の記録が見つかりません', '[再試行]', '[修正]'] },
      { says: '修正', shows: ['[登録する]'] },
      { says: 'バイアル数を修正', shows: ['何バイアルですか'] },
      { says: '2', shows: ['2バイアル'] },
      { says: '登録する', shows: ['完了しました'] },
    ]);
    expect(await vialsOf(clinicB, DEMO_IDS.satelliteFacility, 'FA1234')).toBe(6);
  });

  it('is the facility\'s own task: a 市町村 user is told so', async () => {
    const c = start((d) => new ReceiptDialog(d), chiyoda, '融通を受けた');
    await c.transcript([{ says: '融通を受けた', shows: ['融通受入の登録はこのアシスタントから行えません'] }]);
  });
});

describe('接種実績の登録', () => {
  const none = { other: 0, healthcareWorkers: 0, underlyingConditions: 0, elderly: 0, elderlyCareWorkers: 0 };

  it('one sentence with the dose and a total: the last breakdown is kept, the rest counts as その他, registered as confirmed', async () => {
    const c = start((d) => new VaccinationDialog(d), hospitalA, '昨日のファイザーの1回目の接種実績、累計120人');
    await c.transcript([
      {
        says: '昨日のファイザーの1回目の接種実績、累計120人',
        shows: ['累計', '訂正', '2024年6月14日', 'ファイザー社ワクチン', '接種回数：1回目', '120人（その他45人、医療従事者10人、基礎疾患保有者5人、高齢者60人）', '前回の登録：2024年5月20日時点の累計75人', '残りの人数を「その他」'],
      },
      { says: '登録する', shows: ['接種実績の登録が完了しました', '前回からの増加：45人'] },
    ]);
    expect(await suite.core.core.lastVaccinationRecord(hospitalA, DEMO_IDS.basicFacility, 'pfizer')).toMatchObject({
      date: '2024-06-14', dose: 1, cumulativeCount: 120, dailyCount: 45, groups: { ...none, other: 45, healthcareWorkers: 10, underlyingConditions: 5, elderly: 60 },
    });
  });

  it('asks step by step (dose as buttons); a lower total needs the breakdown, and a lower figure is flagged as a correction', async () => {
    const c = start((d) => new VaccinationDialog(d), hospitalA, '接種実績を登録したい');
    await c.transcript([
      { says: '接種実績を登録したい', shows: ['接種日はいつですか'] },
      { says: '来週の月曜日', shows: ['未来の日付は登録できません'] },
      { says: '今日', shows: ['どのワクチン', '[ファイザー社ワクチン]', '[武田/モデルナ社ワクチン]'] },
      { says: 'アストラゼネカ', shows: ['そのワクチンは取り扱いがありません'] },
      { says: 'ファイザー', shows: ['何回目の接種', '[1回目]', '[2回目]'] },
      { says: '3回目', shows: ['「1回目」か「2回目」で答えてください'] },
      { says: '1回目', shows: ['2024年5月20日時点の累計は75人（医療従事者10人、基礎疾患保有者5人、高齢者60人）', '高齢者30人、医療従事者5人'] },
      { says: '3.5', shows: ['整数'] },
      { says: '70', shows: ['合計（75人）より少ない人数です', '区分ごとに入力してください', '1回目の接種人数を'] },
      { says: '高齢者55人', shows: ['70人（医療従事者10人、基礎疾患保有者5人、高齢者55人）', '入力のなかった区分は前回の累計のまま', '前回の累計（75人）より少ない数です', '[登録する]'] },
      { says: '登録する', shows: ['完了しました'] },
    ]);
    expect(await suite.core.core.lastVaccinationRecord(hospitalA, DEMO_IDS.basicFacility, 'pfizer')).toMatchObject({ date: TODAY, cumulativeCount: 70, groups: { ...none, elderly: 55, healthcareWorkers: 10, underlyingConditions: 5 } });
  });

  it('the 2回目 by group in one sentence is kept apart from the 1回目 and reaches R308 by dose and group', async () => {
    const c = start((d) => new VaccinationDialog(d), chiyoda, '千代田区A病院の今日の2回目、高齢者30人、医療従事者5人');
    await c.transcript([
      { says: '千代田区A病院の今日の2回目、高齢者30人、医療従事者5人', shows: ['千代田区A病院の代理として', 'どのワクチン'] },
      { says: 'ファイザー', shows: ['接種回数：2回目', '35人（医療従事者5人、高齢者30人）', '千代田区A病院（代理入力）'], hides: ['前回の登録'] },
      { says: '修正', shows: ['[接種回数]'] },
      { says: '接種回数', shows: ['何回目'] },
      // As the 1回目, the groups not named keep their last figures (基礎疾患保有者5人).
      { says: '1回目', shows: ['40人（医療従事者5人、基礎疾患保有者5人、高齢者30人）', '入力のなかった区分は前回の累計のまま登録します（基礎疾患保有者5人）'] },
      { says: '修正', shows: ['[接種回数]'] },
      { says: '接種回数', shows: ['何回目'] },
      { says: '2', shows: ['35人（医療従事者5人、高齢者30人）'] },
      { says: '登録する', shows: ['完了しました', '2回目'] },
    ]);
    expect(await suite.core.core.lastVaccinationRecord(chiyoda, DEMO_IDS.basicFacility, 'pfizer', 2)).toMatchObject({ dose: 2, cumulativeCount: 35, groups: { ...none, elderly: 30, healthcareWorkers: 5 } });
    expect((await suite.core.core.lastVaccinationRecord(chiyoda, DEMO_IDS.basicFacility, 'pfizer', 1))?.cumulativeCount).toBe(75);
    const r308 = await suite.core.core.getReport(chiyoda, 'R308');
    expect(r308.rows.find((row) => row.facilityName === '千代田区A病院' && row.vaccineCode === 'pfizer')).toMatchObject({ dose1Subtotal: 75, dose2Elderly: 30, dose2HealthcareWorkers: 5, dose2Subtotal: 35, total: 110 });
  });

  it('the core\'s refusal (vaccine never received) is shown in plain Japanese with the values kept', async () => {
    const c = start((d) => new VaccinationDialog(d), clinicD, '今日の1回目の接種実績 累計10人');
    await c.transcript([
      { says: '今日の1回目の接種実績 累計10人', shows: ['10人'] },
      { says: '登録する', shows: ['このワクチンを受け取った記録がないため', '[再試行]'] },
      { says: 'あとで', shows: ['入力内容を保存しました'] },
    ]);
    expect(await suite.core.core.lastVaccinationRecord(clinicD, DEMO_IDS.otherSatelliteFacility, 'pfizer')).toBeUndefined();
  });
});


describe('廃棄量の登録', () => {
  it('a 市町村 user chooses the facility, the confirmation says on whose behalf, and the stock goes down', async () => {
    const c = start((d) => new DisposalDialog(d), chiyoda, '昨日FB5678を1本廃棄しました');
    await c.transcript([
      { says: '昨日FB5678を1本廃棄しました', shows: ['どちらの医療機関の代理として', '[千代田区A病院]', '[千代田区Bクリニック]'] },
      { says: '千代田区A病院', shows: ['千代田区A病院の代理として入力します', '廃棄の理由'] },
      { says: '期限切れ', shows: ['千代田区A病院の代理として', '2024年6月14日', 'FB5678', '1バイアル', '期限切れ'] },
      { says: '登録する', shows: ['廃棄量の登録が完了しました'] },
    ]);
    expect(await vialsOf(hospitalA, DEMO_IDS.basicFacility, 'FB5678')).toBe(9);
  });

  it('re-prompts a lot not in stock and more vials than the lot holds; キャンセル leaves the stock as it was', async () => {
    const c = start((d) => new DisposalDialog(d), hospitalA, '廃棄の登録');
    await c.transcript([
      { says: '廃棄の登録', shows: ['廃棄日はいつですか'] },
      { says: '3日前', shows: ['ロット番号'] },
      { says: 'MD0002', shows: ['在庫にありません'] },
      { says: 'MD0001', shows: ['在庫は5バイアル'] },
      { says: '6本', shows: ['ロット番号「MD0001」の在庫は5バイアルです'] },
      { says: 'やめる', shows: ['中止しますか'] },
      { says: 'はい' },
    ]);
    expect(c.result?.outcome).toBe('cancelled');
    expect(await vialsOf(hospitalA, DEMO_IDS.basicFacility, 'MD0001')).toBe(5);
  });
});

describe('describeOpenTasks (welcome)', () => {
  it('mentions the unregistered 希望量 with its deadline, then the registered amount', async () => {
    expect(await describeOpenTasks(suite.core.core, hospitalA, TODAY)).toEqual(['今クール（第6クール）の希望量が未登録です。締切は2024年6月29日です。']);
    await suite.core.core.registerDemand(hospitalA, { facilityId: DEMO_IDS.basicFacility, coolId: DEMO_IDS.openCool, vials: 8 }, 'open-tasks');
    expect((await describeOpenTasks(suite.core.core, hospitalA, TODAY))[0]).toContain('8バイアルで登録済み');
  });
  it('says nothing to サテライト型 facilities or other roles', async () => {
    expect(await describeOpenTasks(suite.core.core, clinicB, TODAY)).toEqual([]);
    expect(await describeOpenTasks(suite.core.core, chiyoda, TODAY)).toEqual([]);
  });
});
