/**
 * Bot middleware that gives every turn a correlation id and logs one line per turn (channel,
 * activity type, conversation, duration, outcome). The id is also stamped on the bot's replies
 * (`channelData.correlationId`), so a user's screenshot or a support inquiry leads to the log line.
 *
 * What the user typed is never logged (it may contain personal data); only its length is.
 * Tokens never reach the log because this line is built from chosen fields only, never from the
 * activity (whose channelData carries the signed user token).
 */
import { randomUUID } from 'node:crypto';
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { Logger } from './logger';

const CORRELATION_ID = Symbol('correlationId');

/** The correlation id of the turn, or undefined outside the middleware (e.g. a bare test adapter). */
export function correlationIdOf(context: TurnContext): string | undefined {
  return context.turnState.get(CORRELATION_ID) as string | undefined;
}

export class TurnLoggingMiddleware implements Middleware {
  constructor(private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const correlationId = randomUUID();
    context.turnState.set(CORRELATION_ID, correlationId);
    context.onSendActivities(async (_context, activities, sendNext) => {
      for (const activity of activities) stamp(activity, correlationId);
      return sendNext();
    });
    const started = process.hrtime.bigint();
    const activity = context.activity;
    const fields = {
      correlationId,
      channelId: activity.channelId,
      activityType: activity.type,
      conversationId: activity.conversation?.id,
      textLength: typeof activity.text === 'string' ? activity.text.length : undefined,
    };
    try {
      await next();
      this.logger.info({ ...fields, durationMs: elapsedMs(started), outcome: 'ok' }, 'turn');
    } catch (error) {
      // The adapter's onTurnError tells the user; here the failure is tied to its correlation id.
      this.logger.error({ ...fields, durationMs: elapsedMs(started), outcome: 'failed', err: error }, 'turn');
      throw error;
    }
  }
}

function stamp(activity: Partial<Activity>, correlationId: string): void {
  const channelData = activity.channelData;
  if (channelData === undefined || channelData === null) activity.channelData = { correlationId };
  else if (typeof channelData === 'object' && !Array.isArray(channelData)) activity.channelData = { ...channelData, correlationId };
}

function elapsedMs(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
}
