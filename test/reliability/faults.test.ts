/**
 * Faults under a running conversation, on the whole assistant (bot/app.ts) through the local
 * Direct Line: a bot-state write that fails in the middle of a dialog, and a core system that is
 * down. Expected: the user is told, nothing is half-done, a retry completes, and the conversation
 * is still at the same step.
 *
 * The dialog step under test here is question answering's 「解決しましたか？」, and core faults are
 * checked for what users see outside an operation (answers keep coming, readiness names the core);
 * the same faults during an operation are in operationFaults.test.ts and
 * test/dialogs/operations/cool/operationReliability.test.ts.
 */
import { FlakyStorage } from '../support/flakyStorage';
import { startAppWithSeams } from '../support/startAppWithSeams';
import type { RunningApp } from '../support/startApp';
import { DirectLineSession, visibleText } from '../../bot/cli/benchDirectLineClient';
import { FEEDBACK_THANKS, SOLVED_QUESTION } from '../../dialogs/qnaMessages';
import { TURN_ERROR_MESSAGE } from '../../dialogs/welcomeMessages';


const shown = (replies: { text?: string }[]): string => replies.map((reply) => visibleText(reply as never)).join('\n');

describe('bot state write fails in the middle of a dialog', () => {
  let running: RunningApp;
  let storage: FlakyStorage | undefined;

  beforeAll(async () => {
    running = await startAppWithSeams({ wrapStorage: (inner) => (storage = new FlakyStorage(inner)) });
  });
  afterAll(() => running?.stop());

  it('tells the user, keeps the step, and the retry completes', async () => {
    const session = await DirectLineSession.open(running.url, 'demo-facility', { stream: false });
    expect(shown((await session.say('希望量の登録方法を教えてください')).replies)).toContain(SOLVED_QUESTION);

    storage!.failures = 1;
    const failed = await session.say('はい');
    expect(shown(failed.replies)).toContain(TURN_ERROR_MESSAGE);

    // The step's state from before the failed turn is intact: the same answer is accepted again.
    const retried = await session.say('はい');
    expect(shown(retried.replies)).toContain(FEEDBACK_THANKS);
    expect(shown(retried.replies)).not.toContain(TURN_ERROR_MESSAGE);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
  });
});

describe('core system down', () => {
  let running: RunningApp;

  beforeAll(async () => {
    // Port 1 on loopback refuses connections at once: the core is down.
    running = await startAppWithSeams(
      { coreTiming: { timeoutMs: 500, retries: 1, backoffMs: 50 } },
      { CORE_API_URL: 'http://127.0.0.1:1/core/v1', DEMO: 'true' },
    );
  });
  afterAll(() => running?.stop());

  it('keeps answering questions, stays alive and reports the core as not ready', async () => {
    const session = await DirectLineSession.open(running.url, 'demo-facility', { stream: false });
    const answer = await session.say('希望量の登録方法を教えてください');
    expect(shown(answer.replies)).toContain(SOLVED_QUESTION);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const readiness = await fetch(`${running.url}/readyz`);
    expect(readiness.status).toBe(503);
    const report = (await readiness.json()) as { checks: Record<string, { ok: boolean }> };
    expect(report.checks.core.ok).toBe(false);
    expect(report.checks.storage.ok).toBe(true);
  });
});
