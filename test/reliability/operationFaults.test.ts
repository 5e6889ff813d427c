/**
 * An operation through the whole assistant (bot/app.ts, MainDialog routing, the embedded reference
 * core over HTTP, the local Direct Line):
 * - the bot-state write of the 登録する turn fails after the core registered the 移送・融通: the user
 *   is told, and 登録する again files nothing new (same derived idempotency key; read back);
 * - 「あとで」 sets the operation aside: a question in between is answered normally, the menu offers
 *   「入力途中の〇〇を再開」, and resuming shows the same values and registers exactly once.
 */
import { FlakyStorage } from '../support/flakyStorage';
import { HttpCoreSystem } from '../../adapters/core-system/httpCoreSystem';
import { DEMO_IDS, DEMO_USERS } from '../../adapters/core-system/reference/demoData';
import { DirectLineSession, visibleText, type BotActivity } from '../../bot/cli/benchDirectLineClient';
import { NOTHING_TO_RESUME, RESUME_BUTTON } from '../../dialogs/parkedMessages';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { SOLVED_QUESTION } from '../../dialogs/qnaMessages';
import { TURN_ERROR_MESSAGE } from '../../dialogs/welcomeMessages';
import type { RunningApp } from '../support/startApp';
import { startAppWithSeams } from '../support/startAppWithSeams';

const SECRET = 'operation-faults-secret-0123456789-abcdefghij';
const facilityUser = DEMO_USERS.find((user) => user.id === 'demo-facility') as UserIdentity;
const TRANSFER = '昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました';


const shown = (replies: BotActivity[]): string => replies.map(visibleText).join('\n');

let running: RunningApp;
let storage: FlakyStorage | undefined;
let core: HttpCoreSystem;

beforeEach(async () => {
  running = await startAppWithSeams({ wrapStorage: (inner) => (storage = new FlakyStorage(inner)) }, { TOKEN_SECRET: SECRET });
  core = new HttpCoreSystem({ baseUrl: `${running.url}/core/v1`, tokenSecret: SECRET, retries: 0 });
}, 60_000);
afterEach(() => running?.stop());

async function stockOf(lot: string): Promise<number> {
  return (await core.getStock(facilityUser, DEMO_IDS.basicFacility)).lots.find((l) => l.lotNumber === lot)?.vials ?? 0;
}

it('a failed bot-state write at 登録する: the user is told, and 登録する again files nothing new', async () => {
  const before = await stockOf('FA1234');
  const session = await DirectLineSession.open(running.url, 'demo-facility', { stream: false });
  expect(shown((await session.say(TRANSFER)).replies)).toContain('登録する');

  storage!.failures = 1;
  const failed = shown((await session.say('登録する')).replies);
  expect(failed).toContain(TURN_ERROR_MESSAGE);
  expect(await stockOf('FA1234')).toBe(before - 3); // the core did register it

  // The saved state is still the confirmation: the same answer is accepted and replays the registration.
  const again = shown((await session.say('登録する')).replies);
  expect(again).toContain('移送・融通の登録が完了しました');
  expect(again).not.toContain(TURN_ERROR_MESSAGE);
  expect(await stockOf('FA1234')).toBe(before - 3);
}, 60_000);

it('あとで sets the operation aside: questions are answered, the menu offers to resume, resuming registers exactly once', async () => {
  const before = await stockOf('FA1234');
  const session = await DirectLineSession.open(running.url, 'demo-facility', { stream: false });
  expect(shown((await session.say(TRANSFER)).replies)).toContain('登録する');

  expect(shown((await session.say('あとで')).replies)).toContain('入力内容を保存しました');
  // A question in between goes to question answering, not to the waiting operation.
  const answer = shown((await session.say('希望量の登録方法を教えてください')).replies);
  expect(answer).toContain(SOLVED_QUESTION);
  expect(answer).not.toContain('「登録する」「修正」「キャンセル」');

  const menu = shown((await session.say('メニュー')).replies);
  expect(menu).toContain(RESUME_BUTTON('移送・融通の登録'));

  const resumed = shown((await session.say(RESUME_BUTTON('移送・融通の登録'))).replies);
  for (const value of ['FA1234', '3バイアル', '千代田区Bクリニック', '登録する']) expect(resumed).toContain(value);
  expect(shown((await session.say('登録する')).replies)).toContain('移送・融通の登録が完了しました');
  expect(await stockOf('FA1234')).toBe(before - 3);

  // Done: nothing is left to resume.
  expect(shown((await session.say('再開')).replies)).toContain(NOTHING_TO_RESUME);
}, 60_000);
