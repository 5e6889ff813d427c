/**
 * kill -9 of the real server process in the middle of a dialog, then a restart on the same
 * DATA_DIR: the user's Direct Line token still works, the conversation continues where it was
 * (same dialog step, nothing typed lost, no second greeting). The captured logs of both processes
 * hold no token or secret, and every turn is logged with a correlation id that is also on the
 * bot's replies.
 *
 * Until an operation dialog is registered, the dialog interrupted is question answering's
 * 「解決しましたか？」 step (a waiting dialog in conversation state like any operation step).
 */
import { makeTempDir } from '../support/tempDir';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { DirectLineSession, visibleText } from '../../bot/cli/benchDirectLineClient';
import { FEEDBACK_THANKS, SOLVED_QUESTION } from '../../dialogs/qnaMessages';
import { WELCOME_TITLE } from '../../dialogs/welcomeMessages';
import { logLines, secretsIn } from './logScan';

const SECRET = 'crash-test-secret-0123456789-abcdefghijklmnopqrst';

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

it('resumes a dialog at the same step after kill -9 and restart; logs carry correlation ids and no secrets', async () => {
  const first = await start();
  const before = await DirectLineSession.open(first.url, 'demo-facility', { stream: false });
  const answer = await before.say('希望量の登録方法を教えてください');
  expect(answer.replies.map(visibleText).join('\n')).toContain(SOLVED_QUESTION);
  before.close();

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
