/**
 * kill -9 of the real server process in the middle of a dialog, then a restart on the same
 * DATA_DIR: the user's Direct Line token still works, the conversation continues where it was
 * (same dialog step, nothing typed lost, no second greeting). The captured logs of both processes
 * hold no token or secret, and every turn is logged with a correlation id that is also on the
 * bot's replies.
 *
 * Three conversations are in flight at the kill: question answering's 「解決しましたか？」 step, a
 * 移送・融通 after two of its values were given (it resumes at the third with both kept), and a
 * 廃棄 set aside with 「あとで」 (offered in the menu after the restart and registered once).
 */
import { HttpCoreSystem } from '../../adapters/core-system/httpCoreSystem';
import { DEMO_IDS, DEMO_USERS } from '../../adapters/core-system/reference/demoData';
import { RESUME_BUTTON } from '../../dialogs/parkedMessages';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { makeTempDir } from '../support/tempDir';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { DirectLineSession, visibleText } from '../../bot/cli/benchDirectLineClient';
import { FEEDBACK_THANKS, SOLVED_QUESTION } from '../../dialogs/qnaMessages';
import { WELCOME_TITLE } from '../../dialogs/welcomeMessages';
import { logLines, secretsIn } from './logScan';

const SECRET = 'crash-test-secret-0123456789-abcdefghijklmnopqrst';
const facilityUser = DEMO_USERS.find((user) => user.id === 'demo-facility') as UserIdentity;
const text = (turn: { replies: Parameters<typeof visibleText>[0][] }): string => turn.replies.map(visibleText).join('\n');

const processes: ServerProcess[] = [];
const temp = makeTempDir('vsys-crash-');

afterAll(async () => {
  await Promise.all(processes.map((server) => server.kill9()));
  temp.cleanup();
});

async function start(): Promise<ServerProcess> {
  const server = await startServerProcess({ DATA_DIR: temp.dir, TOKEN_SECRET: SECRET });
  processes.push(server);
  return server;
}

it('resumes dialogs (a question, an operation mid-way, a parked operation) after kill -9 and restart; logs carry correlation ids and no secrets', async () => {
  const first = await start();
  const before = await DirectLineSession.open(first.url, 'demo-facility', { stream: false });
  const answer = await before.say('希望量の登録方法を教えてください');
  expect(answer.replies.map(visibleText).join('\n')).toContain(SOLVED_QUESTION);
  before.close();

  // An operation in the middle: date and lot given, the number of vials asked.
  const transfer = await DirectLineSession.open(first.url, 'demo-facility', { stream: false });
  expect(text(await transfer.say('移送を登録したい'))).toContain('移送日はいつですか');
  expect(text(await transfer.say('昨日'))).toContain('ロット番号');
  expect(text(await transfer.say('FA1234'))).toContain('何バイアルですか');
  transfer.close();
  // An operation set aside with あとで at its confirmation.
  const disposal = await DirectLineSession.open(first.url, 'demo-facility', { stream: false });
  expect(text(await disposal.say('昨日FB5678を1本廃棄しました'))).toContain('廃棄の理由');
  expect(text(await disposal.say('期限切れ'))).toContain('登録する');
  expect(text(await disposal.say('あとで'))).toContain('入力内容を保存しました');
  disposal.close();

  await first.kill9();
  const second = await start();

  // Same token (signed with the same secret), same conversation, new server process and port.
  const after = await DirectLineSession.resume(second.url, before.token, before.userId, { stream: false });
  expect(after.conversationId).toBe(before.conversationId);
  const transcriptLength = after.activities.length;
  expect(after.activities.filter((activity) => visibleText(activity).includes(WELCOME_TITLE))).toHaveLength(1);

  // The waiting step takes the answer it was waiting for.
  const resumed = await after.say('はい');
  const shown = resumed.replies.map(visibleText).join('\n');
  if (!shown.includes(FEEDBACK_THANKS)) {
    const errors = logLines(second.output().stdout).filter((line) => (line.level ?? 0) >= 50);
    throw new Error(`expected the feedback step to continue, got "${shown.slice(0, 200)}"; errors logged: ${JSON.stringify(errors).slice(0, 3000)}`);
  }
  expect(after.botMessagesSince(transcriptLength).some((activity) => visibleText(activity).includes(WELCOME_TITLE))).toBe(false);

  // The operation continues at the step it was at, with the date and lot kept; registered once.
  const core = new HttpCoreSystem({ baseUrl: `${second.url}/core/v1`, tokenSecret: SECRET, retries: 0 });
  const stock = async (lot: string) => (await core.getStock(facilityUser, DEMO_IDS.basicFacility)).lots.find((l) => l.lotNumber === lot)?.vials ?? 0;
  const [fa, fb] = [await stock('FA1234'), await stock('FB5678')];
  const transferAfter = await DirectLineSession.resume(second.url, transfer.token, transfer.userId, { stream: false });
  expect(text(await transferAfter.say('2バイアル'))).toContain('移送先の医療機関はどちらですか');
  const confirmation = text(await transferAfter.say('千代田区Bクリニック'));
  for (const value of ['FA1234', '2バイアル', '千代田区Bクリニック', '登録する']) expect(confirmation).toContain(value);
  expect(text(await transferAfter.say('登録する'))).toContain('移送・融通の登録が完了しました');
  expect(await stock('FA1234')).toBe(fa - 2);

  // The parked operation is offered after the restart and resumes at the confirmation.
  const disposalAfter = await DirectLineSession.resume(second.url, disposal.token, disposal.userId, { stream: false });
  expect(text(await disposalAfter.say('メニュー'))).toContain(RESUME_BUTTON('廃棄量の登録'));
  const parkedConfirmation = text(await disposalAfter.say('再開'));
  for (const value of ['FB5678', '1バイアル', '期限切れ', '登録する']) expect(parkedConfirmation).toContain(value);
  expect(text(await disposalAfter.say('登録する'))).toContain('廃棄量の登録が完了しました');
  expect(await stock('FB5678')).toBe(fb - 1);

  // Every reply carries its turn's correlation id, and that id is in the log of that turn.
  const correlationId = resumed.replies[0].channelData?.correlationId;
  expect(typeof correlationId).toBe('string');
  await second.stop();

  const logs = processes.map((server) => server.output().stdout).join('\n');
  expect(secretsIn(logs, [SECRET, before.token])).toEqual([]);
  const turnLines = logLines(logs).filter((line) => line.msg === 'turn');
  expect(turnLines.length).toBeGreaterThanOrEqual(3);
  expect(turnLines.every((line) => typeof line.correlationId === 'string' && line.correlationId.length > 0)).toBe(true);
  expect(new Set(turnLines.map((line) => line.correlationId)).size).toBe(turnLines.length);
  expect(turnLines.some((line) => line.correlationId === correlationId)).toBe(true);
}, 240_000);
