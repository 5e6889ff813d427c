/**
 * The real assistant on a store the test owns, so two instances can share one store in one
 * process (what several servers on one MongoDB do) and the test can wrap it (fault injection).
 * The apps do not close the store; `closeStore` does, after every app stopped.
 */
import { createApp } from '../../../bot/app';
import { loadConfig } from '../../../bot/config';
import { createLogger } from '../../../bot/logger';
import type { Repositories } from '../../../dialogs/ports/repositories';
import type { RunningApp } from '../../support/startApp';
import { makeTempDir } from '../../support/tempDir';

export async function startAppOnStore(repositories: Repositories, options: { env?: Record<string, string>; faqPollMs?: number } = {}): Promise<RunningApp> {
  const temp = makeTempDir('vsys-app-');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: temp.dir, ...options.env });
  const app = await createApp(config, createLogger(config.logLevel), { repositories, faqPollMs: options.faqPollMs });
  await app.listen();
  return {
    app,
    url: app.url(),
    config,
    dataDir: temp.dir,
    async stop() {
      await app.close();
      temp.cleanup();
    },
  };
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
