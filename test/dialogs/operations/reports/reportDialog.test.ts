/**
 * Reports in conversation against the real reference core: the right report for the role, the
 * chat's figures equal the core API's rows added up, and the CSV link in the chat downloads the
 * same report (UTF-8 with BOM, the expected header) through the signed-link route.
 */
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { ReportDialog } from '../../../../dialogs/operations/reports/reportDialog';
import type { Report, ReportId } from '../../../../dialogs/ports/coreSystem';
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import { ReportCsvLinks } from '../../../../adapters/reports/reportCsvLinks';
import { registerReportCsvRoute } from '../../../../adapters/reports/reportCsvRoute';
import { TokenSigner } from '../../../../adapters/identity/signedToken';
import { TEST_SECRET } from '../../../core-system/referenceServer';
import { chiyoda, DEMO_IDS, hospitalA, prefecture } from '../../../core-system/users';
import { DialogConversation, startCore, visible, type CoreUnderTest } from './coreDialogClient';

let env: CoreUnderTest;
let links: ReportCsvLinks;

beforeAll(async () => {
  env = await startCore('2024-06-15');
  const signer = new TokenSigner(TEST_SECRET);
  links = new ReportCsvLinks(signer, env.running.url);
  registerReportCsvRoute(env.running.server, { core: env.core, links, signer });
  // Some 希望量 in the running cool, so R206/R306 have figures.
  await env.core.registerDemand(hospitalA, { facilityId: DEMO_IDS.basicFacility, coolId: DEMO_IDS.openCool, vials: 12 }, randomUUID());
});
afterAll(() => env.close());

function factsOf(reply: Partial<Activity>): Map<string, string> {
  const card = reply.attachments?.[0]?.content as { body: Array<{ facts?: Array<{ title: string; value: string }> }> };
  return new Map(card.body.flatMap((element) => element.facts ?? []).map((fact) => [fact.title, fact.value]));
}

function linkOf(replies: Partial<Activity>[]): string {
  const hero = replies.find((reply) => reply.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.hero');
  return (hero!.attachments![0].content as { buttons: Array<{ value: string }> }).buttons[0].value;
}

function total(report: Report, key: string): string {
  return report.rows.reduce((sum, row) => sum + Number(row[key] ?? 0), 0).toLocaleString('ja-JP');
}

const cases: Array<{ user: UserIdentity; says: string; reportId: ReportId; coolId?: string; totals: Array<[string, string]> }> = [
  { user: chiyoda, says: 'R308を見せて', reportId: 'R308', totals: [['総計の合計', 'total'], ['1回目 小計の合計', 'dose1Subtotal'], ['2回目 小計の合計', 'dose2Subtotal']] },
  { user: prefecture, says: '医療機関別の接種実績', reportId: 'R208', totals: [['総計の合計', 'total'], ['1回目 小計の合計', 'dose1Subtotal'], ['2回目 小計の合計', 'dose2Subtotal']] },
  { user: hospitalA, says: '接種実績を見せて', reportId: 'R308', totals: [['総計の合計', 'total'], ['1回目 小計の合計', 'dose1Subtotal'], ['2回目 小計の合計', 'dose2Subtotal']] },
  { user: prefecture, says: '納入予定日の登録状況', reportId: 'R203', coolId: DEMO_IDS.closedCool, totals: [['分配ありの合計', 'allocated'], ['納入予定日登録済みの合計', 'deliveryDateRegistered']] },
  { user: chiyoda, says: '納入予定日の登録状況', reportId: 'R303', coolId: DEMO_IDS.closedCool, totals: [['分配ありの合計', 'allocated']] },
  { user: prefecture, says: '分配実績', reportId: 'R201', coolId: DEMO_IDS.closedCool, totals: [['バイアル数の合計', 'vials']] },
  { user: chiyoda, says: '希望量の累計', reportId: 'R306', coolId: DEMO_IDS.openCool, totals: [['バイアル数の合計', 'vials']] },
  { user: prefecture, says: '第6クールの希望量の累計', reportId: 'R206', coolId: DEMO_IDS.openCool, totals: [['バイアル数の合計', 'vials']] },
  { user: prefecture, says: 'R310を表示して', reportId: 'R210', coolId: DEMO_IDS.closedCool, totals: [['分配量（バイアル）の合計', 'vials']] },
  { user: chiyoda, says: '配送状況', reportId: 'R304', coolId: DEMO_IDS.closedCool, totals: [['分配量（バイアル）の合計', 'vials']] },
];

test.each(cases)('$user.role 「$says」 -> $reportId with the core API figures and a CSV of the same report', async ({ user, says, reportId, coolId, totals }) => {
  const chat = new DialogConversation(new ReportDialog({ core: env.core, links }), user, says);
  const replies = await chat.say(says);
  const summary = replies.find((reply) => reply.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')!;
  expect(summary.text).toContain(reportId);

  const report = await env.core.getReport(user, reportId, coolId ? { coolId } : {});
  const facts = factsOf(summary);
  expect(facts.get('件数')).toBe(`${report.rows.length}件`);
  for (const [label, key] of totals) expect({ label, value: facts.get(label) }).toEqual({ label, value: total(report, key) });
  expect(chat.result).toMatchObject({ outcome: 'completed' });

  const response = await fetch(linkOf(replies));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe(report.columns.map((column) => column.label).join(','));
  expect(lines).toHaveLength(report.rows.length + 1);
});

test('the top rows are the largest first and the vaccine totals are split by vaccine', async () => {
  const chat = new DialogConversation(new ReportDialog({ core: env.core, links }), chiyoda, 'R308');
  const text = (await chat.say('R308')).map(visible).join('\n');
  expect(text).toContain('総計（ファイザー社ワクチン）：75');
  expect(text).toContain('1回目 小計（ファイザー社ワクチン）：75');
  expect(text).toMatch(/上位\d件 1\. 千代田区A病院（千代田区）：ワクチン：ファイザー社ワクチン、1回目 小計：75、2回目 小計：0、総計：75/);
  // The chat keeps to the subtotals; the breakdown by priority group is in the CSV.
  expect(text).not.toContain('1回目 高齢者');
  expect(text).toContain('CSVをダウンロード');
  expect(text).toContain('15分間有効');
});

test('R300 住所地外接種の申請状況一覧: the municipality sees the applications at its own facilities, counted by status, with a CSV', async () => {
  const chat = new DialogConversation(new ReportDialog({ core: env.core, links }), chiyoda, '住所地外接種の申請状況を見せて');
  const replies = await chat.say('住所地外接種の申請状況を見せて');
  const summary = replies.find((reply) => reply.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')!;
  expect(summary.text).toContain('R300「住所地外接種の申請状況一覧」');
  const report = await env.core.getReport(chiyoda, 'R300');
  expect(report.rows.map((row) => row.facilityName)).toEqual(['千代田区A病院', '千代田区A病院', '千代田区Bクリニック']);
  const facts = factsOf(summary);
  expect(facts.get('件数')).toBe('3件');
  expect([facts.get('受付済の件数'), facts.get('申請中の件数'), facts.get('取下げの件数')]).toEqual(['1件', '1件', '1件']);
  expect(visible(summary)).toMatch(/1\. 千代田区A病院（千代田区）：申請番号：oor-0001、申請日：2024-05-26、住所地：大阪府大阪市/);
  const lines = Buffer.from(await (await fetch(linkOf(replies))).arrayBuffer()).subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('市町村名,接種予定の医療機関・接種会場名,申請番号,申請日,住所地,申請理由,申請状況,受付・取下げ日');
  expect(lines).toContain('千代田区,千代田区Bクリニック,oor-0003,2024-05-31,神奈川県横浜市,基礎疾患の主治医の下での接種,取下げ,2024-06-06');
  expect(lines).toHaveLength(4);
});

test('R308 asked by the prefecture shows its own R208 and says so; R300 is the municipality\'s; a topic the role lacks is asked again', async () => {
  const substituted = new DialogConversation(new ReportDialog({ core: env.core, links }), prefecture, 'R308を見せて');
  expect((await substituted.say('R308を見せて')).map(visible).join('\n')).toContain('R308は都道府県向けのレポートではないため、都道府県向けのR208を表示します');

  const outOfArea = new DialogConversation(new ReportDialog({ core: env.core, links }), prefecture, 'R300を見せて');
  expect(await outOfArea.sayText('R300を見せて')).toContain('R300は都道府県のアカウントでは表示できないレポートです');

  const facility = new DialogConversation(new ReportDialog({ core: env.core, links }), hospitalA, '分配実績を見せて');
  const asked = await facility.sayText('分配実績を見せて');
  expect(asked).toContain('分配実績は医療機関のアカウントでは表示できないレポートです');
  expect(asked).toContain('[予約者一覧]');
  expect(asked).toContain('[接種実績]');
  expect(await facility.sayText('接種実績')).toContain('R308 医療機関・接種会場別接種実績累計');
});
