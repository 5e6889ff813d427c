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
import { operationScenario } from '../../bot/cli/benchOperationScenario';
import { visibleText } from '../../bot/cli/benchDirectLineClient';

const FULL = process.env.LOAD_FULL === '1';
const CONVERSATIONS = FULL ? 100 : 40;
const TURNS = FULL ? 20 : 8;

let running: RunningApp;

beforeAll(async () => {
  running = await startApp();
});

afterAll(async () => {
  await running?.stop();
});

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

it(`${CONVERSATIONS} concurrent conversations x ${TURNS} turns mixing questions and operations: no failed turn`, async () => {
  const operation = await operationScenario(running.url);
  const scenario = mixed(qnaScenario(), operation.scenario);
  const answered = new Map<number, number>();
  const figures = await runLoad(running.url, scenario, {
    concurrency: CONVERSATIONS,
    turns: TURNS,
    onTurn: (conversation, _said, result) => {
      answered.set(conversation, (answered.get(conversation) ?? 0) + 1);
      // Every reply is readable Japanese, never an empty message.
      for (const reply of result.replies) expect(visibleText(reply).trim()).not.toBe('');
    },
  });
  expect(figures.errorSamples).toEqual([]);
  expect(figures.errors).toBe(0);
  expect(figures.turns).toBe(CONVERSATIONS * TURNS);
  expect([...answered.values()].every((count) => count === TURNS)).toBe(true);
  expect(answered.size).toBe(CONVERSATIONS);
  expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
}, 600_000);
