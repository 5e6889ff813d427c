/**
 * Mounts the reference core system under /core/v1 on a restify server: bearer user token ->
 * acting user, request validation against the OpenAPI schemas, Idempotency-Key on every write,
 * and every error as application/problem+json with a Japanese detail.
 */
import type { Request, Response, Server } from 'restify';
import type { UserIdentity } from '../../../dialogs/ports/identity';
import { PROBLEM_CONTENT_TYPE, problem } from '../../http/problem';
import { TokenSigner, bearerToken } from '../../identity/signedToken';
import { verifyUserToken } from '../../identity/userToken';
import { assertKnownUser } from './access';
import { type Clock, systemClock } from './clock';
import type { CoreContext } from './context';
import { CoreStore } from './coreStore';
import { seedDemoData } from './demoData';
import { CoreRuleError } from './errors';
import { withIdempotency } from './idempotency';
import { type Schema, type SchemaError, validate } from './jsonSchema';
import { readJsonBody } from './jsonBody';
import { KeyedMutex } from './keyedMutex';
import { messages } from './messages';
import { CORE_API_BASE_PATH, buildOpenApiDocument } from './openapi/document';
import { ALL_ROUTES } from './routes/allRoutes';
import { isWrite, pathParameters, type RouteSpec } from './routes/routeSpec';
import type { Repositories } from '../../../dialogs/ports/repositories';

/** Largest JSON body the core accepts; larger ones get 413 before any rule runs. */
export const CORE_MAX_BODY_BYTES = 1024 * 1024;

export interface CoreLogger {
  error(details: object, message: string): void;
}

export interface ReferenceCoreOptions {
  repositories: Repositories;
  /** The app's token secret: user tokens signed with it name the acting user. */
  tokenSecret: string;
  clock?: Clock;
  logger: CoreLogger;
  /** Create the demo organisations, users' organisations, cools, stock and notices (default true). */
  demoData?: boolean;
}

export interface ReferenceCore {
  context: CoreContext;
  /** Throws when the core's store is unusable. */
  ping(): Promise<void>;
}

const validationProblem = (errors: SchemaError[]) => {
  const fields = Object.fromEntries(errors.slice(0, 20).map((e) => [e.path, e.message]));
  const names = [...new Set(errors.map((e) => e.path.split('/').filter(Boolean)[0] ?? '本文'))].slice(0, 5).join('、');
  return new CoreRuleError(400, 'validation', 'Request does not match the API schema', messages.validation(names), { fields });
};

/** Query values arrive as strings; integers are converted before validation. */
function readQuery(spec: RouteSpec, raw: Record<string, unknown>): { query: Record<string, unknown>; errors: SchemaError[] } {
  const query: Record<string, unknown> = {};
  const errors: SchemaError[] = [];
  for (const parameter of spec.query ?? []) {
    let value = raw[parameter.name];
    if (Array.isArray(value)) value = value[0];
    if (value === undefined || value === '') {
      if (parameter.required) errors.push({ path: `/${parameter.name}`, message: 'is required' });
      continue;
    }
    if (parameter.schema.type === 'integer' && typeof value === 'string' && /^-?\d{1,15}$/.test(value)) value = Number(value);
    errors.push(...validate(parameter.schema, value, {}, `/${parameter.name}`));
    query[parameter.name] = value;
  }
  return { query, errors };
}

function send(res: Response, status: number, body: unknown, contentType = 'application/json; charset=utf-8', headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const payload = typeof body === 'string' && !contentType.startsWith('application/') ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers });
  res.end(payload);
}

function sendError(res: Response, error: unknown, logger: CoreLogger, path: string): void {
  if (error instanceof CoreRuleError) {
    send(res, error.status, problem(error.status, error.type, error.title, error.detail, error.extensions), PROBLEM_CONTENT_TYPE);
    return;
  }
  logger.error({ err: error, path }, 'core API request failed');
  send(res, 500, problem(500, 'internal', 'Internal server error', 'システムで問題が発生しました。しばらくしてからもう一度お試しください。'), PROBLEM_CONTENT_TYPE);
}

export async function mountReferenceCore(server: Server, options: ReferenceCoreOptions): Promise<ReferenceCore> {
  const store = new CoreStore(options.repositories);
  const context: CoreContext = { store, clock: options.clock ?? systemClock, mutex: new KeyedMutex() };
  const signer = new TokenSigner(options.tokenSecret);
  await store.ensureIndexes();
  if (options.demoData !== false) await seedDemoData(context);
  const document = buildOpenApiDocument();
  const components = document.components.schemas;
  const ping = async () => {
    await store.organisations.count({});
  };

  server.get(`${CORE_API_BASE_PATH}/openapi.json`, async (_req: Request, res: Response) => send(res, 200, document));
  server.get(`${CORE_API_BASE_PATH}/health`, async (_req: Request, res: Response) => {
    try {
      await ping();
      send(res, 200, { status: 'ok' });
    } catch (error) {
      send(res, 503, problem(503, 'unavailable', 'Core store unavailable', 'システムが一時的に利用できません。', { reason: String(error) }), PROBLEM_CONTENT_TYPE);
    }
  });

  const authenticate = async (req: Request): Promise<UserIdentity> => {
    const user = verifyUserToken(signer, bearerToken(req.headers.authorization));
    if (!user) throw new CoreRuleError(401, 'unauthenticated', 'Missing or invalid user token', messages.unauthenticated);
    await assertKnownUser(context, user);
    return user;
  };

  for (const spec of ALL_ROUTES) {
    const restifyPath = CORE_API_BASE_PATH + spec.path.replace(/\{(\w+)\}/g, ':$1');
    const handler = async (req: Request, res: Response) => {
      try {
        const user = await authenticate(req);
        const params: Record<string, string> = {};
        const errors: SchemaError[] = [];
        for (const name of pathParameters(spec.path)) {
          const value = String(req.params?.[name] ?? '');
          if (value.length === 0 || value.length > 200) errors.push({ path: `/${name}`, message: 'must have 1-200 characters' });
          params[name] = value;
        }
        const { query, errors: queryErrors } = readQuery(spec, (req.query ?? {}) as Record<string, unknown>);
        errors.push(...queryErrors);
        const body: unknown = spec.body ? await readJsonBody(req, CORE_MAX_BODY_BYTES) : undefined;
        if (spec.body) errors.push(...validate(spec.body as Schema, body === undefined ? null : body, components));
        if (errors.length) throw validationProblem(errors);
        const call = { user, params, query, body };
        if (!isWrite(spec)) {
          const result = await spec.handle(context, call);
          send(res, 200, result, spec.csv ? 'text/csv; charset=utf-8' : undefined);
          return;
        }
        const key = req.header('Idempotency-Key') || undefined;
        const outcome = await withIdempotency(context, user, key, spec.operationId, { params, body: body ?? null }, () => spec.handle(context, call));
        send(res, outcome.status, outcome.body, undefined, outcome.replayed ? { 'Idempotency-Replayed': 'true' } : {});
      } catch (error) {
        sendError(res, error, options.logger, spec.path);
      }
    };
    server[spec.method](restifyPath, handler);
  }
  return { context, ping };
}
