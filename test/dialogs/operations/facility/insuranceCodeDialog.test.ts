import { InsuranceCodeDialog } from '../../../../dialogs/operations/facility/insuranceCodeDialog';
import { chiyoda, Conversation, DEMO_IDS, hospitalA, startCore, type CoreUnderTest } from './facilityDialogHarness';

describe('InsuranceCodeDialog (新・旧 保険医療機関コード) against the reference core', () => {
  let core: CoreUnderTest;
  beforeEach(async () => {
    core = await startCore();
  });
  afterEach(() => core.close());

  it('files a new code with its change date; malformed and unchanged codes are re-asked', async () => {
    const talk = new Conversation(new InsuranceCodeDialog(core), hospitalA, '保険医療機関コードが変わった');
    await talk.transcript([
      { says: '保険医療機関コードが変わった', shows: ['新しい保険医療機関コード（10桁の数字）', '旧コード：1310000001'] },
      { says: '12345', shows: ['10桁の数字'] },
      { says: '1310000001', shows: ['旧コードと同じです'] },
      { says: '１３１０００００９９', shows: ['変更日'] },
      { says: '7月1日', shows: ['新コード：1310000099', '変更日：2024年7月1日', '旧コード：1310000001', '承認後は変更できません'] },
      { says: '登録する', shows: ['変更を申請しました', '保険医療機関コードの変更'] },
    ]);
    const codes = (await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).insuranceCodes;
    expect(codes.find((c) => c.kind === 'medical')).toMatchObject({ newCode: '1310000099', changeDate: '2024-07-01', status: 'pending' });
  });

  it('refuses to change an approved code, explaining it is immutable', async () => {
    const filed = await core.core.registerInsuranceCode(hospitalA, DEMO_IDS.basicFacility, { kind: 'medical', newCode: '1310000099', changeDate: '2024-07-01' }, 'k1');
    await core.core.approveApplication(chiyoda, filed.id, 'k2');
    const talk = new Conversation(new InsuranceCodeDialog(core), hospitalA, '保険医療機関コードを変更したい');
    await talk.transcript([
      { says: '保険医療機関コードを変更したい', shows: ['新コード（1310000099、2024年7月1日から）が承認済みのため、変更できません', 'どちらのコード'] },
      { says: '保険医療機関コード', shows: ['承認済みのため、変更できません', 'どちらのコード'] },
      { says: '介護保険事業所番号', shows: ['旧コード：9310000001'] },
      { says: '9310000100', shows: ['変更日'] },
      { says: '令和6年8月1日', shows: ['新コード：9310000100', '変更日：2024年8月1日'] },
      { says: '登録する', shows: ['変更を申請しました', '介護保険事業所番号の変更'] },
    ]);
  });
});
