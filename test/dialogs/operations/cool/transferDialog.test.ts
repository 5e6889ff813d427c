import { ReceiptDialog } from '../../../../dialogs/operations/cool/receiptDialog';
import { TransferDialog } from '../../../../dialogs/operations/cool/transferDialog';
import type { ParkingResult } from '../../../../dialogs/parkedOperations';
import { clinicD } from '../../../core-system/users';
import { chiyoda, clinicB, Conversation, coreForEachTest, DEMO_IDS, hospitalA, type Row } from './coolHarness';
import { StoredConversation } from './storedConversation';

const suite = coreForEachTest();

function start(user = hospitalA, utterance = ''): Conversation {
  const conversation = new Conversation(() => new TransferDialog(suite.core), user, utterance);
  return suite.open(conversation);
}

async function lotVials(facilityId: string, lot: string): Promise<number> {
  const stock = await suite.core.core.getStock(hospitalA.role === 'facility' && facilityId === DEMO_IDS.basicFacility ? hospitalA : clinicB, facilityId);
  return stock.lots.find((l) => l.lotNumber === lot)?.vials ?? 0;
}

describe('移送・融通の登録', () => {
  it('fills date, lot, vials and receiver from one sentence, confirms and registers exactly what was confirmed', async () => {
    const conversation = start(hospitalA, '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました');
    await conversation.transcript([
      { says: '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました', shows: ['2024年6月14日', 'FA1234', '3バイアル', '千代田区Bクリニック', '[登録する]', '[修正]'] },
      { says: '登録する', shows: ['移送・融通の登録が完了しました', '融通受入の登録'] },
    ]);
    expect(conversation.result?.outcome).toBe('completed');
    expect(await lotVials(DEMO_IDS.basicFacility, 'FA1234')).toBe(23);
    // Read back: the receiver can register the receipt only if the transfer reached the core as confirmed.
    const receipt = await suite.core.core.registerReceipt(clinicB, { facilityId: DEMO_IDS.satelliteFacility, fromFacilityId: DEMO_IDS.basicFacility, date: '2024-06-14', lotNumber: 'FA1234', vials: 3 }, 'readback-1');
    expect(receipt).toMatchObject({ lotNumber: 'FA1234', vials: 3, date: '2024-06-14', vaccineCode: 'pfizer' });
  });

  const stepByStep: Row[] = [
    { says: '移送を登録したい', shows: ['移送日はいつですか', '[今日]', '[昨日]'] },
    { says: '明日', shows: ['未来の日付は登録できません', '移送日はいつですか'] },
    { says: 'おととい', shows: ['ロット番号', 'FA1234（在庫26バイアル）', 'FB5678（在庫10バイアル）'] },
    { says: 'ZZ999', shows: ['ロット番号「ZZ999」は在庫にありません', 'FA1234'] },
    { says: 'わかりません', shows: ['ロット番号を読み取れませんでした'] },
    { says: 'ｆｂ５６７８', shows: ['何バイアルですか', '在庫は10バイアル'] },
    { says: 'マイナス3', shows: ['マイナスの数は入力できません'] },
    { says: '2.5本', shows: ['整数'] },
    { says: '0', shows: ['1以上'] },
    { says: '11本', shows: ['在庫は10バイアルです'] },
    { says: '十本', shows: ['移送先の医療機関はどちらですか', '[千代田区Bクリニック]'] },
    { says: '北町病院', shows: ['「北町病院」に当てはまる医療機関が見つかりませんでした'] },
    { says: 'Bクリニック', shows: ['2024年6月13日', 'FB5678', '10バイアル', '千代田区Bクリニック'] },
    { says: 'はいはい', shows: ['「登録する」「修正」「キャンセル」'] },
  ];

  it('asks step by step and re-prompts every invalid answer saying what is wrong', async () => {
    const conversation = start();
    await conversation.transcript([...stepByStep, { says: '登録する', shows: ['完了しました'] }]);
    expect(await lotVials(DEMO_IDS.basicFacility, 'FB5678')).toBe(0);
  });

  it('修正 changes one value and keeps the others', async () => {
    const conversation = start(hospitalA, '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました');
    await conversation.transcript([
      { says: '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました', shows: ['3バイアル'] },
      { says: '修正', shows: ['どの項目を修正しますか', '[バイアル数]', '[移送日]'] },
      { says: 'バイアル数', shows: ['バイアル数を修正します（現在の値：3バイアル）', '何バイアルですか'] },
      { says: '5', shows: ['2024年6月14日', 'FA1234', '5バイアル', '千代田区Bクリニック'], hides: ['3バイアル'] },
      { says: '日付を修正', shows: ['移送日はいつですか'] },
      { says: '一昨日', shows: ['2024年6月13日', '5バイアル'] },
      { says: '登録する', shows: ['完了しました', '5バイアル'] },
    ]);
    expect(await lotVials(DEMO_IDS.basicFacility, 'FA1234')).toBe(21);
  });

  it('キャンセル mid-way leaves nothing registered', async () => {
    const conversation = start(hospitalA, 'FA1234を4本移送');
    await conversation.transcript([
      { says: 'FA1234を4本移送', shows: ['移送日はいつですか'] },
      { says: 'キャンセル', shows: ['中止しますか'] },
      { says: 'はい' },
    ]);
    expect(conversation.result?.outcome).toBe('cancelled');
    expect(await lotVials(DEMO_IDS.basicFacility, 'FA1234')).toBe(26);
  });

  it('a failed call keeps the values; あとで hands them back and resuming registers exactly once (same idempotency key)', async () => {
    const conversation = start(hospitalA, '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました');
    await conversation.say('昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました');
    suite.core.proxy.faults.push('500-after');
    await conversation.transcript([{ says: '登録する', shows: ['V-SYSに接続できなかった', '[再試行]', '[あとで]'], hides: ['完了しました'] }]);
    await conversation.transcript([{ says: 'あとで', shows: ['入力内容を保存しました', '再開'] }]);
    // The operation has ended (questions can be asked in between); its state comes back in the result.
    expect(conversation.ended).toBe(true);
    const parked = (conversation.result as ParkingResult | undefined)?.parked;
    expect(parked).toMatchObject({ operationId: TransferDialog.id, menuLabel: '移送・融通の登録' });
    // Begun again with that state (as MainDialog does on 「再開」), on a fresh store: the confirmation
    // with the same values, and the first registration (which did reach the core) is not filed again.
    const resumed = new StoredConversation(() => new TransferDialog(suite.core), hospitalA, parked!.options);
    try {
      await resumed.run([
        { says: '再開', shows: ['2024年6月14日', 'FA1234', '3バイアル', '千代田区Bクリニック', '[登録する]'] },
        { says: '登録する', shows: ['完了しました', '3バイアル'] },
      ]);
    } finally {
      await resumed.close();
    }
    expect(await lotVials(DEMO_IDS.basicFacility, 'FA1234')).toBe(23);
  });

  it('修正 back to content that already reached the core replays it instead of filing it twice', async () => {
    const conversation = start(hospitalA, '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました');
    await conversation.say('昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました');
    suite.core.proxy.faults.push('500-after'); // registered by the core, the answer lost on the way back
    await conversation.transcript([
      { says: '登録する', shows: ['V-SYSに接続できなかった'] },
      { says: '修正', shows: ['[登録する]'] },
      { says: 'バイアル数を修正', shows: ['何バイアルですか'] },
      { says: '3', shows: ['3バイアル', '[登録する]'] },
      { says: '登録する', shows: ['完了しました'] },
    ]);
    expect(await lotVials(DEMO_IDS.basicFacility, 'FA1234')).toBe(23);
  });

  it('resumes after a restart between two steps', async () => {
    const conversation = start(hospitalA, '昨日FA1234を移送しました');
    await conversation.transcript([{ says: '昨日FA1234を移送しました', shows: ['何バイアルですか'] }]);
    await conversation.restart();
    await conversation.transcript([
      { says: '2バイアル', shows: ['移送先の医療機関はどちらですか'] },
      { says: '千代田区Bクリニック', shows: ['2024年6月14日', 'FA1234', '2バイアル'] },
      { says: '登録する', shows: ['完了しました'] },
    ]);
    expect(await lotVials(DEMO_IDS.basicFacility, 'FA1234')).toBe(24);
  });

  it('explains refusals: サテライト型 and 市町村 users cannot register a 移送・融通', async () => {
    const satellite = start(clinicB, '移送を登録したい');
    await satellite.transcript([{ says: '移送を登録したい', shows: ['移送・融通の登録はこのアシスタントから行えません'] }]);
    expect(satellite.ended).toBe(true);
    const municipality = start(chiyoda, '移送を登録したい');
    await municipality.transcript([{ says: '移送を登録したい', shows: ['移送・融通の登録はこのアシスタントから行えません'] }]);
  });

  it('融通 across municipalities of the prefecture: A病院 (千代田区) sends to 中央区Dクリニック, which registers the receipt', async () => {
    const sender = start(hospitalA, '移送を登録したい');
    await sender.transcript([
      { says: '移送を登録したい', shows: ['移送日はいつですか'] },
      { says: '昨日', shows: ['ロット番号'] },
      { says: 'FA1234', shows: ['何バイアルですか'] },
      // Own municipality first, then the rest of the prefecture.
      { says: '2', shows: ['移送先の医療機関はどちらですか', '[千代田区Bクリニック]', '[中央区C病院]', '[中央区Dクリニック]'] },
      { says: 'Dクリニック', shows: ['中央区Dクリニック', '2バイアル'] },
      { says: '登録する', shows: ['移送・融通の登録が完了しました', '中央区Dクリニック'] },
    ]);
    const receiver = new Conversation(() => new ReceiptDialog(suite.core), clinicD, '千代田区A病院から融通を受けました');
    suite.open(receiver);
    await receiver.transcript([
      { says: '千代田区A病院から融通を受けました', shows: ['受入日はいつですか'] },
      { says: '昨日', shows: ['ロット番号'] },
      { says: 'FA1234', shows: ['何バイアルですか'] },
      { says: '2本', shows: ['千代田区A病院', 'FA1234', '2バイアル'] },
      { says: '登録する', shows: ['融通受入の登録が完了しました'] },
    ]);
    expect(await lotVials(DEMO_IDS.basicFacility, 'FA1234')).toBe(24);
    expect((await suite.core.core.getStock(clinicD, DEMO_IDS.otherSatelliteFacility)).lots).toEqual([expect.objectContaining({ lotNumber: 'FA1234', vials: 2 })]);
  });
});
