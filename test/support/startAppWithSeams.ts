/** startApp with the composition root's test seams (a failing storage, short core timeouts). */
import { createApp, type AppSeams } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import type { RunningApp } from './startApp';
import { makeTempDir } from './tempDir';

export async function startAppWithSeams(seams: AppSeams, env: Record<string, string> = {}): Promise<RunningApp> {
  const temp = makeTempDir('vsys-app-');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: temp.dir, ...env });
  const app = await createApp(config, createLogger(config.logLevel), seams);
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
