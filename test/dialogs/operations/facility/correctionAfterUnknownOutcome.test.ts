/**
 * 医療機関情報の更新, 修正 after a 登録する whose answer was lost (the reference core did the work, a
 * proxy replaced its answer with a 500): an immediate item is offered to be registered again and
 * then holds the corrected value; an approval item stays one pending application. Read back through
 * the API. (The per-cool operations have the full table in ../cool/correctionAfterUnknownOutcome.test.ts.)
 */
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import { FacilityInfoDialog } from '../../../../dialogs/operations/facility/facilityInfoDialog';
import { facilityMessages } from '../../../../dialogs/operations/facility/messages';
import { sharedMessages } from '../../../../dialogs/operations/shared/messages';
import { FaultProxy } from '../../../core-system/faultProxy';
import { TEST_SECRET } from '../../../core-system/referenceServer';
import { chiyoda, Conversation, DEMO_IDS, hospitalA, startCore, type CoreUnderTest } from './facilityDialogHarness';

let core: CoreUnderTest;
let proxy: FaultProxy;
let dialog: () => FacilityInfoDialog;

beforeEach(async () => {
  core = await startCore();
  proxy = new FaultProxy(core.running.url);
  const client = new HttpCoreSystem({ baseUrl: `${await proxy.listen()}/core/v1`, tokenSecret: TEST_SECRET, retries: 0 });
  dialog = () => new FacilityInfoDialog({ core: client, now: core.now });
});
afterEach(async () => {
  await proxy.close();
  await core.close();
});

const label = facilityMessages.facilityInfoLabel;
const failed = { says: '登録する', shows: [sharedMessages.failedUnavailable, '[修正]'] };

it('an immediate item: told the first value was registered, 登録し直す sets the corrected one', async () => {
  const talk = new Conversation(dialog(), hospitalA, 'ディープフリーザーの台数を3台に変更');
  await talk.transcript([{ says: 'ディープフリーザーの台数を3台に変更', shows: ['3台', '[登録する]'] }]);
  proxy.faults.push('500-after');
  await talk.transcript([
    failed,
    // The check before the confirmation already sees the registered value and asks for another.
    { says: '修正', shows: ['現在と同じ値です', '現在の値：3台'] },
    { says: '4台', shows: ['4台', '[登録する]'] },
    { says: '登録する', shows: [sharedMessages.earlierRegistered(label), '変更後の値：3台', facilityMessages.infoRegisterAgain, '[修正後の内容で登録し直す]'] },
    { says: '修正後の内容で登録し直す', shows: ['医療機関情報を変更しました', '4台'] },
  ]);
  expect(talk.result?.outcome).toBe('completed');
  expect((await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility)).deepFreezers).toBe(4);
});

it('an approval item: one pending application; the correction is explained, not filed', async () => {
  const talk = new Conversation(dialog(), hospitalA, '代表者名を変更したい');
  await talk.transcript([
    { says: '代表者名を変更したい', shows: ['現在の値：代表 花子'] },
    { says: '新代表 次郎', shows: ['[登録する]'] },
  ]);
  proxy.faults.push('500-after');
  await talk.transcript([
    failed,
    // The application the lost answer was about is already waiting: the check before the
    // confirmation says so, and the user picks an immediate item instead.
    { says: '修正', shows: ['承認待ちの申請（代表者名の変更', 'どの項目を変更しますか'] },
    { says: '駐車場台数', shows: ['駐車場'] },
    { says: '8台', shows: ['8台', '[登録する]'] },
    { says: '登録する', shows: [sharedMessages.earlierRegistered(label), '代表者名の変更', facilityMessages.infoOtherFieldRegistered(label)], hides: ['医療機関情報を変更しました'] },
  ]);
  const pending = await core.core.listApplications(chiyoda, { status: 'pending', facilityId: DEMO_IDS.basicFacility });
  expect(pending).toHaveLength(1);
  const facility = await core.core.getFacility(hospitalA, DEMO_IDS.basicFacility);
  expect(facility.representativeName).toBe('代表 花子');
  expect(facility.parkingSpaces).not.toBe(8);
});
