/**
 * Load over the local Direct Line against the whole assistant (bot/app.ts): many conversations at
 * once, each a run of turns; zero failed turns, every conversation answered every time, and the
 * server still ready afterwards. Operation dialogs join the mix once one the driver can complete is
 * registered (bot/cli/benchOperationScenario.ts); each completed walk must end with its result.
 * `npm test` runs a reduced size; LOAD_FULL=1 runs 100 conversations x 20 turns. No timings are
 * asserted here (they are in `npm run bench`).
 */
import { startApp, type RunningApp } from '../support/startApp';
import { runLoad, type Scenario } from '../../bot/cli/benchLoad';
import { qnaScenario } from '../../bot/cli/benchScenarios';
import { CLAIM_CANDIDATE, FINISHED, operationScenario } from '../../bot/cli/benchOperationScenario';
import { visibleText } from '../../bot/cli/benchDirectLineClient';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { signUserToken } from '../../adapters/identity/userToken';
import { DEMO_USERS } from '../../adapters/core-system/reference/demoData';

const FULL = process.env.LOAD_FULL === '1';
const CONVERSATIONS = FULL ? 100 : 40;
const TURNS = FULL ? 20 : 8;
const SECRET = 'load-test-secret-0123456789-abcdefghijklmnopqrst';
const facilityUser = DEMO_USERS.find((user) => user.id === CLAIM_CANDIDATE.demoUser)!;

let running: RunningApp;

beforeAll(async () => {
  running = await startApp({ TOKEN_SECRET: SECRET });
});

afterAll(async () => {
  await running?.stop();
});

/** Claims the core holds for the facility, read back through the core API as that user. */
async function filedClaims(): Promise<Array<{ serviceMonth: string }>> {
  const token = signUserToken(new TokenSigner(SECRET), facilityUser);
  const response = await fetch(`${running.url}/core/v1/facilities/${facilityUser.organizationId}/claims`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as Array<{ serviceMonth: string }>;
}

/** Even conversations run the operation (when there is one), odd ones ask questions. */
function mixed(qna: Scenario, operation: Scenario | undefined): Scenario {
  if (!operation) return qna;
  return {
    name: 'mixed',
    demoUser: (index) => (index % 2 === 0 ? operation.demoUser(index) : qna.demoUser(index)),
    script: (index) => (index % 2 === 0 ? [...operation.script(index), ...qna.script(index).slice(0, 2)] : qna.script(index)),
    check: qna.check,
  };
}

it(`${CONVERSATIONS} concurrent conversations x ${TURNS} turns mixing questions and claims: no failed turn, the core holds exactly the confirmed claims`, async () => {
  const claimsBefore = (await filedClaims()).length;
  // Finding the operation walks it once: that walk files one claim.
  const operation = await operationScenario(running.url, [CLAIM_CANDIDATE]);
  expect(operation.reason).toBeUndefined();
  let confirmed = 1;
  const scenario = mixed(qnaScenario(), operation.scenario);
  const answered = new Map<number, number>();
  const figures = await runLoad(running.url, scenario, {
    concurrency: CONVERSATIONS,
    turns: TURNS,
    onTurn: (conversation, said, result) => {
      answered.set(conversation, (answered.get(conversation) ?? 0) + 1);
      // Every reply is readable, never an empty message.
      for (const reply of result.replies) expect(visibleText(reply).trim()).not.toBe('');
      if (said === '登録する' && result.replies.some((reply) => FINISHED.test(visibleText(reply)))) confirmed++;
    },
  });
  expect(figures.errorSamples).toEqual([]);
  expect(figures.errors).toBe(0);
  expect(figures.turns).toBe(CONVERSATIONS * TURNS);
  expect([...answered.values()].every((count) => count === TURNS)).toBe(true);
  expect(answered.size).toBe(CONVERSATIONS);
  // Concurrent filings of the same month: one claim per month in the core, each one confirmed to a user.
  const claimsAfter = await filedClaims();
  expect(claimsAfter.length - claimsBefore).toBe(confirmed);
  expect(new Set(claimsAfter.map((claim) => claim.serviceMonth)).size).toBe(claimsAfter.length);
  expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
}, 600_000);
