/**
 * What a Direct Line client may send, and how it becomes the activity the bot sees. Only known
 * fields are copied; identity fields are never taken from the client: `from` is the token's user
 * and `channelData.userToken` is a fresh signed user token (IdentityResolver reads it), whatever
 * the client put there.
 */
import { ActivityTypes, type Activity } from 'botbuilder';
import type { UserIdentity } from '../../dialogs/ports/identity';
import { USER_TOKEN_CHANNEL_DATA_KEY } from '../identity/activityIdentity';
import { BOT_ACCOUNT, LOCAL_DIRECT_LINE_CHANNEL_ID, LOCAL_DIRECT_LINE_SERVICE_URL } from './directLineAdapter';

export const MAX_TEXT_LENGTH = 20_000;
const CLIENT_TYPES = new Set<string>([ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing]);
const TEXT_FORMATS = new Set(['plain', 'markdown', 'xml']);

export type Parsed = { ok: true; activity: Partial<Activity> } | { ok: false; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(body: Record<string, unknown>, field: string, max: number): string | undefined | Error {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new Error(`"${field}" must be a string`);
  if (value.length > max) return new Error(`"${field}" is longer than ${max} characters`);
  return value;
}

/** Checks a client's activity and keeps only the fields a Direct Line client may set. */
export function parseClientActivity(body: unknown): Parsed {
  if (!isPlainObject(body)) return { ok: false, reason: 'The body must be a JSON object (an activity).' };
  if (typeof body.type !== 'string' || !CLIENT_TYPES.has(body.type)) {
    return { ok: false, reason: 'The activity "type" must be one of message, event, typing.' };
  }
  const strings: Record<string, string | undefined> = {};
  const limits: Record<string, number> = { text: MAX_TEXT_LENGTH, textFormat: 20, locale: 35, name: 200, localTimezone: 100 };
  for (const [field, max] of Object.entries(limits)) {
    const value = optionalString(body, field, max);
    if (value instanceof Error) return { ok: false, reason: `The activity ${value.message}.` };
    strings[field] = value;
  }
  if (strings.textFormat !== undefined && !TEXT_FORMATS.has(strings.textFormat)) {
    return { ok: false, reason: 'The activity "textFormat" must be plain, markdown or xml.' };
  }
  if (body.type === ActivityTypes.Event && !strings.name) return { ok: false, reason: 'An event activity needs a "name".' };
  if (Array.isArray(body.attachments) && body.attachments.length > 0) {
    return { ok: false, reason: 'Attachments are not accepted on this channel.' };
  }
  if (body.channelData !== undefined && body.channelData !== null && !isPlainObject(body.channelData)) {
    return { ok: false, reason: 'The activity "channelData" must be an object.' };
  }
  if (body.entities !== undefined && body.entities !== null && !Array.isArray(body.entities)) {
    return { ok: false, reason: 'The activity "entities" must be an array.' };
  }
  const channelData: Record<string, unknown> = { ...((body.channelData as Record<string, unknown> | undefined) ?? {}) };
  delete channelData[USER_TOKEN_CHANNEL_DATA_KEY];
  const localTimestamp = typeof body.localTimestamp === 'string' ? body.localTimestamp : undefined;
  const activity: Partial<Activity> = {
    type: body.type,
    ...(strings.text !== undefined ? { text: strings.text } : {}),
    ...(strings.textFormat !== undefined ? { textFormat: strings.textFormat } : {}),
    ...(strings.locale !== undefined ? { locale: strings.locale } : {}),
    ...(strings.name !== undefined ? { name: strings.name } : {}),
    ...(strings.localTimezone !== undefined ? { localTimezone: strings.localTimezone } : {}),
    ...(localTimestamp !== undefined ? { localTimestamp: localTimestamp as unknown as Date } : {}),
    ...(body.value !== undefined ? { value: body.value } : {}),
    ...(Array.isArray(body.entities) ? { entities: body.entities as Activity['entities'] } : {}),
    channelData,
  };
  return { ok: true, activity };
}

/** The transcript copy of a client's activity: server-stamped identity, no user token. */
export function stampClientActivity(activity: Partial<Activity>, conversationId: string, user: UserIdentity): Partial<Activity> {
  return {
    ...activity,
    channelId: LOCAL_DIRECT_LINE_CHANNEL_ID,
    serviceUrl: LOCAL_DIRECT_LINE_SERVICE_URL,
    conversation: { id: conversationId } as Activity['conversation'],
    from: { id: user.id, name: user.displayName, role: 'user' },
    recipient: BOT_ACCOUNT,
    timestamp: new Date(),
  };
}

/** The copy the bot receives: the transcript copy plus the signed user token. */
export function forBot(activity: Partial<Activity>, userToken: string): Activity {
  return {
    ...activity,
    channelData: { ...(activity.channelData as Record<string, unknown> | undefined), [USER_TOKEN_CHANNEL_DATA_KEY]: userToken },
  } as Activity;
}

/** The greeting turn when a conversation starts: the bot and the user join. */
export function conversationStarted(conversationId: string, user: UserIdentity, locale?: string): Partial<Activity> {
  return {
    ...stampClientActivity({ type: ActivityTypes.ConversationUpdate }, conversationId, user),
    membersAdded: [BOT_ACCOUNT, { id: user.id, name: user.displayName, role: 'user' }],
    ...(locale ? { locale } : {}),
    id: `${conversationId}|start`,
  };
}
