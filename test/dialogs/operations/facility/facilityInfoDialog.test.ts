import { FacilityInfoDialog } from '../../../../dialogs/operations/facility/facilityInfoDialog';
import { clinicD } from '../../../core-system/users';
import { chiyoda, Conversation, DEMO_IDS, hospitalA, startCore, type CoreUnderTest, type Row } from './facilityDialogHarness';

describe('FacilityInfoDialog (医療機関情報の更新) against the reference core', () => {
  let core: CoreUnderTest;
  beforeEach(async () => {
    core = await startCore();
  });
  afterEach(() => core.close());

  const immediateCases: Array<{ name: string; utterance: string; rows: Row[]; field: string; stored: unknown }> = [
    {
      name: 'address without prefecture is refused, then accepted with it',
      utterance: '住所を変更したい',
      rows: [
        { says: '住所を変更したい', shows: ['現在の値：東京都千代田区1-1-1', '都道府県名から'] },
        { says: '千代田区丸の内2-2-2', shows: ['都道府県名が含まれていません', '東京都千代田区'] },
        { says: '東京都千代田区丸の内２－２－２', shows: ['東京都千代田区丸の内2-2-2', '登録する'] },
        { says: '登録する', shows: ['医療機関情報を変更しました', 'すぐに反映'] },
      ],
      field: 'address',
      stored: '東京都千代田区丸の内2-2-2',
    },
    {
      name: 'negative and fractional counts are refused (駐車場台数 from the first sentence)',
      utterance: '駐車場台数をマイナス3台にしたい',
      rows: [
        { says: '駐車場台数をマイナス3台にしたい', shows: ['マイナスの数は入力できません', '駐車場の台数'] },
        { says: '2.5台', shows: ['整数'] },
        { says: '200000台', shows: ['100,000以下'] },
        { says: '０', shows: ['変更後の値：0台'] },
        { says: '登録する', shows: ['変更しました'] },
      ],
      field: 'parkingSpaces',
      stored: 0,
    },
    {
      name: 'malformed phone, then full-width digits folded',
      utterance: '予約電話番号を変えたい',
      rows: [
        { says: '予約電話番号を変えたい', shows: ['予約受付の電話番号'] },
        { says: '1234-5678', shows: ['電話番号の形式が正しくありません'] },
        { says: '０３（５５５５）１２３４', shows: ['03-5555-1234'] },
        { says: '登録する', shows: ['変更しました', '03-5555-1234'] },
      ],
      field: 'reservationPhone',
      stored: '03-5555-1234',
    },
    {
      name: 'URL must be http/https',
      utterance: '予約URLの変更',
      rows: [
        { says: '予約URLの変更', shows: ['予約受付のURL'] },
        { says: 'ftp://example.jp/yoyaku', shows: ['URLの形式が正しくありません'] },
        { says: 'www.example.jp', shows: ['URLの形式が正しくありません'] },
        { says: 'https://example.jp/yoyaku', shows: ['https://example.jp/yoyaku', 'コロナワクチンナビ'] },
        { says: '登録する', shows: ['変更しました'] },
      ],
      field: 'reservationUrl',
      stored: 'https://example.jp/yoyaku',
    },
    {
      name: 'deep freezers: count read, 修正 of the value keeps the item',
      utterance: 'ディープフリーザーの台数を3台に変更',
      rows: [
        { says: 'ディープフリーザーの台数を3台に変更', shows: ['ディープフリーザー台数', '3台', '登録する'] },
        { says: '変更後の値を修正', shows: ['現在の値：3台'] },
        { says: '4台', shows: ['4台'] },
        { says: '登録する', shows: ['変更しました'] },
      ],
      field: 'deepFreezers',
      stored: 4,
    },
    {
      name: '土日祝日の連絡担当者: name and phone pairs',
      utterance: '土日祝日の連絡担当者を登録したい',
      rows: [
        { says: '土日祝日の連絡担当者を登録したい', shows: ['氏名 電話番号'] },
        { says: '山田太郎', shows: ['電話番号の形式が正しくありません'] },
        { says: '山田 太郎 090-1234-5678、佐藤 花子 03-1111-2222', shows: ['山田 太郎（090-1234-5678）、佐藤 花子（03-1111-2222）'] },
        { says: '登録する', shows: ['変更しました'] },
      ],
      field: 'weekendContacts',
      stored: [{ name: '山田 太郎', phone: '090-1234-5678' }, { name: '佐藤 花子', phone: '03-1111-2222' }],
    },
  ];

  it.each(immediateCases)('$name', async ({ utterance, rows, field, stored }) => {
    const talk = new Conversation(new FacilityInfoDialog(core), hospitalA, utterance);
    await talk.transcript(rows);
    expect(talk.result?.outcome).toBe('completed');
    const facility = await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility);
    expect((facility as unknown as Record<string, unknown>)[field]).toEqual(stored);
  });

  it('an approval-needed item becomes an application; a second one is refused saying which and since when', async () => {
    const first = new Conversation(new FacilityInfoDialog(core), hospitalA, '代表者名を変更したい');
    await first.transcript([
      { says: '代表者名を変更したい', shows: ['現在の値：代表 花子'] },
      { says: '新代表 次郎', shows: ['市町村の承認後に反映'] },
      { says: '登録する', shows: ['変更を申請しました', '代表者名の変更', '2024年6月15日'] },
    ]);
    expect((await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).representativeName).toBe('代表 花子');

    const second = new Conversation(new FacilityInfoDialog(core), hospitalA, '一般受入可否を変更したい');
    await second.transcript([
      { says: '一般受入可否を変更したい', shows: ['承認待ちの申請があります（代表者名の変更、2024年6月15日 12:00に申請）', '一般の方'] },
      { says: '否', shows: ['市町村の承認が必要な項目は変更できません', '代表者名の変更', '2024年6月15日 12:00', 'どの項目を変更しますか'] },
      // An immediate item still works while the application waits.
      { says: '駐車場台数', shows: ['変更する項目を選び直したため'] },
      { says: '8台', shows: ['8台'] },
      { says: '登録する', shows: ['変更しました'] },
    ]);
    const facility = await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility);
    expect(facility.parkingSpaces).toBe(8);
    expect(facility.acceptsGeneralPublic).toBe(true);
  });

  it('at first login (no usable delivery address yet) says what to register first', async () => {
    await core.core.updateFacility(hospitalA, DEMO_IDS.basicFacility, { address: '千代田区1-1-1' }, 'old-address');
    const talk = new Conversation(new FacilityInfoDialog(core), hospitalA, '医療機関情報を登録したい');
    await talk.transcript([{ says: '医療機関情報を登録したい', shows: ['初めての方は', '配送先住所', 'どの項目を変更しますか', '[ディープフリーザー台数]'] }]);
  });

  it('a municipality enters on behalf of a facility in its municipality, not of another one', async () => {
    const talk = new Conversation(new FacilityInfoDialog(core), chiyoda, '医療機関情報を更新したい');
    await talk.transcript([
      { says: '医療機関情報を更新したい', shows: ['どちらの医療機関の代理'] },
      { says: '中央区C病院', shows: ['管内に見つかりませんでした'] },
      { says: '千代田区A病院', shows: ['千代田区A病院の代理として入力します', 'どの項目を変更しますか'] },
      { says: '保管管理者', shows: ['保管 太郎'] },
      { says: '管理 三郎', shows: ['千代田区A病院の代理として'] },
      { says: '登録する', shows: ['変更しました'] },
    ]);
    expect((await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).storageManager).toBe('管理 三郎');
  });

  it('施設分類 at first login: offered as buttons, a word for it is understood, an unknown one re-asked; it applies at once', async () => {
    const talk = new Conversation(new FacilityInfoDialog(core), clinicD, '医療機関情報を登録したい');
    await talk.transcript([
      { says: '医療機関情報を登録したい', shows: ['初めての方は', '施設分類', 'どの項目を変更しますか', '[施設分類]'] },
      { says: '施設分類', shows: ['現在の値：（未登録）', '[病院]', '[診療所]', '[集団接種会場]', '[職域接種会場]', '[高齢者施設等]', '[その他]'] },
      { says: '薬局', shows: ['施設分類を読み取れませんでした', '[診療所]'] },
      { says: 'クリニックです', shows: ['変更後の値：診療所', '[登録する]'] },
      { says: '登録する', shows: ['医療機関情報を変更しました', 'すぐに反映'] },
    ]);
    expect((await core.core.getFacility(clinicD, DEMO_IDS.otherSatelliteFacility)).facilityCategory).toBe('clinic');
  });

  it('施設分類 from one sentence, also entered by the municipality for its facility (the facility name is no category)', async () => {
    const talk = new Conversation(new FacilityInfoDialog(core), chiyoda, '千代田区A病院の施設分類を集団接種会場に変更したい');
    await talk.transcript([
      { says: '千代田区A病院の施設分類を集団接種会場に変更したい', shows: ['千代田区A病院の代理として', '現在の値：病院', '変更後の値：集団接種会場'] },
      { says: '登録する', shows: ['変更しました'] },
    ]);
    expect((await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).facilityCategory).toBe('mass-vaccination-site');
  });
});
