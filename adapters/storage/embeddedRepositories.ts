/**
 * Embedded default store: one NeDB datafile per collection under DATA_DIR. Pure JavaScript (no
 * install scripts), append-only writes: once a write has resolved, the line is in the file, so it
 * survives the process being killed. Files are compacted on load.
 */
import fs from 'node:fs';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import {
  DuplicateIdError,
  type Collection,
  type Filter,
  type FindOptions,
  type Identified,
  type Repositories,
} from '../../dialogs/ports/repositories';
import { assertCollectionName, fromStored, toStored, toStoredFilter, toStoredSort, type StoredDocument } from './documentMapping';
import { useAppendOnlyDatafile, type AppendOnlyDatafile } from './appendOnlyDatafile';

type Store = Datastore<Record<string, unknown>>;

function isUniqueViolation(error: unknown): boolean {
  return (error as { errorType?: string } | null)?.errorType === 'uniqueViolated';
}

class EmbeddedCollection<T extends Identified> implements Collection<T> {
  constructor(private readonly name: string, private readonly store: Promise<Store>) {}

  async insert(doc: T): Promise<T> {
    const db = await this.store;
    try {
      await db.insertAsync(toStored(doc));
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateIdError(this.name, doc.id);
      throw error;
    }
    return doc;
  }

  async get(id: string): Promise<T | undefined> {
    const db = await this.store;
    return fromStored<T>((await db.findOneAsync({ _id: id })) as StoredDocument | null);
  }

  async find(filter?: Filter<T>, options?: FindOptions<T>): Promise<T[]> {
    const db = await this.store;
    let cursor = db.findAsync(toStoredFilter(filter));
    const sort = toStoredSort(options);
    if (sort) cursor = cursor.sort(sort);
    if (options?.skip) cursor = cursor.skip(options.skip);
    if (options?.limit) cursor = cursor.limit(options.limit);
    const docs = (await cursor) as unknown as StoredDocument[];
    return docs.map((d) => fromStored<T>(d) as T);
  }

  async count(filter?: Filter<T>): Promise<number> {
    const db = await this.store;
    return db.countAsync(toStoredFilter(filter));
  }

  async put(doc: T): Promise<T> {
    const db = await this.store;
    await db.updateAsync({ _id: doc.id }, toStored(doc), { upsert: true });
    return doc;
  }

  async replaceIf(doc: T, condition: Filter<T>): Promise<boolean> {
    const db = await this.store;
    const result = await db.updateAsync({ ...toStoredFilter(condition), _id: doc.id }, toStored(doc), {});
    return result.numAffected === 1;
  }

  async delete(id: string): Promise<boolean> {
    const db = await this.store;
    return (await db.removeAsync({ _id: id }, {})) === 1;
  }
}

export class EmbeddedRepositories implements Repositories {
  readonly backend = 'embedded' as const;
  private readonly stores = new Map<string, Promise<Store>>();
  /** One open append descriptor per datafile (see appendOnlyDatafile.ts). */
  private readonly datafiles: AppendOnlyDatafile[] = [];
  private closed = false;
  private readonly compactionTimer: NodeJS.Timeout;

  /**
   * Every update appends a new line (bot state is rewritten on every turn), so a long-running
   * server would grow its datafiles without bound between restarts: compact them periodically.
   * The timer does not keep the process alive.
   */
  constructor(private readonly directory: string, compactionIntervalMs = 10 * 60 * 1000) {
    fs.mkdirSync(directory, { recursive: true });
    this.compactionTimer = setInterval(() => void this.compact().catch(() => undefined), compactionIntervalMs);
    this.compactionTimer.unref();
  }

  /** Rewrites every open datafile with only the current documents (atomic temp file + rename). */
  async compact(): Promise<void> {
    const stores = await Promise.all(this.stores.values());
    await Promise.all(stores.map((db) => db.compactDatafileAsync()));
  }

  private store(name: string): Promise<Store> {
    if (this.closed) throw new Error('Repositories are closed');
    assertCollectionName(name);
    let store = this.stores.get(name);
    if (!store) {
      const db: Store = new Datastore({ filename: path.join(this.directory, `${name}.db`) });
      const datafile = useAppendOnlyDatafile(db);
      if (datafile) this.datafiles.push(datafile);
      store = db.loadDatabaseAsync().then(() => db);
      this.stores.set(name, store);
    }
    return store;
  }

  collection<T extends Identified>(name: string): Collection<T> {
    return new EmbeddedCollection<T>(name, this.store(name));
  }

  async ensureIndex(collection: string, field: string, options: { unique?: boolean } = {}): Promise<void> {
    const db = await this.store(collection);
    await db.ensureIndexAsync({ fieldName: field === 'id' ? '_id' : field, unique: options.unique ?? false });
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('Repositories are closed');
    await fs.promises.access(this.directory, fs.constants.W_OK);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.compactionTimer);
    // Compaction rewrites each file atomically (temp file + rename + fsync): a clean shutdown
    // leaves compact, fully flushed files.
    await this.compact();
    for (const datafile of this.datafiles) datafile.close();
  }
}
