/**
 * A server with only the local Direct Line on it (the app's restify server, an embedded store in
 * `dataDir`, turns tracked for a clean stop), for a bot other than the assistant: the benchmark's
 * echo baseline and the channel tests' probe bot. The assistant itself is composed in app.ts.
 */
import type { AddressInfo } from 'node:net';
import type { ActivityHandlerBase } from 'botbuilder';
import type { Server } from 'restify';
import { createLocalDirectLine, type LocalDirectLine } from '../adapters/channels/localDirectLine';
import type { TokenSigner } from '../adapters/identity/signedToken';
import { EmbeddedRepositories } from '../adapters/storage/embeddedRepositories';
import type { UserIdentity } from '../dialogs/ports/identity';
import { createHttpServer } from './httpServer';
import type { Logger } from './logger';
import { Readiness } from './readiness';
import { TurnTracker } from './turnTracker';

export interface DirectLineServerOptions {
  dataDir: string;
  signer: TokenSigner;
  bot: ActivityHandlerBase;
  logger: Logger;
  demoUsers?: readonly UserIdentity[];
  tokenTtlSeconds?: number;
  /** Mounts more routes before listening (e.g. the chat pages). */
  mount?: (server: Server) => void;
}

export interface DirectLineServer {
  url: string;
  directLine: LocalDirectLine;
  /** Stops listening, lets running turns finish, closes the store. */
  close(): Promise<void>;
}

/** Listens on 127.0.0.1, port 0. */
export async function startDirectLineServer(options: DirectLineServerOptions): Promise<DirectLineServer> {
  const repositories = new EmbeddedRepositories(options.dataDir);
  const turns = new TurnTracker();
  const server = createHttpServer(options.logger, new Readiness());
  const directLine = await createLocalDirectLine({
    server,
    repositories,
    signer: options.signer,
    bot: options.bot,
    trackTurn: (work) => turns.run(work),
    logger: options.logger,
    demoUsers: options.demoUsers,
    tokenTtlSeconds: options.tokenTtlSeconds,
  });
  options.mount?.(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    directLine,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      directLine.close();
      await turns.drain(5000);
      server.server.closeAllConnections?.();
      await closed;
      await repositories.close();
    },
  };
}
