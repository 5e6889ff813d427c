/**
 * 修正 after a 登録する whose answer was lost (the reference core over HTTP behind the fault proxy):
 * - the core did the work (500 after it, or the connection reset): the corrected submission is not
 *   filed as a second record; the user is told the first one was registered and shown what it
 *   holds, then offered the operation's own correction (registering again replaces 希望量 and the
 *   cumulative 接種実績) or told how to correct it (移送, 融通受入, 廃棄 add a record each);
 * - the core did not (500 before it): the corrected values are registered, once;
 * - the same across a restart at the retry question and across あとで / 再開 on a fresh store;
 * - キャンセル after a lost answer does not claim that nothing was registered.
 * Every case reads back through the API what the core holds.
 */
import type { Dialog } from 'botbuilder-dialogs';
import { DemandDialog } from '../../../../dialogs/operations/cool/demandDialog';
import { DisposalDialog } from '../../../../dialogs/operations/cool/disposalDialog';
import { ReceiptDialog } from '../../../../dialogs/operations/cool/receiptDialog';
import { TransferDialog } from '../../../../dialogs/operations/cool/transferDialog';
import { VaccinationDialog } from '../../../../dialogs/operations/cool/vaccinationDialog';
import { coolMessages } from '../../../../dialogs/operations/cool/messages';
import { sharedMessages } from '../../../../dialogs/operations/shared/messages';
import type { OperationDependencies } from '../../../../dialogs/operations/shared/operationDialog';
import type { ParkingResult } from '../../../../dialogs/parkedOperations';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { Fault } from '../../../core-system/faultProxy';
import { clinicB, Conversation, coreForEachTest, DEMO_IDS, hospitalA, type Row } from './coolHarness';
import { StoredConversation } from './storedConversation';

const suite = coreForEachTest();
const told = sharedMessages.earlierRegistered;

function start(make: (deps: OperationDependencies) => Dialog, user: UserIdentity, utterance: string): Conversation {
  return suite.open(new Conversation(() => make(suite.core), user, utterance));
}

async function vials(user: UserIdentity, facilityId: string, lot: string): Promise<number> {
  return (await suite.core.core.getStock(user, facilityId)).lots.find((l) => l.lotNumber === lot)?.vials ?? 0;
}

const demandVials = async () => (await suite.core.core.getDemand(hospitalA, DEMO_IDS.basicFacility, DEMO_IDS.openCool))?.vials;
const lastPfizer = () => suite.core.core.lastVaccinationRecord(hospitalA, DEMO_IDS.basicFacility, 'pfizer');
const transferToClinicB = () =>
  suite.core.core.registerTransfer(hospitalA, { fromFacilityId: DEMO_IDS.basicFacility, toFacilityId: DEMO_IDS.satelliteFacility, date: '2024-06-14', lotNumber: 'FA1234', vials: 2 }, 'setup-transfer');

interface Case {
  name: string;
  /** The operation's menu label, as its messages name it. */
  menu: string;
  make: (deps: OperationDependencies) => Dialog;
  user: UserIdentity;
  setup?: () => Promise<unknown>;
  /** Up to the confirmation card of the first values. */
  toConfirmation: Row[];
  /** From the confirmation card to the confirmation of the corrected values. */
  correct: Row[];
  /** The first values, as the card of what is registered shows them. */
  first: string;
  /** The registered record is replaced by registering again (offered) or the user is told how to correct it. */
  correction: { registerAgain: string } | { explain: string };
  /** The core holds the first values only, once. */
  holdsFirst(): Promise<void>;
  /** The core holds the corrected values only, once. */
  holdsCorrected(): Promise<void>;
}

const cases: Case[] = [
  {
    name: '移送・融通',
    menu: coolMessages.transferLabel,
    make: (d) => new TransferDialog(d),
    user: hospitalA,
    toConfirmation: [{ says: '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました', shows: ['3バイアル', '[登録する]'] }],
    correct: [
      { says: 'バイアル数を修正', shows: ['何バイアルですか'] },
      { says: '2', shows: ['2バイアル', '[登録する]'] },
    ],
    first: 'バイアル数：3バイアル',
    correction: { explain: coolMessages.transferNotAgain },
    holdsFirst: async () => expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FA1234')).toBe(23),
    holdsCorrected: async () => expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FA1234')).toBe(24),
  },
  {
    name: '融通受入',
    menu: coolMessages.receiptLabel,
    make: (d) => new ReceiptDialog(d),
    user: clinicB,
    setup: transferToClinicB,
    toConfirmation: [{ says: '千代田区A病院から昨日FA1234を2バイアル受け取りました', shows: ['2バイアル', '[登録する]'] }],
    correct: [
      { says: 'バイアル数を修正', shows: ['何バイアルですか'] },
      { says: '1', shows: ['1バイアル', '[登録する]'] },
    ],
    first: 'バイアル数：2バイアル',
    correction: { explain: coolMessages.receiptNotAgain },
    holdsFirst: async () => expect(await vials(clinicB, DEMO_IDS.satelliteFacility, 'FA1234')).toBe(6),
    holdsCorrected: async () => expect(await vials(clinicB, DEMO_IDS.satelliteFacility, 'FA1234')).toBe(5),
  },
  {
    name: '廃棄',
    menu: coolMessages.disposalLabel,
    make: (d) => new DisposalDialog(d),
    user: hospitalA,
    toConfirmation: [
      { says: '廃棄の登録', shows: ['廃棄日はいつですか'] },
      { says: '昨日', shows: ['ロット番号'] },
      { says: 'FB5678', shows: ['在庫は10バイアル'] },
      { says: '1本', shows: ['廃棄の理由'] },
      { says: '期限切れ', shows: ['1バイアル', '[登録する]'] },
    ],
    correct: [
      { says: 'バイアル数を修正', shows: ['何バイアルですか'] },
      { says: '2本', shows: ['2バイアル', '[登録する]'] },
    ],
    first: 'バイアル数：1バイアル',
    correction: { explain: coolMessages.disposalNotAgain },
    holdsFirst: async () => expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FB5678')).toBe(9),
    holdsCorrected: async () => expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FB5678')).toBe(8),
  },
  {
    name: '希望量',
    menu: coolMessages.demandLabel,
    make: (d) => new DemandDialog(d),
    user: hospitalA,
    toConfirmation: [{ says: '希望量を三十バイアルで登録したい', shows: ['30バイアル', '[登録する]'] }],
    correct: [
      { says: 'バイアル数を修正', shows: ['希望量は何バイアルですか'] },
      { says: '12', shows: ['12バイアル', '[登録する]'] },
    ],
    first: 'バイアル数：30バイアル',
    correction: { registerAgain: coolMessages.demandRegisterAgain },
    holdsFirst: async () => expect(await demandVials()).toBe(30),
    holdsCorrected: async () => expect(await demandVials()).toBe(12),
  },
  {
    name: '接種実績',
    menu: coolMessages.vaccinationLabel,
    make: (d) => new VaccinationDialog(d),
    user: hospitalA,
    toConfirmation: [{ says: '昨日のファイザーの1回目の接種実績、累計120人', shows: ['120人', '[登録する]'] }],
    correct: [
      { says: '修正', shows: ['[接種人数（累計）]'] },
      { says: '接種人数（累計）', shows: ['累計'] },
      { says: '125人', shows: ['125人', '[登録する]'] },
    ],
    first: '接種人数（累計）：120人',
    correction: { registerAgain: coolMessages.vaccinationRegisterAgain },
    holdsFirst: async () => expect(await lastPfizer()).toMatchObject({ date: '2024-06-14', cumulativeCount: 120, dailyCount: 45 }),
    holdsCorrected: async () => expect(await lastPfizer()).toMatchObject({ date: '2024-06-14', cumulativeCount: 125, dailyCount: 50 }),
  },
];

const named = (list: Case[]) => list.map((c) => [c.name, c] as const);
/** 修正 at the retry question: back at the confirmation card with every value kept. */
const retryCorrect: Row = { says: '修正', shows: ['[登録する]', '[修正]'] };
const failedAt: Row = ({ says: '登録する', shows: [sharedMessages.failedUnavailable, '[再試行]', '[修正]', '[あとで]'], hides: ['完了しました'] });

async function reachConfirmation(c: Case, fault: Fault): Promise<Conversation> {
  await c.setup?.();
  const conversation = start(c.make, c.user, c.toConfirmation[0].says);
  await conversation.transcript(c.toConfirmation);
  suite.core.proxy.faults.push(fault);
  await conversation.transcript([failedAt]);
  return conversation;
}

/** After the corrected 登録する: told, shown the registered values, then the operation's own correction. */
function registeredRows(c: Case): Row[] {
  const shown = [told(c.menu), sharedMessages.registeredTitle, c.first];
  if ('explain' in c.correction) return [{ says: '登録する', shows: [...shown, c.correction.explain], hides: ['完了しました'] }];
  return [{ says: '登録する', shows: [...shown, c.correction.registerAgain, '[修正後の内容で登録し直す]', '[登録済みのままにする]'], hides: ['完了しました'] }];
}

describe('修正 after the core did the work but the answer was lost', () => {
  it.each(named(cases))('%s: the corrected 登録する files nothing twice; the user is told and shown what was registered', async (_name, c) => {
    const conversation = await reachConfirmation(c, '500-after');
    await conversation.transcript([retryCorrect, ...c.correct, ...registeredRows(c)]);
    if ('explain' in c.correction) {
      expect(conversation.result?.outcome).toBe('completed');
    } else {
      await conversation.transcript([{ says: '登録済みのままにする', shows: [sharedMessages.keptRegistered(c.menu)] }]);
      expect(conversation.result?.outcome).toBe('completed');
    }
    await c.holdsFirst();
  });

  const replacing = cases.filter((c) => 'registerAgain' in c.correction);
  it.each(named(replacing))('%s: 修正後の内容で登録し直す replaces the registered values (one record, the corrected values)', async (_name, c) => {
    const conversation = await reachConfirmation(c, 'reset');
    await conversation.transcript([retryCorrect, ...c.correct, ...registeredRows(c)]);
    await conversation.transcript([{ says: '修正後の内容で登録し直す', shows: ['完了しました'] }]);
    expect(conversation.result?.outcome).toBe('completed');
    await c.holdsCorrected();
  });
});

describe('修正 after the core refused before doing the work', () => {
  it.each(named(cases))('%s: the corrected values are registered, once', async (_name, c) => {
    const conversation = await reachConfirmation(c, '500-before');
    await conversation.transcript([retryCorrect, ...c.correct, { says: '登録する', shows: ['完了しました'], hides: [told(c.menu)] }]);
    expect(conversation.result?.outcome).toBe('completed');
    await c.holdsCorrected();
  });
});

describe('several attempts under the kept key', () => {
  it('移送: 3 not registered (500 before), 2 registered (500 after), then 1: the 2 is found, shown, and nothing more is filed', async () => {
    const [transfer] = cases;
    const conversation = await reachConfirmation(transfer, '500-before');
    await conversation.transcript([retryCorrect, ...transfer.correct]);
    suite.core.proxy.faults.push('500-after');
    await conversation.transcript([
      failedAt,
      retryCorrect,
      { says: 'バイアル数を修正', shows: ['何バイアルですか'] },
      { says: '1', shows: ['1バイアル', '[登録する]'] },
      { says: '登録する', shows: [told(coolMessages.transferLabel), 'バイアル数：2バイアル', coolMessages.transferNotAgain], hides: ['バイアル数：3バイアル', '完了しました'] },
    ]);
    expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FA1234')).toBe(24);
  });
});

describe('キャンセル after a lost answer', () => {
  it.each([
    ['the core did the work', '500-after', 23],
    ['the core did not', '500-before', 26],
  ] as const)('移送 (%s): does not claim that nothing was registered', async (_label, fault, stock) => {
    const [transfer] = cases;
    const conversation = await reachConfirmation(transfer, fault);
    await conversation.transcript([
      { says: 'キャンセル', shows: ['中止しますか', '登録が完了している可能性があります'], hides: ['登録されません'] },
      { says: 'はい', shows: ['V-SYSの画面で登録内容をご確認ください'], hides: ['何も登録していません'] },
    ]);
    expect(conversation.result?.outcome).toBe('cancelled');
    expect(await vials(hospitalA, DEMO_IDS.basicFacility, 'FA1234')).toBe(stock);
  });

  it('before any submission it still says nothing was registered', async () => {
    const conversation = start((d) => new TransferDialog(d), hospitalA, '移送を登録したい');
    await conversation.transcript([
      { says: '移送を登録したい', shows: ['移送日はいつですか'] },
      { says: 'キャンセル', shows: ['ここまでの入力は登録されません'] },
      { says: 'はい', shows: ['何も登録していません'] },
    ]);
  });
});

describe('across a restart', () => {
  const [transfer, , , demand] = cases;

  it('移送: a restart at the retry question, then 修正 and 登録する: told, one record', async () => {
    const conversation = await reachConfirmation(transfer, '500-after');
    await conversation.restart();
    await conversation.transcript([retryCorrect, ...transfer.correct, ...registeredRows(transfer)]);
    await transfer.holdsFirst();
  });

  it.each([
    ['the core did the work', '500-after', demand.holdsFirst],
    ['the core did not', '500-before', demand.holdsCorrected],
  ] as const)('希望量: あとで, then 再開 on a fresh store, 修正 and 登録する (%s): one record', async (_label, fault, holds) => {
    const conversation = await reachConfirmation(demand, fault);
    await conversation.transcript([{ says: 'あとで', shows: ['入力内容を保存しました'] }]);
    const parked = (conversation.result as ParkingResult | undefined)?.parked;
    expect(parked).toBeDefined();
    // Begun again with the parked state as MainDialog does on 「再開」, on a fresh store (a restarted process).
    const resumed = suite.open(new StoredConversation(() => new DemandDialog(suite.core), hospitalA, JSON.parse(JSON.stringify(parked!.options)) as Record<string, unknown>));
    const didWork = fault === '500-after';
    await resumed.run([
      { says: '再開', shows: ['30バイアル', '[登録する]'] },
      ...demand.correct,
      didWork
        ? { says: '登録する', shows: [told(coolMessages.demandLabel), 'バイアル数：30バイアル', '[登録済みのままにする]'] }
        : { says: '登録する', shows: ['完了しました', '12バイアル'], hides: [told(coolMessages.demandLabel)] },
    ]);
    if (didWork) await resumed.run([{ says: '登録済みのままにする', shows: [sharedMessages.keptRegistered(coolMessages.demandLabel)] }]);
    await holds();
  });
});
