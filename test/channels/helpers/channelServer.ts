/** The local Direct Line on a real restify server (port 0, fresh embedded store) with a probe bot. */
import type { ActivityHandlerBase } from 'botbuilder';
import pino from 'pino';
import { startDirectLineServer } from '../../../bot/directLineServer';
import { TokenSigner } from '../../../adapters/identity/signedToken';
import type { LocalDirectLine } from '../../../adapters/channels/localDirectLine';
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
  const signer = new TokenSigner(TEST_SECRET, options.now);
  const running = await startDirectLineServer({
    dataDir: options.dataDir,
    signer,
    bot: options.bot ? options.bot(signer) : new ProbeBot(signer),
    logger: pino({ level: 'silent' }),
    demoUsers: options.demoUsers === null ? undefined : options.demoUsers ?? [FACILITY_USER, MUNICIPALITY_USER],
    tokenTtlSeconds: options.tokenTtlSeconds,
    mount: registerChatPages,
  });
  return { url: running.url, signer, directLine: running.directLine, stop: () => running.close() };
}
