/**
 * /api/messages: the Bot Framework endpoint (Azure Bot Service, Teams, Emulator) on botbuilder's
 * CloudAdapter. Malformed activities are rejected here with a clear 4xx before they reach the bot.
 */
import type { Server } from 'restify';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ActivityHandlerBase,
  type TurnContext,
} from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';
import type { TurnTracker } from './turnTracker';
import { jsonBody } from './httpServer';
import { problem, sendProblem } from '../adapters/http/problem';
import { TURN_ERROR_MESSAGE } from '../dialogs/welcomeMessages';

export function createCloudAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId ?? '',
    MicrosoftAppPassword: config.microsoftAppPassword ?? '',
    MicrosoftAppTenantId: config.microsoftAppTenantId ?? '',
    MicrosoftAppType: config.microsoftAppTenantId ? 'SingleTenant' : 'MultiTenant',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, conversationId: context.activity.conversation?.id }, 'turn failed');
    try {
      await context.sendActivity(TURN_ERROR_MESSAGE);
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not tell the user about the failed turn');
    }
  };
  return adapter;
}

/** Why an incoming activity cannot be processed, or undefined when it looks like an activity. */
export function activityProblem(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON object (an activity).';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type.trim() === '') return 'The activity has no "type".';
  if (activity.conversation !== undefined && (typeof activity.conversation !== 'object' || activity.conversation === null)) {
    return 'The activity "conversation" must be an object.';
  }
  if (activity.text !== undefined && typeof activity.text !== 'string') return 'The activity "text" must be a string.';
  return undefined;
}

export function registerMessagesEndpoint(
  server: Server,
  adapter: CloudAdapter,
  bot: ActivityHandlerBase,
  turns: TurnTracker,
): void {
  server.post('/api/messages', ...jsonBody(), async (req, res) => {
    const reason = activityProblem(req.body);
    if (reason) {
      sendProblem(res, problem(400, 'invalid-activity', reason));
      return;
    }
    await turns.run(() => adapter.process(req, res, (context) => bot.run(context)));
  });
}
