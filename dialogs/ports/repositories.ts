/**
 * The app's own records (inquiries, feedback, unanswered questions, conversation references,
 * audit log, the reference core's data) behind one small document-collection interface, so the
 * embedded store and MongoDB pass the same contract suite.
 */
export interface Identified {
  id: string;
}

/** Comparison operators both backends understand natively (NeDB and MongoDB share this syntax). */
export interface FieldCondition<V> {
  $in?: V[];
  $ne?: V;
  $gt?: V;
  $gte?: V;
  $lt?: V;
  $lte?: V;
}

/** Equality or a condition on top-level fields; all fields must match. */
export type Filter<T> = { [K in keyof T]?: T[K] | FieldCondition<T[K]> };

export interface FindOptions<T> {
  sort?: { [K in keyof T]?: 1 | -1 };
  skip?: number;
  limit?: number;
}

export class DuplicateIdError extends Error {
  constructor(collection: string, id: string) {
    super(`Document "${id}" already exists in collection "${collection}"`);
    this.name = 'DuplicateIdError';
  }
}

export interface Collection<T extends Identified> {
  /** Inserts a new document; rejects with DuplicateIdError when the id exists (atomic on both backends). */
  insert(doc: T): Promise<T>;
  get(id: string): Promise<T | undefined>;
  find(filter?: Filter<T>, options?: FindOptions<T>): Promise<T[]>;
  count(filter?: Filter<T>): Promise<number>;
  /** Inserts or replaces the whole document. */
  put(doc: T): Promise<T>;
  /**
   * Replaces the document only when it currently matches `condition` (compare-and-set).
   * Resolves false when it does not match or does not exist.
   */
  replaceIf(doc: T, condition: Filter<T>): Promise<boolean>;
  delete(id: string): Promise<boolean>;
}

export interface Repositories {
  /** A named collection. Names are plain identifiers: [a-z][a-zA-Z0-9_]*. */
  collection<T extends Identified>(name: string): Collection<T>;
  /** Declares an index on a field (created at start; MongoDB uses it, NeDB keeps it in memory). */
  ensureIndex(collection: string, field: string, options?: { unique?: boolean }): Promise<void>;
  /** Throws when the backend is not usable (readiness probe). */
  ping(): Promise<void>;
  /** Flushes and closes; further calls fail. */
  close(): Promise<void>;
  readonly backend: 'embedded' | 'mongodb';
}
