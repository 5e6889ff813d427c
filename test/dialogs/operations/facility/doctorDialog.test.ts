import { DoctorDialog } from '../../../../dialogs/operations/facility/doctorDialog';
import { chiyoda, Conversation, DEMO_IDS, hospitalA, startCore, type CoreUnderTest, type Row } from './facilityDialogHarness';

describe('DoctorDialog (医師情報の登録・更新) against the reference core', () => {
  let core: CoreUnderTest;
  beforeEach(async () => {
    core = await startCore();
  });
  afterEach(() => core.close());

  const cases: Array<{ name: string; utterance: string; user?: typeof hospitalA; rows: Row[]; expected: Array<{ name: string; email: string }> }> = [
    {
      name: 'registers a new doctor; a malformed email is re-asked with the reason',
      utterance: '医師を登録したい',
      rows: [
        { says: '医師を登録したい', shows: ['現在1名の医師', '薬剤に関する情報', 'お名前'] },
        { says: '接種 二郎', shows: ['メールアドレス'] },
        { says: 'jiro@example', shows: ['メールアドレスの形式が正しくありません'] },
        { says: 'ｊｉｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', shows: ['医師名：接種 二郎', 'メールアドレス：jiro@example.jp', '登録する'] },
        { says: '登録する', shows: ['医師を登録しました', '薬剤に関する情報が届きます'] },
      ],
      expected: [{ name: '医師 一郎', email: `doctor@${DEMO_IDS.basicFacility}.example.jp` }, { name: '接種 二郎', email: 'jiro@example.jp' }],
    },
    {
      name: 'changes the email of a registered doctor, keeping the name with そのまま',
      utterance: '医師情報を更新したい',
      rows: [
        { says: '医師情報を更新したい', shows: ['新しい医師を登録しますか', '[医師 一郎]'] },
        { says: '医師 一郎', shows: ['そのまま', '現在：医師 一郎'] },
        { says: 'そのまま', shows: ['現在：doctor@'] },
        { says: 'ichiro@example.jp', shows: ['ichiro@example.jp', '登録する'] },
        { says: '登録する', shows: ['医師情報を更新しました'] },
      ],
      expected: [{ name: '医師 一郎', email: 'ichiro@example.jp' }],
    },
    {
      name: 'nothing changed is refused before the confirmation',
      utterance: '医師 一郎の情報を変更したい',
      rows: [
        { says: '医師 一郎の情報を変更したい', shows: ['現在：医師 一郎'] },
        { says: 'そのまま', shows: ['メールアドレス'] },
        { says: 'そのまま', shows: ['変更がありません', 'お名前'] },
        { says: '医師 一朗', shows: ['医師名：医師 一朗'] },
        { says: '登録する', shows: ['医師情報を更新しました'] },
      ],
      expected: [{ name: '医師 一朗', email: `doctor@${DEMO_IDS.basicFacility}.example.jp` }],
    },
    {
      name: 'a municipality registers a doctor for a facility of its municipality (代理入力)',
      utterance: '千代田区A病院の医師を登録したい',
      user: chiyoda,
      rows: [
        { says: '千代田区A病院の医師を登録したい', shows: ['千代田区A病院の代理として入力します', 'お名前'] },
        { says: '代理 三郎', shows: ['メールアドレス'] },
        { says: 'saburo@example.jp', shows: ['千代田区A病院（代理入力）'] },
        { says: 'はい', shows: ['医師を登録しました'] },
      ],
      expected: [{ name: '医師 一郎', email: `doctor@${DEMO_IDS.basicFacility}.example.jp` }, { name: '代理 三郎', email: 'saburo@example.jp' }],
    },
  ];

  it.each(cases)('$name', async ({ utterance, user, rows, expected }) => {
    const talk = new Conversation(new DoctorDialog(core), user ?? hospitalA, utterance);
    await talk.transcript(rows);
    expect(talk.result?.outcome).toBe('completed');
    const doctors = (await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).doctors;
    expect(doctors.map(({ name, email }) => ({ name, email }))).toEqual(expected);
  });
});
