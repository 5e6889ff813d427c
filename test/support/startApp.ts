/** Starts the real assistant (all wiring of bot/app.ts) on a random port with a fresh data dir. */
import { createApp, type App } from '../../bot/app';
import { loadConfig, type Config } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { makeTempDir } from './tempDir';

export interface RunningApp {
  app: App;
  url: string;
  config: Config;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startApp(env: Record<string, string> = {}, dataDir?: string): Promise<RunningApp> {
  const temp = dataDir ? undefined : makeTempDir('vsys-app-');
  const dir = dataDir ?? temp!.dir;
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dir, ...env });
  const app = await createApp(config, createLogger(config.logLevel));
  await app.listen();
  return {
    app,
    url: app.url(),
    config,
    dataDir: dir,
    async stop() {
      await app.close();
      temp?.cleanup();
    },
  };
}
