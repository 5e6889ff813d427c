/** Test helper: a real restify server (the app's) with the reference core mounted, on 127.0.0.1:0. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Server } from 'restify';
import { createHttpServer } from '../../bot/httpServer';
import { Readiness } from '../../bot/readiness';
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { mountReferenceCore, type ReferenceCore } from '../../adapters/core-system/reference/coreApi';
import type { Clock } from '../../adapters/core-system/reference/clock';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { signUserToken } from '../../adapters/identity/userToken';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { ApiCaller } from './apiCaller';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

/** A clock tests can move: set(date) puts "today" (Japan time) on that calendar day at noon. */
export class TestClock implements Clock {
  private current: Date;
  constructor(date: string) {
    this.current = TestClock.noonJst(date);
  }
  static noonJst(date: string): Date {
    return new Date(`${date}T03:00:00.000Z`);
  }
  set(date: string): void {
    this.current = TestClock.noonJst(date);
  }
  now(): Date {
    return new Date(this.current);
  }
}

export interface RunningCore {
  url: string;
  server: Server;
  core: ReferenceCore;
  clock: TestClock;
  dataDir: string;
  repositories: EmbeddedRepositories;
  token(user: UserIdentity): string;
  close(): Promise<void>;
}

export async function startReferenceServer(options: { today?: string; dataDir?: string } = {}): Promise<RunningCore> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'core-'));
  const repositories = new EmbeddedRepositories(dataDir);
  const clock = new TestClock(options.today ?? '2024-06-15');
  const logger = pino({ level: 'silent' });
  const server = createHttpServer(logger, new Readiness());
  const core = await mountReferenceCore(server, { repositories, tokenSecret: TEST_SECRET, clock, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const signer = new TokenSigner(TEST_SECRET);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    core,
    clock,
    dataDir,
    repositories,
    token: (user) => signUserToken(signer, user),
    async close() {
      server.server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await repositories.close();
    },
  };
}

export interface CoreForEachTest {
  /** Stops the current core and starts it again on the same data dir (as after a process restart). */
  restart(): Promise<void>;
}

/**
 * A fresh reference core (fresh data dir, clock at `today`) for every test of the file; `use`
 * receives it and an ApiCaller each time it (re)starts.
 */
export function freshCoreForEachTest(use: (core: RunningCore, api: ApiCaller) => void, today = '2024-06-15'): CoreForEachTest {
  let current: RunningCore | undefined;
  const start = async (dataDir?: string) => {
    current = await startReferenceServer({ today, dataDir });
    use(current, new ApiCaller(current));
  };
  beforeEach(() => start());
  afterEach(() => current?.close());
  return {
    async restart() {
      const dataDir = current!.dataDir;
      await current!.close();
      await start(dataDir);
    },
  };
}
