/**
 * The benchmark's baseline: a minimal echo bot on the same server stack as the assistant (the
 * app's restify server, the local Direct Line, the embedded store), so `ours / echo` isolates what
 * the assistant itself costs per turn. Run as its own process by the benchmark:
 * `node dist/bot/cli/benchEchoServer.js <dataDir>` prints one JSON line `{"url": ...}`.
 */
import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { createHttpServer } from '../httpServer';
import { Readiness } from '../readiness';
import { TurnTracker } from '../turnTracker';
import { createLogger } from '../logger';
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { TokenSigner } from '../../adapters/identity/signedToken';
import { createLocalDirectLine } from '../../adapters/channels/localDirectLine';
import { DEMO_USERS } from '../../adapters/core-system/reference/demoData';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient?.id)) {
        await context.sendActivity('echo bot');
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

export async function startEchoServer(dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const logger = createLogger('warn');
  const repositories = new EmbeddedRepositories(dataDir);
  const turns = new TurnTracker();
  const server = createHttpServer(logger, new Readiness());
  const directLine = await createLocalDirectLine({
    server,
    repositories,
    signer: new TokenSigner('bench-echo-secret-0123456789-abcdefghijklmnop'),
    bot: new EchoBot(),
    trackTurn: (work) => turns.run(work),
    logger,
    demoUsers: DEMO_USERS,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
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

if (require.main === module) {
  const dataDir = process.argv[2];
  if (!dataDir) {
    process.stderr.write('usage: benchEchoServer <dataDir>\n');
    process.exit(2);
  }
  startEchoServer(dataDir)
    .then((running) => {
      process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
      process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
    })
    .catch((error: unknown) => {
      process.stderr.write(`echo server: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
