/**
 * Both backends key documents by `_id`; the app's documents use `id`. These helpers translate
 * documents, filters and sort specs at the boundary so the rest of the code never sees `_id`.
 */
import type { Filter, FindOptions, Identified } from '../../dialogs/ports/repositories';

export type StoredDocument = Record<string, unknown> & { _id: string };

export const COLLECTION_NAME = /^[a-z][a-zA-Z0-9_]*$/;

export function assertCollectionName(name: string): void {
  if (!COLLECTION_NAME.test(name)) throw new Error(`Invalid collection name "${name}"`);
}

export function toStored<T extends Identified>(doc: T): StoredDocument {
  const { id, ...rest } = doc;
  if (typeof id !== 'string' || id.length === 0) throw new Error('Document id must be a non-empty string');
  // Flat records of plain values (activities, bot state: the per-turn writes, whose JSON text
  // fields can be large) need no round trip; the result is the same.
  const flat = flatCopy(rest);
  if (flat) return { ...flat, _id: id };
  // JSON round trip: drops undefined fields and functions, so both backends store the same thing.
  return { ...(JSON.parse(JSON.stringify(rest)) as Record<string, unknown>), _id: id };
}

/** A copy without undefined fields when every value is a string, finite number, boolean or null; else undefined. */
function flatCopy(doc: Record<string, unknown>): Record<string, unknown> | undefined {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    if (value === undefined) continue;
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))) {
      copy[key] = value;
    }
    else return undefined;
  }
  return copy;
}

export function fromStored<T extends Identified>(stored: StoredDocument | null | undefined): T | undefined {
  if (!stored) return undefined;
  const { _id, ...rest } = stored;
  return { ...rest, id: _id } as unknown as T;
}

function renameId(key: string): string {
  return key === 'id' ? '_id' : key;
}

export function toStoredFilter<T>(filter: Filter<T> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value !== undefined) out[renameId(key)] = value;
  }
  return out;
}

export function toStoredSort<T>(options: FindOptions<T> | undefined): Record<string, 1 | -1> | undefined {
  if (!options?.sort) return undefined;
  const out: Record<string, 1 | -1> = {};
  for (const [key, direction] of Object.entries(options.sort)) {
    if (direction === 1 || direction === -1) out[renameId(key)] = direction;
  }
  return out;
}
