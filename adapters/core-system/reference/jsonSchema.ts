/**
 * A small validator for the JSON Schema subset the OpenAPI document uses (type, properties,
 * required, additionalProperties, items, enum, bounds, lengths, pattern, formats, $ref). The
 * server validates every request with it and the tests validate every response, so the document
 * cannot drift from what the API does.
 */
import { isValidDate } from './clock';

export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface Schema {
  $ref?: string;
  anyOf?: Schema[];
  type?: SchemaType | SchemaType[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date' | 'month' | 'date-time' | 'email';
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
}

export interface SchemaError {
  path: string;
  message: string;
}

const FORMATS: Record<string, (value: string) => boolean> = {
  date: isValidDate,
  month: (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
  'date-time': (v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
};

function typeOf(value: unknown): SchemaType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as SchemaType;
}

function matchesType(value: unknown, type: SchemaType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function validate(schema: Schema, value: unknown, components: Record<string, Schema> = {}, path = ''): SchemaError[] {
  const at = path || '/';
  if (schema.$ref) {
    const target = components[schema.$ref.replace('#/components/schemas/', '')];
    if (!target) return [{ path: at, message: `unknown schema ${schema.$ref}` }];
    return validate(target, value, components, path);
  }
  if (schema.anyOf && !schema.anyOf.some((option) => validate(option, value, components, path).length === 0)) {
    return [{ path: at, message: 'matches none of the allowed shapes' }];
  }
  const errors: SchemaError[] = [];
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t))) return [{ path: at, message: `must be ${types.join(' or ')}` }];
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push({ path: at, message: `must be one of ${schema.enum.join(', ')}` });
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) errors.push({ path: at, message: 'must be finite' });
    if (schema.minimum !== undefined && value < schema.minimum) errors.push({ path: at, message: `must be >= ${schema.minimum}` });
    if (schema.maximum !== undefined && value > schema.maximum) errors.push({ path: at, message: `must be <= ${schema.maximum}` });
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) errors.push({ path: at, message: `must have at least ${schema.minLength} characters` });
    if (schema.maxLength !== undefined && length > schema.maxLength) errors.push({ path: at, message: `must have at most ${schema.maxLength} characters` });
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push({ path: at, message: `must match ${schema.pattern}` });
    if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format](value)) errors.push({ path: at, message: `must be a valid ${schema.format}` });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push({ path: at, message: `must have at least ${schema.minItems} items` });
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push({ path: at, message: `must have at most ${schema.maxItems} items` });
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, components, `${path}/${i}`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in object)) errors.push({ path: `${path}/${key}`, message: 'is required' });
    }
    if (schema.minProperties !== undefined && Object.keys(object).length < schema.minProperties) errors.push({ path: at, message: `must have at least ${schema.minProperties} properties` });
    for (const [key, child] of Object.entries(object)) {
      const propertySchema = schema.properties?.[key];
      if (propertySchema) errors.push(...validate(propertySchema, child, components, `${path}/${key}`));
      else if (schema.additionalProperties === false) errors.push({ path: `${path}/${key}`, message: 'is not allowed' });
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties, child, components, `${path}/${key}`));
    }
  }
  return errors;
}
