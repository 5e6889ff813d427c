/**
 * The real assistant on a store the test owns, so two instances can share one store in one
 * process (what several servers on one MongoDB do) and the test can wrap it (fault injection).
 * The apps do not close the store; `closeStore` does, after every app stopped.
 */
import type { Repositories } from '../../../dialogs/ports/repositories';
import type { RunningApp } from '../../support/startApp';
import { startAppWithSeams } from '../../support/startAppWithSeams';

export function startAppOnStore(repositories: Repositories, options: { env?: Record<string, string>; faqPollMs?: number } = {}): Promise<RunningApp> {
  return startAppWithSeams({ repositories, faqPollMs: options.faqPollMs }, options.env);
}

/** Polls until `check` resolves true (a change another instance picks up on its next poll). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
