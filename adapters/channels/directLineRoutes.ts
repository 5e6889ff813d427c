/**
 * Direct Line 3.0 REST routes under /v3/directline: refresh a token, start or reconnect to a
 * conversation, post and read activities (watermarks). Enough for botframework-webchat and
 * botframework-directlinejs; the WebSocket stream is in activityStream.ts.
 */
import { ConversationTurnQueue } from './conversationTurnQueue';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity } from 'botbuilder';
import type { ConversationStore } from './conversationStore';
import type { ConversationGrant, DirectLineTokens } from './directLineTokens';
import { conversationStarted, forBot, parseClientActivity, stampClientActivity } from './incomingActivity';
import { authenticate, authorizeConversation, parseWatermark, sendChannelProblem } from './requestAuth';

export const DIRECT_LINE_PREFIX = '/v3/directline';
/** Like Azure's Direct Line, a post waits for the bot's turn, but never longer than this. */
const TURN_WAIT_MS = 10_000;
const MAX_BODY_BYTES = 256 * 1024;

export interface DirectLineRouteDependencies {
  store: ConversationStore;
  tokens: DirectLineTokens;
  /** Runs a bot turn for an activity that already carries the signed user token. */
  runTurn(activity: Activity): Promise<void>;
  /** A fresh signed user token for the bot's IdentityResolver. */
  userToken(grant: ConversationGrant): string;
  onTurnFailure(error: unknown, conversationId: string): void;
  publicUrl?: string;
}

function streamUrl(req: Request, conversationId: string, streamToken: string, watermark: number, publicUrl?: string): string {
  const base = publicUrl
    ? publicUrl.replace(/^http/, 'ws')
    : `${req.headers['x-forwarded-proto'] === 'https' || req.isSecure() ? 'wss' : 'ws'}://${req.headers.host ?? 'localhost'}`;
  const query = new URLSearchParams({ t: streamToken, ...(watermark > 0 ? { watermark: String(watermark) } : {}) });
  return `${base}${DIRECT_LINE_PREFIX}/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}

export function registerDirectLineRoutes(server: Server, deps: DirectLineRouteDependencies): void {
  const { store, tokens } = deps;
  const body = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true });

  const turns = new ConversationTurnQueue();
  function startTurn(activity: Activity, conversationId: string): Promise<void> {
    return turns.run(conversationId, () => deps.runTurn(activity), (error) => deps.onTurnFailure(error, conversationId));
  }

  async function existingConversation(res: Response, grant: ConversationGrant): Promise<boolean> {
    const record = await store.get(grant.conversationId);
    if (record && record.userId === grant.user.id) return true;
    sendChannelProblem(res, 404, 'conversationNotFound');
    return false;
  }

  function conversationResponse(req: Request, grant: ConversationGrant, token: string, watermark: number) {
    const url = streamUrl(req, grant.conversationId, tokens.streamToken(grant), watermark, deps.publicUrl);
    return { conversationId: grant.conversationId, token, expires_in: tokens.ttlSeconds, streamUrl: url };
  }

  server.post(`${DIRECT_LINE_PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
    const grant = authenticate(req, res, tokens);
    if (!grant) return;
    const issued = tokens.refresh(grant);
    res.json(200, { conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresIn });
  });

  // Start: the token already names its conversation; the first start greets, later ones resume.
  server.post(`${DIRECT_LINE_PREFIX}/conversations`, body, async (req: Request, res: Response) => {
    const grant = authenticate(req, res, tokens);
    if (!grant) return;
    const created = await store.create({ id: grant.conversationId, userId: grant.user.id, createdAt: new Date().toISOString() });
    if (!created && !(await existingConversation(res, grant))) return;
    const token = String(req.headers.authorization).replace(/^Bearer\s+/i, '');
    res.json(created ? 201 : 200, conversationResponse(req, grant, token, 0));
    if (created) {
      const locale = typeof (req.body as { locale?: unknown } | undefined)?.locale === 'string' ? (req.body as { locale: string }).locale : undefined;
      const start = conversationStarted(grant.conversationId, grant.user, locale);
      void startTurn(forBot(start, deps.userToken(grant)), grant.conversationId);
    }
  });

  // Reconnect (a new stream URL after the WebSocket dropped).
  server.get(`${DIRECT_LINE_PREFIX}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const grant = authorizeConversation(req, res, tokens);
    if (!grant) return;
    const watermark = parseWatermark(req.query?.watermark);
    if (watermark === undefined) return sendChannelProblem(res, 400, 'invalidWatermark');
    if (!(await existingConversation(res, grant))) return;
    const token = String(req.headers.authorization).replace(/^Bearer\s+/i, '');
    res.json(200, conversationResponse(req, grant, token, watermark));
  });

  server.post(`${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`, body, async (req: Request, res: Response) => {
    const grant = authorizeConversation(req, res, tokens);
    if (!grant) return;
    const parsed = parseClientActivity(req.body);
    if (!parsed.ok) return sendChannelProblem(res, 400, 'invalidActivity', parsed.reason);
    if (!(await existingConversation(res, grant))) return;
    const stamped = stampClientActivity(parsed.activity, grant.conversationId, grant.user);
    // The user's typing is passed to the bot but is not part of the transcript.
    const stored = parsed.activity.type === 'typing' ? { ...stamped, id: '' } : await store.append(grant.conversationId, stamped);
    const turn = startTurn(forBot(stored, deps.userToken(grant)), grant.conversationId);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([turn, new Promise((resolve) => (timer = setTimeout(resolve, TURN_WAIT_MS)))]);
    clearTimeout(timer);
    res.json(200, { id: stored.id });
  });

  server.get(`${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const grant = authorizeConversation(req, res, tokens);
    if (!grant) return;
    const watermark = parseWatermark(req.query?.watermark);
    if (watermark === undefined) return sendChannelProblem(res, 400, 'invalidWatermark');
    if (!(await existingConversation(res, grant))) return;
    const page = await store.after(grant.conversationId, watermark);
    res.json(200, { activities: page.activities, watermark: String(page.watermark) });
  });

  server.post(`${DIRECT_LINE_PREFIX}/conversations/:conversationId/upload`, async (req: Request, res: Response) => {
    if (!authorizeConversation(req, res, tokens)) return;
    sendChannelProblem(res, 415, 'uploadNotSupported');
  });
}
