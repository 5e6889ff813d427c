/**
 * Reliability of the per-cool operations against the reference core over HTTP, table-driven:
 * - faults during 登録する (core down, slower than the client's timeout, a 500 after the core did
 *   the work) for 接種実績 and 移送・融通: the user is told in plain Japanese, the values are kept,
 *   再試行 completes, and the core holds exactly one registration (read back through the API);
 * - キャンセル mid-way registers nothing, and a restart between two steps resumes at the same step
 *   with the values kept, for 希望量, 融通受入, 接種実績 and 廃棄 (移送・融通 has its own file).
 */
import type { Dialog } from 'botbuilder-dialogs';
import { HttpCoreSystem } from '../../../../adapters/core-system/httpCoreSystem';
import { DemandDialog } from '../../../../dialogs/operations/cool/demandDialog';
import { DisposalDialog } from '../../../../dialogs/operations/cool/disposalDialog';
import { ReceiptDialog } from '../../../../dialogs/operations/cool/receiptDialog';
import { TransferDialog } from '../../../../dialogs/operations/cool/transferDialog';
import { VaccinationDialog } from '../../../../dialogs/operations/cool/vaccinationDialog';
import type { OperationDependencies } from '../../../../dialogs/operations/shared/operationDialog';
import { sharedMessages } from '../../../../dialogs/operations/shared/messages';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { FaultProxy } from '../../../core-system/faultProxy';
import { TEST_SECRET } from '../../../core-system/referenceServer';
import { clinicB, coreForEachTest, DEMO_IDS, hospitalA, TODAY } from './coolHarness';
import { StoredConversation, type Step } from './storedConversation';

const suite = coreForEachTest();

function converse(make: (deps: OperationDependencies) => Dialog, deps: OperationDependencies, user: UserIdentity, utterance: string): StoredConversation {
  const conversation = new StoredConversation(() => make(deps), user, { utterance });
  return suite.open(conversation);
}

async function vials(user: UserIdentity, facilityId: string, lot: string): Promise<number> {
  return (await suite.core.core.getStock(user, facilityId)).lots.find((l) => l.lotNumber === lot)?.vials ?? 0;
}

describe('faults during 登録する', () => {
  type Fault = 'core down' | 'slower than the timeout' | '500 after the core did the work';

  /**
   * A client behind its own fault proxy whose core can also be switched off (connection refused);
   * it gives up after 300 ms (the proxy's slow answer takes 1.5 s) and does not retry by itself.
   */
  async function faultyDependencies(): Promise<{ deps: OperationDependencies; proxy: FaultProxy; setDown(down: boolean): void }> {
    let down = false;
    const proxy = new FaultProxy(suite.core.running.url);
    const base = await proxy.listen();
    proxies.push(proxy);
    const client = new HttpCoreSystem({ baseUrl: () => (down ? 'http://127.0.0.1:1/core/v1' : `${base}/core/v1`), tokenSecret: TEST_SECRET, retries: 0, timeoutMs: 300 });
    return { deps: { core: client, now: suite.core.now }, proxy, setDown: (value) => (down = value) };
  }
  const proxies: FaultProxy[] = [];
  afterEach(async () => {
    for (const proxy of proxies.splice(0)) await proxy.close();
  });

  interface OperationCase {
    name: string;
    make: (deps: OperationDependencies) => Dialog;
    user: UserIdentity;
    sentence: string;
    confirmation: string[];
    /** Read back through the core API: exactly one registration of the confirmed values. */
    registeredOnce(): Promise<void>;
  }

  const operations: OperationCase[] = [
    {
      name: '接種実績',
      make: (d) => new VaccinationDialog(d),
      user: hospitalA,
      sentence: '昨日のファイザーの1回目の接種実績、累計120人',
      confirmation: ['2024年6月14日', 'ファイザー社ワクチン', '120人'],
      async registeredOnce() {
        // A second filing of the same cumulative figure would be the last record with 0 new people.
        expect(await suite.core.core.lastVaccinationRecord(hospitalA, DEMO_IDS.basicFacility, 'pfizer')).toMatchObject({ date: '2024-06-14', cumulativeCount: 120, dailyCount: 45 });
      },
    },
    {
      name: '移送・融通',
      make: (d) => new TransferDialog(d),
      user: hospitalA,
      sentence: '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました',
      confirmation: ['2024年6月14日', 'FA1234', '3バイアル', '千代田区Bクリニック'],
      async registeredOnce() {
        expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FA1234')).toBe(23);
      },
    },
  ];
  const faults: Fault[] = ['core down', 'slower than the timeout', '500 after the core did the work'];
  const cases = operations.flatMap((operation) => faults.map((fault) => [operation.name, fault, operation] as const));

  it.each(cases)('%s, %s: told in Japanese, values kept, 再試行 registers exactly once', async (_name, fault, operation) => {
    const { deps, proxy, setDown } = await faultyDependencies();
    const conversation = converse(operation.make, deps, operation.user, operation.sentence);
    await conversation.run([{ says: operation.sentence, shows: [...operation.confirmation, '[登録する]'] }]);

    if (fault === 'core down') setDown(true);
    if (fault === 'slower than the timeout') proxy.faults.push('slow');
    if (fault === '500 after the core did the work') proxy.faults.push('500-after');
    await conversation.run([{ says: '登録する', shows: [sharedMessages.failedUnavailable, '[再試行]', '[修正]', '[あとで]'], hides: ['完了しました'] }]);
    setDown(false);

    await conversation.run([{ says: '再試行', shows: ['完了しました', ...operation.confirmation.slice(-1)] }]);
    expect(conversation.result?.outcome).toBe('completed');
    await operation.registeredOnce();
  });
});

describe('キャンセル mid-way and restart between steps', () => {
  interface Case {
    name: string;
    make: (deps: OperationDependencies) => Dialog;
    user: UserIdentity;
    setup?: () => Promise<void>;
    /** Up to the middle of the operation (at least one value given). */
    before: Step[];
    /** After the restart: the step that was waiting takes its answer, then 登録する. */
    after: Step[];
    registered(): Promise<void>;
    nothingRegistered(): Promise<void>;
  }

  const setupTransferToClinicB = async () => {
    await suite.core.core.registerTransfer(hospitalA, { fromFacilityId: DEMO_IDS.basicFacility, toFacilityId: DEMO_IDS.satelliteFacility, date: '2024-06-14', lotNumber: 'FA1234', vials: 2 }, 'setup-transfer');
  };

  const cases: Case[] = [
    {
      name: '希望量の登録',
      make: (d) => new DemandDialog(d),
      user: hospitalA,
      before: [{ says: '希望量の入力', shows: ['第6クールの希望量を登録します', '希望量は何バイアルですか'] }],
      after: [
        { says: '１２本', shows: ['第6クール', '12バイアル', '[登録する]'] },
        { says: '登録する', shows: ['希望量の登録が完了しました'] },
      ],
      registered: async () => expect((await suite.core.core.getDemand(hospitalA, DEMO_IDS.basicFacility, DEMO_IDS.openCool))?.vials).toBe(12),
      nothingRegistered: async () => expect(await suite.core.core.getDemand(hospitalA, DEMO_IDS.basicFacility, DEMO_IDS.openCool)).toBeUndefined(),
    },
    {
      name: '融通受入の登録',
      make: (d) => new ReceiptDialog(d),
      user: clinicB,
      setup: setupTransferToClinicB,
      before: [
        { says: '融通を受けた', shows: ['移送元（融通してくれた）の医療機関はどちらですか'] },
        { says: 'A病院', shows: ['受入日はいつですか'] },
        { says: '昨日', shows: ['ロット番号を入力してください'] },
      ],
      after: [
        { says: 'FA1234', shows: ['何バイアルですか'] },
        { says: '2', shows: ['千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル', '[登録する]'] },
        { says: '登録する', shows: ['融通受入の登録が完了しました'] },
      ],
      registered: async () => expect(await vials(clinicB, DEMO_IDS.satelliteFacility, 'FA1234')).toBe(6),
      nothingRegistered: async () => expect(await vials(clinicB, DEMO_IDS.satelliteFacility, 'FA1234')).toBe(4),
    },
    {
      name: '接種実績の登録',
      make: (d) => new VaccinationDialog(d),
      user: hospitalA,
      // Date, vaccine (and dose) from the sentence; the cumulative count is asked when the restart comes.
      before: [{ says: '今日のファイザーの1回目の接種実績を登録したい', shows: ['2024年5月20日時点の累計は75人'] }],
      after: [
        { says: '80', shows: ['2024年6月15日', 'ファイザー社ワクチン', '80人', '[登録する]'] },
        { says: '登録する', shows: ['接種実績の登録が完了しました'] },
      ],
      registered: async () => expect(await suite.core.core.lastVaccinationRecord(hospitalA, DEMO_IDS.basicFacility, 'pfizer')).toMatchObject({ date: TODAY, cumulativeCount: 80 }),
      nothingRegistered: async () => expect((await suite.core.core.lastVaccinationRecord(hospitalA, DEMO_IDS.basicFacility, 'pfizer'))?.date).toBe('2024-05-20'),
    },
    {
      name: '廃棄量の登録',
      make: (d) => new DisposalDialog(d),
      user: hospitalA,
      before: [
        { says: '廃棄の登録', shows: ['廃棄日はいつですか'] },
        { says: '昨日', shows: ['ロット番号'] },
        { says: 'FB5678', shows: ['在庫は10バイアル'] },
      ],
      after: [
        { says: '1本', shows: ['廃棄の理由'] },
        { says: '期限切れ', shows: ['2024年6月14日', 'FB5678', '1バイアル', '期限切れ', '[登録する]'] },
        { says: '登録する', shows: ['廃棄量の登録が完了しました'] },
      ],
      registered: async () => expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FB5678')).toBe(9),
      nothingRegistered: async () => expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FB5678')).toBe(10),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s: キャンセル mid-way leaves nothing registered', async (_name, c) => {
    await c.setup?.();
    const conversation = converse(c.make, suite.core, c.user, c.before[0].says);
    await conversation.run([...c.before, { says: 'キャンセル', shows: ['中止しますか'] }, { says: 'はい', shows: ['中止しました'] }]);
    expect(conversation.result?.outcome).toBe('cancelled');
    await c.nothingRegistered();
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: a restart between two steps resumes at the same step with the values kept', async (_name, c) => {
    await c.setup?.();
    const conversation = converse(c.make, suite.core, c.user, c.before[0].says);
    await conversation.run(c.before);
    await conversation.restart();
    await conversation.run(c.after);
    expect(conversation.result?.outcome).toBe('completed');
    await c.registered();
  });
});
