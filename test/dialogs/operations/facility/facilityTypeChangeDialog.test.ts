import { FacilityTypeChangeDialog } from '../../../../dialogs/operations/facility/facilityTypeChangeDialog';
import { chuo, Conversation, DEMO_IDS, hospitalA, startCore, type CoreUnderTest } from './facilityDialogHarness';
import { clinicD } from '../../../core-system/users';

describe('FacilityTypeChangeDialog (基本型⇔サテライト型) against the reference core', () => {
  let core: CoreUnderTest;
  beforeEach(async () => {
    core = await startCore();
  });
  afterEach(() => core.close());

  it('refuses while vaccine is in stock, naming the vials and lots, and files nothing', async () => {
    const talk = new Conversation(new FacilityTypeChangeDialog(core), hospitalA, 'サテライト型に変更したい');
    await talk.transcript([{ says: 'サテライト型に変更したい', shows: ['在庫が41バイアルあるため', 'ロットFA1234：26バイアル', '在庫がない状態'] }]);
    expect(talk.ended).toBe(true);
    expect(await core.core.listApplications(hospitalA, { status: 'pending' })).toEqual([]);
  });

  it('with zero stock files the application; a second request is refused naming it; approval changes the type', async () => {
    const first = new Conversation(new FacilityTypeChangeDialog(core), clinicD, '型を変更したい');
    await first.transcript([
      { says: '型を変更したい', shows: ['現在はサテライト型です。基本型に変更する申請'] },
      { says: 'サテライト型', shows: ['すでにサテライト型です'] },
      { says: 'はい', shows: ['現在の型：サテライト型', '変更後の型：基本型', '市町村の承認後'] },
      { says: '登録する', shows: ['変更を申請しました', '基本型への変更'] },
    ]);
    const [application] = await core.core.listApplications(clinicD, { status: 'pending' });
    expect(application.kind).toBe('facility-type-change');

    const second = new Conversation(new FacilityTypeChangeDialog(core), clinicD, '基本型に変更したい');
    await second.transcript([{ says: '基本型に変更したい', shows: ['承認待ちの申請（基本型への変更、2024年6月15日 12:00に申請）', '申請できません'] }]);
    expect(second.ended).toBe(true);

    await core.core.approveApplication(chuo, application.id, 'approve-type');
    expect((await core.core.getFacility(clinicD, DEMO_IDS.otherSatelliteFacility)).facilityType).toBe('basic');
  });
});
