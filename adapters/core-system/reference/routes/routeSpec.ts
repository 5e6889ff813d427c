/**
 * One API operation: its path, inputs, response shape and handler. The OpenAPI document is built
 * from these specs and the server validates requests with the same schemas, so the two agree.
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { CoreContext } from '../context';
import type { Schema } from '../jsonSchema';

export interface QueryParameter {
  name: string;
  schema: Schema;
  required?: boolean;
  description?: string;
}

export interface RouteCall {
  user: UserIdentity;
  params: Record<string, string>;
  query: Record<string, unknown>;
  // The body has been validated against `body` before the handler runs.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch';
  /** OpenAPI path template under /core/v1, e.g. /facilities/{facilityId}/stock */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  query?: QueryParameter[];
  body?: Schema;
  response: Schema;
  /** Response is text/csv instead of JSON. */
  csv?: boolean;
  handle(ctx: CoreContext, call: RouteCall): Promise<unknown>;
}

export const schemaRef = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const listOf = (name: string): Schema => ({ type: 'array', items: schemaRef(name) });

/** True for operations that change state: they need an Idempotency-Key. */
export function isWrite(spec: RouteSpec): boolean {
  return spec.method !== 'get';
}

/** Path parameter names of a template, in order. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
