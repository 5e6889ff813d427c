/**
 * The one restify server (default port 3978) every channel, page and API is mounted on.
 * Errors leave as problem+json and never as a stack trace; one bad request never stops it.
 */
import restify, { type Server } from 'restify';
import type { Logger } from './logger';
import type { Readiness } from './readiness';
import { PROBLEM_CONTENT_TYPE, problem, sendProblem } from '../adapters/http/problem';

/** Largest JSON body accepted anywhere (activities, API calls). Larger ones get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function createHttpServer(logger: Logger, readiness: Readiness): Server {
  const server = restify.createServer({
    name: 'vsys-assistant',
    handleUncaughtExceptions: false,
    formatters: {
      [PROBLEM_CONTENT_TYPE]: (_req, _res, body) => JSON.stringify(body),
      'text/html': (_req, _res, body) => String(body),
      'text/csv': (_req, _res, body) => (Buffer.isBuffer(body) ? body : String(body)) as unknown as string,
    },
  });

  // A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 6.3), e.g.
  // `curl -X POST` or a Direct Line client starting a conversation; say so explicitly, or restify's
  // body parser takes it for application/octet-stream and answers 415.
  server.pre((req, _res, next) => {
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      req.headers['content-length'] = '0';
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // restify's body reader gunzips without an error handler: one request with a broken gzip body
  // would throw an uncaught exception and stop the process. No client of this server compresses
  // request bodies (Bot Framework, Direct Line, forms), so compressed bodies are refused up front.
  server.pre((req, res, next) => {
    const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding === 'identity' || encoding === '') return next();
    sendProblem(res, problem(415, 'unsupported-content-encoding', `Content-Encoding "${encoding.slice(0, 40)}" is not accepted: send the body uncompressed`));
    return next(false);
  });

  // restify turns its own errors (404, 405, body parser failures, thrown handler errors) into
  // this event; answer each with problem+json and an English title.
  server.on('restifyError', (req, res, err, callback) => {
    const status: number = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) logger.error({ err, path: req.path?.() }, 'request failed');
    else logger.debug({ status, path: req.path?.(), message: err.message }, 'request rejected');
    const title =
      status >= 500
        ? 'Internal server error'
        : status === 415
          ? `Unsupported Content-Type "${err.message}": send application/json`
          : err.message || err.name || 'Bad request';
    const body = problem(status, status >= 500 ? 'internal' : String(err.name ?? 'bad-request'), title);
    err.toJSON = () => body;
    res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    return callback();
  });

  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok' });
    return next();
  });

  server.get('/readyz', async (_req, res) => {
    const report = await readiness.report();
    res.json(report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks });
  });

  return server;
}

/** JSON body parsing for one route: 415 for other content types, 413 past the limit, 400 for bad JSON. */
export function jsonBody(maxBodySize = MAX_BODY_BYTES): restify.RequestHandler[] {
  return [restify.plugins.bodyParser({ maxBodySize, mapParams: false, rejectUnknown: true, requestBodyOnGet: false })].flat();
}
