/**
 * The benchmark's baseline: a minimal echo bot on the same server stack as the assistant (the
 * app's restify server, the local Direct Line, the embedded store), so `ours / echo` isolates what
 * the assistant itself costs per turn. Run as its own process by the benchmark:
 * `node dist/bot/cli/benchEchoServer.js <dataDir>` prints one JSON line `{"url": ...}`.
 */
import { ActivityHandler } from 'botbuilder';
import { startDirectLineServer } from '../directLineServer';
import { createLogger } from '../logger';
import { TokenSigner } from '../../adapters/identity/signedToken';
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
  return startDirectLineServer({
    dataDir,
    signer: new TokenSigner('bench-echo-secret-0123456789-abcdefghijklmnop'),
    bot: new EchoBot(),
    logger: createLogger('warn'),
    demoUsers: DEMO_USERS,
  });
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
