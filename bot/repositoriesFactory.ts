/** Chooses the storage backend: MongoDB when MONGODB_URI is set, the embedded store otherwise. */
import path from 'node:path';
import type { Config } from './config';
import { ConfigError } from './config';
import type { Repositories } from '../dialogs/ports/repositories';
import { EmbeddedRepositories } from '../adapters/storage/embeddedRepositories';
import { MongoRepositories } from '../adapters/storage/mongoRepositories';

export async function createRepositories(config: Config): Promise<Repositories> {
  if (!config.mongodbUri) return new EmbeddedRepositories(path.join(config.dataDir, 'store'));
  try {
    return await MongoRepositories.connect(config.mongodbUri);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError('MONGODB_URI', `cannot be reached (${reason.split('\n')[0]})`);
  }
}
