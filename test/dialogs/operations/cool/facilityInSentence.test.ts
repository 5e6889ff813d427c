/**
 * A facility named inside the sentence that starts an operation, the way users name it (short
 * forms, another kind word, kana, half-width, 様/さん, a typo), against the real reference core
 * over HTTP with kuromoji readings (as the app wires them). Each sentence also carries a date, a
 * lot and a count, which must still be read right; sentences that must not fill the facility
 * (the user's own, two facilities, a facility outside the municipality for 代理入力, words that
 * only look like names) leave the question to the user.
 */
import type { Dialog } from 'botbuilder-dialogs';
import { getAnalysis } from '../../../../knowledge';
import { DisposalDialog } from '../../../../dialogs/operations/cool/disposalDialog';
import { ReceiptDialog } from '../../../../dialogs/operations/cool/receiptDialog';
import { TransferDialog } from '../../../../dialogs/operations/cool/transferDialog';
import type { OperationDependencies } from '../../../../dialogs/operations/shared/operationDialog';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { chiyoda, clinicB, Conversation, DEMO_IDS, hospitalA, startCore, type CoreUnderTest } from './coolHarness';

let core: CoreUnderTest;
let dependencies: OperationDependencies;
const opened: Conversation[] = [];

/** Facilities whose names users shorten: a legal-entity prefix, a name without municipality, a 内科. */
const EXTRA = [
  { id: 'fac-chiyoda-sakura', name: '医療法人社団桜会 さくらクリニック' },
  { id: 'fac-chiyoda-kudan', name: '九段坂病院' },
  { id: 'fac-chiyoda-kanda', name: '医療法人神田駅前内科' },
];

beforeAll(async () => {
  core = await startCore();
  const { analyzer } = await getAnalysis();
  dependencies = { core: core.core, now: core.now, readingOf: (kanji) => analyzer.readingOf(kanji) };
  const store = core.running.core.context.store;
  const template = (await store.facilities.get(DEMO_IDS.satelliteFacility))!;
  const lot = (await store.stock.get(`${DEMO_IDS.basicFacility}:FA1234`))!;
  for (const extra of EXTRA) {
    await store.facilities.insert({ ...template, ...extra, doctors: [], insuranceCodes: [] });
    await store.stock.insert({ ...lot, id: `${extra.id}:FA1234`, facilityId: extra.id, vials: 8, receivedVials: 8 });
  }
}, 60_000);

afterEach(async () => {
  for (const conversation of opened.splice(0)) await conversation.close();
});

afterAll(async () => {
  await core?.close();
});

function open(make: (d: OperationDependencies) => Dialog, user: UserIdentity, utterance: string): Conversation {
  const conversation = new Conversation(() => make(dependencies), user, utterance);
  opened.push(conversation);
  return conversation;
}

type Fills = [sentence: string, facility: string, date: string, lot: string, vials: string];
type Leaves = [sentence: string, note: string | undefined, date: string, vials: string];

// ---- 移送・融通 (sender 千代田区A病院, the receiver from the sentence) ----------------------------

const transferFills: Fills[] = [
  ['昨日ロットFA1234を3バイアルBクリニックへ移送しました', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '3バイアル'],
  ['Bクリニック様にFB5678を2本、一昨日移送', '千代田区Bクリニック', '2024年6月13日', 'FB5678', '2バイアル'],
  ['今日ＦＡ１２３４を４本Ｂクリニックさんに融通しました', '千代田区Bクリニック', '2024年6月15日', 'FA1234', '4バイアル'],
  ['ﾋﾞｰｸﾘﾆｯｸに昨日FA1234を5本移送', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '5バイアル'],
  ['びーくりにっくへFA1234を1バイアル昨日移送しました', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '1バイアル'],
  ['B診療所に昨日FA1234を3本移送', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '3バイアル'],
  ['6月10日にさくらクリニックへFB5678を2本移送しました', '医療法人社団桜会 さくらクリニック', '2024年6月10日', 'FB5678', '2バイアル'],
  ['九段坂に昨日MD0001を1本移送', '九段坂病院', '2024年6月14日', 'MD0001', '1バイアル'],
  ['きゅうだんざかびょういんに昨日FA1234を2本移送', '九段坂病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['神田駅前内科さんへ昨日FA1234を十本', '医療法人神田駅前内科', '2024年6月14日', 'FA1234', '10バイアル'],
  ['Bクリニクへ昨日FA1234を3本移送', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '3バイアル'],
  ['中央区C病院に一昨日FA1234を2本移送', '中央区C病院', '2024年6月13日', 'FA1234', '2バイアル'],
  ['C病院に一昨日FB5678を十本移送', '中央区C病院', '2024年6月13日', 'FB5678', '10バイアル'],
  ['A病院からBクリニックへ昨日FA1234を3本移送', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '3バイアル'],
  ['ちよだくびーくりにっくへ昨日FA1234を2本', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '2バイアル'],
];

const transferLeaves: Leaves[] = [
  ['A病院に昨日FA1234を3本移送しました', 'ご自身の医療機関のため', '2024年6月14日', '3バイアル'],
  ['えーびょういんに昨日FA1234を3本移送', 'ご自身の医療機関のため', '2024年6月14日', '3バイアル'],
  ['BクリニックとC病院に昨日FA1234を3本移送', '医療機関が複数挙がっています', '2024年6月14日', '3バイアル'],
  ['近くの病院に昨日FA1234を3本移送しました', undefined, '2024年6月14日', '3バイアル'],
  ['クリニックに昨日FA1234を3本移送', undefined, '2024年6月14日', '3バイアル'],
  ['北町病院に昨日FA1234を3本移送', undefined, '2024年6月14日', '3バイアル'],
];

describe('移送・融通: the receiver named in the first sentence', () => {
  it.each(transferFills)('「%s」 fills %s with date, lot and vials', async (sentence, facility, date, lot, vials) => {
    const conversation = open((d) => new TransferDialog(d), hospitalA, sentence);
    await conversation.transcript([{ says: sentence, shows: ['[登録する]', facility, date, lot, vials], hides: ['どちらですか'] }]);
  });

  it.each(transferLeaves)('「%s」 does not fill the receiver (%s) and keeps the other values', async (sentence, note, date, vials) => {
    const conversation = open((d) => new TransferDialog(d), hospitalA, sentence);
    await conversation.transcript([
      { says: sentence, shows: ['移送先の医療機関はどちらですか', ...(note ? [note] : [])], hides: ['[登録する]'] },
      { says: 'Bクリニック', shows: ['[登録する]', '千代田区Bクリニック', date, 'FA1234', vials] },
    ]);
  });
});

// ---- 融通受入 (receiver 千代田区Bクリニック, the sender from the sentence) --------------------------

const receiptFills: Fills[] = [
  ['昨日A病院からFA1234を2本融通してもらった', '千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['昨日A医院さんからFA1234を2本受け取りました', '千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['えーびょういんから昨日FA1234を3バイアル受け入れ', '千代田区A病院', '2024年6月14日', 'FA1234', '3バイアル'],
  ['ｴｰ病院より一昨日FA1234を1本受入', '千代田区A病院', '2024年6月13日', 'FA1234', '1バイアル'],
  ['ちよだくえーびょういんから昨日FA1234を2本', '千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['千代田区A病院様から昨日ＦＡ１２３４を２本', '千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['ちよだA病院から6月12日にFB5678を4本', '千代田区A病院', '2024年6月12日', 'FB5678', '4バイアル'],
  ['さくらクリニックから昨日FA1234を2本', '医療法人社団桜会 さくらクリニック', '2024年6月14日', 'FA1234', '2バイアル'],
  ['九段坂病院さんから昨日FA1234を2本もらいました', '九段坂病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['きゅうだんざかびょういんから昨日FA1234を五本', '九段坂病院', '2024年6月14日', 'FA1234', '5バイアル'],
  ['中央区C病院から昨日FA1234を4本融通を受けた', '中央区C病院', '2024年6月14日', 'FA1234', '4バイアル'],
  ['Cびょういんから一昨日FA1234を4本', '中央区C病院', '2024年6月13日', 'FA1234', '4バイアル'],
  ['さくらクリニクから昨日FA1234を1本受け取った', '医療法人社団桜会 さくらクリニック', '2024年6月14日', 'FA1234', '1バイアル'],
  ['Bクリニックは昨日A病院からFA1234を2本受け取りました', '千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'],
];

const receiptLeaves: Leaves[] = [
  ['Bクリニックから昨日FA1234を2本受け取った', 'ご自身の医療機関のため', '2024年6月14日', '2バイアル'],
  ['びーくりにっくから昨日FA1234を2本', 'ご自身の医療機関のため', '2024年6月14日', '2バイアル'],
  ['A病院とC病院から昨日FA1234を2本受け取った', '医療機関が複数挙がっています', '2024年6月14日', '2バイアル'],
  ['大きな病院から昨日FA1234を2本受け取った', undefined, '2024年6月14日', '2バイアル'],
  ['病院から昨日FA1234を2本もらった', undefined, '2024年6月14日', '2バイアル'],
  ['北町クリニックから昨日FA1234を2本受け取った', undefined, '2024年6月14日', '2バイアル'],
];

describe('融通受入: the sender named in the first sentence', () => {
  it.each(receiptFills)('「%s」 fills %s with date, lot and vials', async (sentence, facility, date, lot, vials) => {
    const conversation = open((d) => new ReceiptDialog(d), clinicB, sentence);
    await conversation.transcript([{ says: sentence, shows: ['[登録する]', facility, date, lot, vials], hides: ['どちらですか'] }]);
  });

  it.each(receiptLeaves)('「%s」 does not fill the sender (%s) and keeps the other values', async (sentence, note, date, vials) => {
    const conversation = open((d) => new ReceiptDialog(d), clinicB, sentence);
    await conversation.transcript([
      { says: sentence, shows: ['移送元（融通してくれた）の医療機関はどちらですか', ...(note ? [note] : [])], hides: ['[登録する]'] },
      { says: 'A病院', shows: ['[登録する]', '千代田区A病院', date, 'FA1234', vials] },
    ]);
  });
});

// ---- 代理入力 (千代田区 enters a 廃棄 for the facility named in the sentence) -----------------------

const proxyFills: Fills[] = [
  ['A病院で昨日FA1234を2本廃棄しました', '千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['A医院の廃棄、昨日FA1234を1本', '千代田区A病院', '2024年6月14日', 'FA1234', '1バイアル'],
  ['えーびょういんで一昨日FA1234を2本廃棄', '千代田区A病院', '2024年6月13日', 'FA1234', '2バイアル'],
  ['ｴｰ病院 昨日 FA1234 3本 廃棄', '千代田区A病院', '2024年6月14日', 'FA1234', '3バイアル'],
  ['ちよだくえーびょういんで昨日FA1234を2本廃棄', '千代田区A病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['Bクリニックさんの分、昨日FA1234を1本廃棄', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '1バイアル'],
  ['びーくりにっくで昨日FA1234を2本廃棄した', '千代田区Bクリニック', '2024年6月14日', 'FA1234', '2バイアル'],
  ['さくらクリニックで昨日FA1234を2本廃棄', '医療法人社団桜会 さくらクリニック', '2024年6月14日', 'FA1234', '2バイアル'],
  ['九段坂で昨日FA1234を2本廃棄しました', '九段坂病院', '2024年6月14日', 'FA1234', '2バイアル'],
  ['きゅうだんざかびょういんで昨日FA1234を三本廃棄', '九段坂病院', '2024年6月14日', 'FA1234', '3バイアル'],
  ['神田駅前内科様で昨日FA1234を2本廃棄', '医療法人神田駅前内科', '2024年6月14日', 'FA1234', '2バイアル'],
  ['さくらクリニクで昨日FA1234を1本廃棄', '医療法人社団桜会 さくらクリニック', '2024年6月14日', 'FA1234', '1バイアル'],
];

const proxyLeaves: Leaves[] = [
  ['C病院で昨日FA1234を2本廃棄しました', undefined, '2024年6月14日', '2バイアル'],
  ['中央区Dクリニックで昨日FA1234を2本廃棄', undefined, '2024年6月14日', '2バイアル'],
  ['A病院とBクリニックで昨日FA1234を2本廃棄', '当てはまる医療機関が2件あります', '2024年6月14日', '2バイアル'],
  ['近くの病院で昨日FA1234を2本廃棄', undefined, '2024年6月14日', '2バイアル'],
  ['クリニックで昨日FA1234を2本廃棄', undefined, '2024年6月14日', '2バイアル'],
];

describe('代理入力: the facility a 市町村 user names in the first sentence', () => {
  it.each(proxyFills)('「%s」 acts for %s with date, lot and vials', async (sentence, facility, date, lot, vials) => {
    const conversation = open((d) => new DisposalDialog(d), chiyoda, sentence);
    await conversation.transcript([
      { says: sentence, shows: [`${facility}の代理として入力します`, '廃棄の理由'], hides: ['どちらの医療機関の代理'] },
      { says: 'なし', shows: ['[登録する]', `${facility}（代理入力）`, date, lot, vials] },
    ]);
  });

  it.each(proxyLeaves)('「%s」 does not choose the facility (%s) and keeps the other values', async (sentence, note, date, vials) => {
    const conversation = open((d) => new DisposalDialog(d), chiyoda, sentence);
    await conversation.transcript([
      { says: sentence, shows: ['どちらの医療機関の代理として入力しますか', '[千代田区A病院]', ...(note ? [note] : [])], hides: ['代理として入力します。', '中央区'] },
      { says: 'A病院', shows: ['千代田区A病院の代理として入力します', '廃棄の理由'] },
      { says: 'なし', shows: ['[登録する]', '千代田区A病院（代理入力）', date, 'FA1234', vials] },
    ]);
  });
});

describe('a receipt named in kana reaches the core as confirmed', () => {
  it('registers the 受入 from 「えーびょういん」 against the sender\'s 移送', async () => {
    await core.core.registerTransfer(hospitalA, { fromFacilityId: DEMO_IDS.basicFacility, toFacilityId: DEMO_IDS.satelliteFacility, date: '2024-06-14', lotNumber: 'FB5678', vials: 3 }, 'kana-transfer-1');
    const sentence = '昨日えーびょういんからFB5678を3本受け入れました';
    const conversation = open((d) => new ReceiptDialog(d), clinicB, sentence);
    await conversation.transcript([
      { says: sentence, shows: ['千代田区A病院', '2024年6月14日', 'FB5678', '3バイアル'] },
      { says: '登録する', shows: ['融通受入の登録が完了しました'] },
    ]);
    const stock = await core.core.getStock(clinicB, DEMO_IDS.satelliteFacility);
    expect(stock.lots.find((l) => l.lotNumber === 'FB5678')?.vials).toBe(3);
  });
});
