import { FacilityInfoDialog } from '../../../../dialogs/operations/facility/facilityInfoDialog';
import { ReservationListDialog } from '../../../../dialogs/operations/facility/reservationListDialog';
import { ReservationStatusDialog } from '../../../../dialogs/operations/facility/reservationStatusDialog';
import { ReservationSupportDialog } from '../../../../dialogs/operations/facility/reservationSupportDialog';
import { chiyoda, Conversation, DEMO_IDS, hospitalA, startCore, type CoreUnderTest } from './facilityDialogHarness';

describe('reservation dialogs (受付状況, 代行入力フラグ「要」, 予約受付支援, 予約者一覧) against the reference core', () => {
  let core: CoreUnderTest;
  beforeEach(async () => {
    core = await startCore();
  });
  afterEach(() => core.close());

  it('updates 接種予約受付状況 from the first sentence, with a note for コロナワクチンナビ', async () => {
    const talk = new Conversation(new ReservationStatusDialog(core), hospitalA, '予約が満枠になった');
    await talk.transcript([
      { says: '予約が満枠になった', shows: ['お知らせ', '[なし]'] },
      { says: '7月分は満枠です', shows: ['受付状況：受付終了（満枠）', 'お知らせ：7月分は満枠です'] },
      { says: '登録する', shows: ['接種予約受付状況を更新しました', 'コロナワクチンナビに反映'] },
    ]);
    const facility = await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility);
    expect([facility.reservationStatus, facility.reservationNote]).toEqual(['full', '7月分は満枠です']);
  });

  it('asks the state when the sentence names none, and 受付停止中 is not read as 受付中', async () => {
    const talk = new Conversation(new ReservationStatusDialog(core), hospitalA, '予約受付状況を更新したい');
    await talk.transcript([
      { says: '予約受付状況を更新したい', shows: ['現在：受付中', '[受付停止中]'] },
      { says: 'よくわからない', shows: ['ボタンから選んでください'] },
      { says: '受付停止中', shows: ['お知らせ'] },
      { says: 'なし', shows: ['受付状況：受付停止中', 'お知らせ：なし'] },
      { says: '登録する', shows: ['更新しました'] },
    ]);
    expect((await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).reservationStatus).toBe('not-accepting');
  });

  it('予約受付支援: explains the flag first, then the pending flag, and after approval sets the capacity; 予約者一覧 shows the reservations', async () => {
    const before = new Conversation(new ReservationSupportDialog(core), hospitalA, '予約受付支援の設定');
    await before.transcript([{ says: '予約受付支援の設定', shows: ['代行入力フラグを「要」にする必要があります', '市町村にご相談'] }]);
    expect(before.ended).toBe(true);

    const emptyList = new Conversation(new ReservationListDialog(core), hospitalA, '予約者一覧を見たい');
    await emptyList.transcript([{ says: '予約者一覧を見たい', shows: ['代行入力フラグが「要」になっていない'] }]);

    const flag = new Conversation(new FacilityInfoDialog(core), hospitalA, '代行入力フラグを要にしたい');
    await flag.transcript([
      { says: '代行入力フラグを要にしたい', shows: ['代行入力フラグ', '変更後の値：要', '市町村の承認後に反映'] },
      { says: '登録する', shows: ['変更を申請しました', '代行入力フラグの変更'] },
    ]);

    const waiting = new Conversation(new ReservationSupportDialog(core), hospitalA, '予約受付支援の設定');
    await waiting.transcript([{ says: '予約受付支援の設定', shows: ['承認待ちです（2024年6月15日 12:00に申請）'] }]);

    const [application] = await core.core.listApplications(chiyoda, { status: 'pending' });
    await core.core.approveApplication(chiyoda, application.id, 'approve-flag');

    const setup = new Conversation(new ReservationSupportDialog(core), hospitalA, '予約受付支援の設定');
    await setup.transcript([
      { says: '予約受付支援の設定', shows: ['1時間あたり何人まで'] },
      { says: '-5人', shows: ['マイナスの数は入力できません'] },
      { says: '10人', shows: ['開始時刻'] },
      { says: '9時半', shows: ['1時間単位'] },
      { says: '14時', shows: ['終了時刻'] },
      { says: '午前9時', shows: ['終了時刻は開始時刻（14:00）より後にしてください', '終了時刻'] },
      { says: '17:00', shows: ['連絡事項'] },
      { says: 'なし', shows: ['1時間あたりの受付人数：10人', '受付開始：14:00', '受付終了：17:00'] },
      { says: '登録する', shows: ['予約受付支援の設定を登録しました'] },
    ]);
    expect(await core.core.getReservationSupport(hospitalA, DEMO_IDS.basicFacility)).toMatchObject({ hourlyCapacity: 10, startTime: '14:00', endTime: '17:00' });

    // The municipality takes two reservations; the facility sees them in chat.
    await core.core.registerReservation(chiyoda, { facilityId: DEMO_IDS.basicFacility, name: '予約 一子', phone: '090-0000-0001', date: '2024-06-20', time: '15:00' }, 'r1');
    await core.core.registerReservation(chiyoda, { facilityId: DEMO_IDS.basicFacility, name: '予約 二子', phone: '090-0000-0002', date: '2024-06-20', time: '14:00' }, 'r2');
    const list = new Conversation(new ReservationListDialog(core), hospitalA, '予約者一覧を見たい');
    const reply = await list.say('予約者一覧を見たい');
    expect(reply).toContain('予約者一覧（R305）：千代田区A病院（2件）');
    expect(reply.indexOf('2024年6月20日 14:00：予約 二子（090-0000-0002）')).toBeLessThan(reply.indexOf('2024年6月20日 15:00：予約 一子'));
    expect(list.ended).toBe(true);
  });
});
