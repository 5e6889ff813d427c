/**
 * The embedded Direct Line 3.0 channel, assembled: token service, conversation store, bot adapter,
 * REST routes, WebSocket stream and the token endpoints of the chat page. bot/app.ts calls this
 * once with the shared bot, so Direct Line turns reach the same bot as /api/messages.
 */
import type { Server } from 'restify';
import type { Activity, ActivityHandlerBase, TurnContext } from 'botbuilder';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { Repositories } from '../../dialogs/ports/repositories';
import type { TokenSigner } from '../identity/signedToken';
import { UserTokenIssuer } from '../identity/userToken';
import { ActivityStream } from './activityStream';
import { ConversationStore } from './conversationStore';
import { DirectLineAdapter } from './directLineAdapter';
import { registerDirectLineRoutes } from './directLineRoutes';
import { DirectLineTokens } from './directLineTokens';
import { registerTokenEndpoints } from './tokenEndpoints';

/** The user token put on each forwarded activity only has to outlive one turn. */
const FORWARDED_USER_TOKEN_TTL_SECONDS = 10 * 60;

export interface ChannelLogger {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface LocalDirectLineOptions {
  server: Server;
  repositories: Repositories;
  signer: TokenSigner;
  bot: ActivityHandlerBase;
  /** Wraps each turn (graceful shutdown waits for the turns it tracks). */
  trackTurn<T>(work: () => Promise<T>): Promise<T>;
  logger: ChannelLogger;
  /** Same handler as the CloudAdapter's, so users hear the same apology on a failed turn. */
  onTurnError?: (context: TurnContext, error: Error) => Promise<void>;
  /** Demo users when demo mode is on; undefined turns demo sign-in off. */
  demoUsers?: readonly UserIdentity[];
  /** Poll the store for other instances' activities (use with a shared store such as MongoDB). */
  pollIntervalMs?: number;
  publicUrl?: string;
  /** Direct Line token lifetime (tests shorten it). */
  tokenTtlSeconds?: number;
}

export interface LocalDirectLine {
  /** For proactive messages into local Direct Line conversations (continueConversationAsync). */
  adapter: DirectLineAdapter;
  tokens: DirectLineTokens;
  /** Closes open streams; call after the server stopped accepting connections. */
  close(): void;
}

export async function createLocalDirectLine(options: LocalDirectLineOptions): Promise<LocalDirectLine> {
  const store = new ConversationStore(options.repositories);
  await store.init();
  const tokens = new DirectLineTokens(options.signer, options.tokenTtlSeconds);
  const adapter = new DirectLineAdapter(store);
  if (options.onTurnError) adapter.onTurnError = options.onTurnError;
  const userTokens = new UserTokenIssuer(options.signer, FORWARDED_USER_TOKEN_TTL_SECONDS);

  registerDirectLineRoutes(options.server, {
    store,
    tokens,
    runTurn: (activity: Activity) =>
      options.trackTurn(() => adapter.processActivity(activity, (context) => options.bot.run(context))),
    userToken: (grant) => userTokens.tokenFor(grant.user),
    onTurnFailure: (error, conversationId) => options.logger.error({ err: error, conversationId }, 'direct line turn failed'),
    publicUrl: options.publicUrl,
  });
  registerTokenEndpoints(options.server, { tokens, signer: options.signer, demoUsers: options.demoUsers });

  const stream = new ActivityStream(store, tokens, options.logger, options.pollIntervalMs ?? 0);
  stream.attach(options.server.server);
  return { adapter, tokens, close: () => stream.close() };
}
