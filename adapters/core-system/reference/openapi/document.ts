/** The OpenAPI 3.1 document of the core system API, built from the route specs. */
import type { Schema } from '../jsonSchema';
import { ALL_ROUTES } from '../routes/allRoutes';
import { isWrite, pathParameters } from '../routes/routeSpec';
import { schemas } from './schemas';

export const CORE_API_BASE_PATH = '/core/v1';

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: Record<string, unknown>;
  servers: { url: string }[];
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, unknown> };
  security: Record<string, string[]>[];
}

export function buildOpenApiDocument(): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {
    '/health': {
      get: {
        operationId: 'health', summary: 'Liveness of the core API and its store', tags: ['system'], security: [],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } }, '503': problemResponse('Store unavailable') },
      },
    },
  };
  for (const route of ALL_ROUTES) {
    const parameters: Record<string, unknown>[] = [
      ...pathParameters(route.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } })),
      ...(route.query ?? []).map((q) => ({ name: q.name, in: 'query', required: q.required ?? false, schema: q.schema, ...(q.description ? { description: q.description } : {}) })),
    ];
    if (isWrite(route)) {
      parameters.push({
        name: 'Idempotency-Key', in: 'header', required: true,
        description: 'Same key (per user) replays the first result; the operation happens once. A different request under a key that holds a result is refused (422, type …:idempotency-key-reused) without doing anything; a refused request (4xx) stores nothing, so its key stays free.',
        schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
      });
    }
    const content = route.csv ? { 'text/csv': { schema: route.response } } : { 'application/json': { schema: route.response } };
    paths[route.path] ??= {};
    paths[route.path][route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters,
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      responses: {
        '200': { description: 'OK', content },
        '400': problemResponse('Malformed request (types, missing fields, bounds)'),
        '401': problemResponse('Missing or invalid user token'),
        '403': problemResponse('The user may not do this (Japanese reason in detail)'),
        '404': problemResponse('Unknown id'),
        '409': problemResponse('Refused by a rule of the core system'),
        '413': problemResponse('Body too large'),
        '422': problemResponse('Valid JSON but not acceptable (e.g. a date in the future)'),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'V-SYS core system API (reference implementation)',
      version: '1.0.0',
      description: 'Operations of the vaccine-management core system on behalf of an authenticated user. Errors are RFC 9457 problem+json with a Japanese detail.',
    },
    servers: [{ url: CORE_API_BASE_PATH }],
    paths,
    components: {
      schemas,
      securitySchemes: { userToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Signed user token naming the acting user' } },
    },
    security: [{ userToken: [] }],
  };
}
