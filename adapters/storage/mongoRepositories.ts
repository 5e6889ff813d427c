/**
 * MongoDB backend (official driver), selected by MONGODB_URI. Same contract as the embedded
 * store; compare-and-set and duplicate detection are single atomic server operations, so several
 * bot instances can share one database.
 */
import { MongoClient, MongoServerError, type Db, type Document } from 'mongodb';
import {
  DuplicateIdError,
  type Collection,
  type Filter,
  type FindOptions,
  type Identified,
  type Repositories,
} from '../../dialogs/ports/repositories';
import { assertCollectionName, fromStored, toStored, toStoredFilter, toStoredSort, type StoredDocument } from './documentMapping';

type RawCollection = import('mongodb').Collection<Document>;

class MongoCollection<T extends Identified> implements Collection<T> {
  constructor(private readonly name: string, private readonly raw: RawCollection) {}

  async insert(doc: T): Promise<T> {
    try {
      await this.raw.insertOne(toStored(doc) as Document);
    } catch (error) {
      if (error instanceof MongoServerError && error.code === 11000) throw new DuplicateIdError(this.name, doc.id);
      throw error;
    }
    return doc;
  }

  async get(id: string): Promise<T | undefined> {
    return fromStored<T>((await this.raw.findOne({ _id: id } as Document)) as StoredDocument | null);
  }

  async find(filter?: Filter<T>, options?: FindOptions<T>): Promise<T[]> {
    let cursor = this.raw.find(toStoredFilter(filter) as Document);
    const sort = toStoredSort(options);
    if (sort) cursor = cursor.sort(sort);
    if (options?.skip) cursor = cursor.skip(options.skip);
    if (options?.limit) cursor = cursor.limit(options.limit);
    const docs = (await cursor.toArray()) as unknown as StoredDocument[];
    return docs.map((d) => fromStored<T>(d) as T);
  }

  count(filter?: Filter<T>): Promise<number> {
    return this.raw.countDocuments(toStoredFilter(filter) as Document);
  }

  async put(doc: T): Promise<T> {
    const stored = toStored(doc);
    await this.raw.replaceOne({ _id: stored._id } as Document, stored as Document, { upsert: true });
    return doc;
  }

  async replaceIf(doc: T, condition: Filter<T>): Promise<boolean> {
    const stored = toStored(doc);
    const result = await this.raw.replaceOne({ ...toStoredFilter(condition), _id: stored._id } as Document, stored as Document);
    return result.matchedCount === 1;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.raw.deleteOne({ _id: id } as Document)).deletedCount === 1;
  }
}

export class MongoRepositories implements Repositories {
  readonly backend = 'mongodb' as const;

  private constructor(private readonly client: MongoClient, private readonly db: Db) {}

  /** Connects and verifies the server answers; rejects with a short English reason otherwise. */
  static async connect(uri: string, databaseName?: string): Promise<MongoRepositories> {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000, connectTimeoutMS: 5000 });
    await client.connect();
    const db = client.db(databaseName); // the database named in the URI, or the driver's default
    await db.command({ ping: 1 });
    return new MongoRepositories(client, db);
  }

  collection<T extends Identified>(name: string): Collection<T> {
    assertCollectionName(name);
    return new MongoCollection<T>(name, this.db.collection(name));
  }

  async ensureIndex(collection: string, field: string, options: { unique?: boolean } = {}): Promise<void> {
    assertCollectionName(collection);
    if (field === 'id') return; // _id is always indexed and unique
    await this.db.collection(collection).createIndex({ [field]: 1 }, { unique: options.unique ?? false });
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Test helper: drops the whole database (contract tests use a throwaway database name). */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }
}
