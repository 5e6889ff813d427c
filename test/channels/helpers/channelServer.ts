/** The local Direct Line on a real restify server (port 0, fresh embedded store) with a probe bot. */
import type { AddressInfo } from 'node:net';
import type { ActivityHandlerBase } from 'botbuilder';
import pino from 'pino';
import { createHttpServer } from '../../../bot/httpServer';
import { Readiness } from '../../../bot/readiness';
import { TurnTracker } from '../../../bot/turnTracker';
import { EmbeddedRepositories } from '../../../adapters/storage/embeddedRepositories';
import { TokenSigner } from '../../../adapters/identity/signedToken';
import { createLocalDirectLine, type LocalDirectLine } from '../../../adapters/channels/localDirectLine';
import { registerChatPages } from '../../../adapters/channels/pages';
import type { UserIdentity } from '../../../dialogs/ports/identity';
import { ProbeBot } from './probeBot';

export const TEST_SECRET = 'channel-test-secret-0123456789-abcdefghijkl';

/** Test identities (not the product's demo users, which live in the reference core's demo data). */
export const FACILITY_USER: UserIdentity = {
  id: 'test-facility-user',
  displayName: '山田 花子',
  role: 'facility',
  organizationId: 'F-001',
  organizationName: 'やまだ内科クリニック',
  facilityType: 'basic',
};
export const MUNICIPALITY_USER: UserIdentity = {
  id: 'test-municipality-user',
  displayName: '佐藤 次郎',
  role: 'municipality',
  organizationId: 'M-001',
  organizationName: '見本市',
};

export interface ChannelServer {
  url: string;
  signer: TokenSigner;
  directLine: LocalDirectLine;
  stop(): Promise<void>;
}

export interface ChannelServerOptions {
  dataDir: string;
  bot?: (signer: TokenSigner) => ActivityHandlerBase;
  tokenTtlSeconds?: number;
  /** Demo users offered; null turns demo mode off. */
  demoUsers?: readonly UserIdentity[] | null;
  now?: () => number;
}

export async function startChannelServer(options: ChannelServerOptions): Promise<ChannelServer> {
  const logger = pino({ level: 'silent' });
  const repositories = new EmbeddedRepositories(options.dataDir);
  const signer = new TokenSigner(TEST_SECRET, options.now);
  const turns = new TurnTracker();
  const server = createHttpServer(logger, new Readiness());
  const directLine = await createLocalDirectLine({
    server,
    repositories,
    signer,
    bot: options.bot ? options.bot(signer) : new ProbeBot(signer),
    trackTurn: (work) => turns.run(work),
    logger,
    demoUsers: options.demoUsers === null ? undefined : options.demoUsers ?? [FACILITY_USER, MUNICIPALITY_USER],
    tokenTtlSeconds: options.tokenTtlSeconds,
  });
  registerChatPages(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    signer,
    directLine,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      directLine.close();
      await turns.drain(5000);
      server.server.closeAllConnections?.();
      await closed;
      await repositories.close();
    },
  };
}
