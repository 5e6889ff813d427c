/**
 * Calls the reference core over real HTTP by OpenAPI operation (method + path template) and
 * checks every response against the document the server serves: 2xx bodies against the
 * operation's schema, errors as application/problem+json with a Japanese detail.
 */
import { randomUUID } from 'node:crypto';
import { type Schema, validate } from '../../adapters/core-system/reference/jsonSchema';
import type { OpenApiDocument } from '../../adapters/core-system/reference/openapi/document';
import type { UserIdentity } from '../../dialogs/ports/identity';
import type { RunningCore } from './referenceServer';

export interface ApiResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  contentType: string;
  headers: Headers;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Idempotency-Key; writes get a fresh one unless given (null sends none). */
  key?: string | null;
  rawBody?: string;
  headers?: Record<string, string>;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

export class ApiCaller {
  readonly exercised = new Set<string>();
  private document?: OpenApiDocument;

  constructor(private readonly core: RunningCore) {}

  async openApi(): Promise<OpenApiDocument> {
    this.document ??= (await (await fetch(`${this.core.url}/core/v1/openapi.json`)).json()) as OpenApiDocument;
    return this.document;
  }

  async call(user: UserIdentity | null, method: string, template: string, options: CallOptions = {}): Promise<ApiResponse> {
    const document = await this.openApi();
    const operation = document.paths[template]?.[method] as { responses: Record<string, { content: Record<string, { schema: Schema }> }> } | undefined;
    if (!operation) throw new Error(`No operation ${method} ${template} in the OpenAPI document`);
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
    const url = new URL(`${this.core.url}/core/v1${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = { ...options.headers };
    if (user) headers.authorization = `Bearer ${this.core.token(user)}`;
    const key = options.key === undefined ? (method === 'get' ? null : randomUUID()) : options.key;
    if (key) headers['idempotency-key'] = key;
    let payload: string | undefined = options.rawBody;
    if (payload === undefined && options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(url, { method: method.toUpperCase(), headers, body: payload });
    const contentType = response.headers.get('content-type') ?? '';
    const text = await response.text();
    const body = contentType.includes('json') ? JSON.parse(text) : text;
    this.exercised.add(`${method} ${template}`);
    if (response.status === 200) {
      const [mediaType, content] = Object.entries(operation.responses['200'].content)[0];
      expect(contentType.startsWith(mediaType)).toBe(true);
      const errors = validate(content.schema, body, document.components.schemas);
      if (errors.length) throw new Error(`${method} ${template} response does not match the OpenAPI schema: ${JSON.stringify(errors)}\n${text.slice(0, 500)}`);
    } else {
      expect(contentType).toContain('application/problem+json');
      expect(validate({ $ref: '#/components/schemas/Problem' }, body, document.components.schemas)).toEqual([]);
      expect(body.status).toBe(response.status);
      // Our own refusals carry a Japanese detail a dialog can show as is.
      if (response.status !== 404 || body.detail) expect(body.detail ?? '').toMatch(JAPANESE);
    }
    return { status: response.status, body, contentType, headers: response.headers };
  }
}
