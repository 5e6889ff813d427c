/**
 * botbuilder `Storage` (conversation and user state) on top of a Repositories collection, with
 * the eTag semantics of botbuilder's MemoryStorage: a write carrying a stale eTag is rejected,
 * `*` or no eTag overwrites, a missing key reads as absent. The value is stored as JSON text so
 * dialog state keys (which may contain `$` or `.`) never collide with the database's key rules.
 */
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { DuplicateIdError, type Collection, type Repositories } from '../../dialogs/ports/repositories';

interface StateRecord {
  id: string;
  eTag: string;
  value: string;
  updatedAt: string;
}

export class StorageConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'StorageConflictError';
  }
}

export class BotStateStorage implements Storage {
  private readonly records: Collection<StateRecord>;

  constructor(repositories: Repositories, collectionName = 'botState') {
    this.records = repositories.collection<StateRecord>(collectionName);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const record = await this.records.get(key);
        if (record) items[key] = { ...(JSON.parse(record.value) as object), eTag: record.eTag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item)));
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag: expected, ...value } = item ?? {};
    const record: StateRecord = {
      id: key,
      eTag: randomUUID(),
      value: JSON.stringify(value),
      updatedAt: new Date().toISOString(),
    };
    if (typeof expected !== 'string' || expected === '*' || expected === '') {
      await this.records.put(record);
      return;
    }
    if (await this.records.replaceIf(record, { eTag: expected })) return;
    // No match: either the key does not exist yet (then the write is a plain insert, as in
    // MemoryStorage) or someone else wrote it since it was read.
    if (await this.records.get(key)) throw new StorageConflictError(key);
    try {
      await this.records.insert(record);
    } catch (error) {
      if (error instanceof DuplicateIdError) throw new StorageConflictError(key);
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.records.delete(key)));
  }
}
