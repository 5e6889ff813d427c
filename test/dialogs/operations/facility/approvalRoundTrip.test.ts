import { ApplicationReviewDialog } from '../../../../dialogs/operations/facility/applicationReviewDialog';
import { FacilityInfoDialog } from '../../../../dialogs/operations/facility/facilityInfoDialog';
import { FacilityInfoViewDialog } from '../../../../dialogs/operations/facility/facilityInfoViewDialog';
import { MunicipalityListDialog } from '../../../../dialogs/operations/facility/municipalityListDialog';
import { chiyoda, chuo, Conversation, DEMO_IDS, hospitalA, prefecture, startCore, type CoreUnderTest } from './facilityDialogHarness';

describe('approvals across users (facility files, municipality decides, facility sees it)', () => {
  let core: CoreUnderTest;
  beforeEach(async () => {
    core = await startCore();
  });
  afterEach(() => core.close());

  async function fileRepresentativeChange(name: string): Promise<void> {
    const facility = new Conversation(new FacilityInfoDialog(core), hospitalA, '代表者名を変更したい');
    await facility.transcript([
      { says: '代表者名を変更したい', shows: ['代表者'] },
      { says: name, shows: ['登録する'] },
      { says: '登録する', shows: ['変更を申請しました'] },
    ]);
  }

  it('approve: the municipality reviews in its own conversation and the facility sees the new value', async () => {
    await fileRepresentativeChange('新代表 次郎');

    const municipality = new Conversation(new ApplicationReviewDialog(core.core), chiyoda, '申請一覧を見たい');
    await municipality.transcript([
      { says: '申請一覧を見たい', shows: ['承認待ちの申請（1件）', '1. 千代田区A病院：代表者名の変更（2024年6月15日 12:00に申請）', '[1. 千代田区A病院]'] },
      { says: '3', shows: ['該当する申請が見つかりませんでした'] },
      { says: '1', shows: ['千代田区A病院からの申請', '代表者名：代表 花子 → 新代表 次郎', '[承認する]', '[却下する]'] },
      { says: '承認する', shows: ['「代表者名の変更」を承認します。よろしいですか'] },
      { says: 'はい', shows: ['承認しました'] },
    ]);
    expect(municipality.result?.outcome).toBe('completed');

    const view = new Conversation(new FacilityInfoViewDialog(core), hospitalA, '医療機関情報を確認したい');
    await view.transcript([{ says: '医療機関情報を確認したい', shows: ['代表者名：新代表 次郎', '代表者名の変更は2024年6月15日 12:00に承認されました'], hides: ['承認待ち：'] }]);

    const again = new Conversation(new ApplicationReviewDialog(core.core), chiyoda, '申請一覧を見たい');
    await again.transcript([{ says: '申請一覧を見たい', shows: ['承認待ちの申請はありません'] }]);
  });

  it('reject with a reason: the facility reads the reason and may file again', async () => {
    await fileRepresentativeChange('代表 花男');
    const municipality = new Conversation(new ApplicationReviewDialog(core.core), chiyoda, '千代田区A病院の申請を確認したい');
    await municipality.transcript([
      { says: '千代田区A病院の申請を確認したい', shows: ['代表者名：代表 花子 → 代表 花男'] },
      { says: '却下する', shows: ['却下の理由'] },
      { says: 'あ', shows: ['2文字以上'] },
      { says: '登記上の氏名と異なります', shows: ['理由「登記上の氏名と異なります」で却下します'] },
      { says: 'いいえ', shows: ['行いませんでした', '承認待ちの申請（1件）'] },
      { says: '千代田区A病院', shows: ['[却下する]'] },
      { says: '却下', shows: ['却下の理由'] },
      { says: '登記上の氏名と異なります', shows: ['よろしいですか'] },
      { says: 'はい', shows: ['却下しました'] },
    ]);
    const view = new Conversation(new FacilityInfoViewDialog(core), hospitalA, '申請の結果を確認したい');
    await view.transcript([{ says: '申請の結果を確認したい', shows: ['代表者名：代表 花子', '却下されました。理由：登記上の氏名と異なります'] }]);
    await fileRepresentativeChange('代表 花子二');
  });

  it('another municipality sees none of these applications, and a facility user cannot review', async () => {
    await fileRepresentativeChange('新代表 次郎');
    const other = new Conversation(new ApplicationReviewDialog(core.core), chuo, '申請一覧を見たい');
    await other.transcript([{ says: '申請一覧を見たい', shows: ['承認待ちの申請はありません'] }]);
    const facility = new Conversation(new ApplicationReviewDialog(core.core), hospitalA, '申請を承認したい');
    await facility.transcript([{ says: '申請を承認したい', shows: ['市町村のアカウントで行えます'] }]);
    expect((await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).pendingApplicationId).toBeDefined();
  });

  it('the prefecture lists its own municipalities with their facilities; others are told who may', async () => {
    const talk = new Conversation(new MunicipalityListDialog(core.core), prefecture, '市町村の一覧');
    await talk.transcript([{ says: '市町村の一覧', shows: ['東京都の市町村（2件）', '千代田区：医療機関 2件', '中央区：医療機関 2件'] }]);
    const municipality = new Conversation(new MunicipalityListDialog(core.core), chiyoda, '市町村の一覧');
    await municipality.transcript([{ says: '市町村の一覧', shows: ['都道府県のアカウントで確認できます'] }]);
  });
});
