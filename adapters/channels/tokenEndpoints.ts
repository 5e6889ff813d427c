/**
 * The token contract the chat page (and any host page) uses:
 * - GET /api/demo/users (demo mode only): [{"id","displayName","role","organizationName","facilityType"}]
 * - POST /api/directline/token with {"demoUser":"<id>"} (demo mode) or `Authorization: Bearer <signed
 *   user token>`: {"token","expires_in","userId","conversationId"}, a Direct Line token bound to
 *   that user and a new conversation.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { TokenSigner } from '../identity/signedToken';
import { bearerToken } from '../identity/signedToken';
import { USER_TOKEN_KIND } from '../identity/userToken';
import { verifyUserToken } from '../identity/userToken';
import type { DirectLineTokens } from './directLineTokens';
import { sendChannelProblem, sendTokenFailure } from './requestAuth';

export interface TokenEndpointDependencies {
  tokens: DirectLineTokens;
  signer: TokenSigner;
  /** Demo users when demo mode is on; undefined turns demo sign-in off. */
  demoUsers?: readonly UserIdentity[];
}

export function registerTokenEndpoints(server: Server, deps: TokenEndpointDependencies): void {
  const body = restify.plugins.bodyParser({ maxBodySize: 4 * 1024, mapParams: false, rejectUnknown: true });

  server.get('/api/demo/users', async (_req: Request, res: Response) => {
    if (!deps.demoUsers) return sendChannelProblem(res, 404, 'demoDisabled');
    res.json(
      200,
      deps.demoUsers.map((user) => ({
        id: user.id,
        displayName: user.displayName,
        role: user.role,
        organizationName: user.organizationName,
        facilityType: user.role === 'facility' ? user.facilityType ?? null : null,
      })),
    );
  });

  server.post('/api/directline/token', body, async (req: Request, res: Response) => {
    const user = requestedUser(req, res, deps);
    if (!user) return;
    const issued = deps.tokens.issue(user);
    res.setHeader('Cache-Control', 'no-store');
    res.json(200, { token: issued.token, expires_in: issued.expiresIn, userId: user.id, conversationId: issued.conversationId });
  });
}

/** The user the token is for, or undefined after answering with the reason. */
function requestedUser(req: Request, res: Response, deps: TokenEndpointDependencies): UserIdentity | undefined {
  const bearer = bearerToken(req.headers.authorization);
  if (bearer) {
    const user = verifyUserToken(deps.signer, bearer);
    if (!user) {
      const check = deps.signer.verify(bearer, USER_TOKEN_KIND);
      sendTokenFailure(res, check.ok ? 'malformed' : check.reason);
    }
    return user;
  }
  const payload = req.body as unknown;
  const demoUser = typeof payload === 'object' && payload !== null ? (payload as { demoUser?: unknown }).demoUser : undefined;
  if (demoUser === undefined) {
    sendChannelProblem(res, req.headers.authorization ? 401 : 400, 'invalidTokenRequest');
    return undefined;
  }
  if (!deps.demoUsers) {
    sendChannelProblem(res, 403, 'demoDisabled');
    return undefined;
  }
  const user = typeof demoUser === 'string' ? deps.demoUsers.find((candidate) => candidate.id === demoUser) : undefined;
  if (!user) sendChannelProblem(res, 400, 'unknownDemoUser');
  return user;
}
