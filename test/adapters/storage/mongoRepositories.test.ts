/**
 * Runs the same contract against MongoDB when MONGODB_URI is set. No MongoDB server can be
 * installed on the CI machines, so without it the suite is skipped with a visible message.
 */
import { randomUUID } from 'node:crypto';
import { MongoRepositories } from '../../../adapters/storage/mongoRepositories';
import { describeRepositoriesContract } from './repositoriesContract';

const uri = process.env.MONGODB_URI;

if (!uri) {
  describe('Repositories contract: MongoDB', () => {
    it.skip('SKIPPED: set MONGODB_URI to run the storage contract against MongoDB', () => undefined);
  });
  // Visible in the jest output even when skipped tests are not listed.
  process.stdout.write('MongoDB contract suite skipped: MONGODB_URI is not set.\n');
} else {
  let databaseName: string;
  beforeEach(() => {
    databaseName = `vsys_test_${randomUUID().replace(/-/g, '')}`;
  });
  afterEach(async () => {
    const cleanup = await MongoRepositories.connect(uri, databaseName);
    await cleanup.dropDatabase();
    await cleanup.close();
  });
  describeRepositoriesContract('MongoDB', () => ({
    open: () => MongoRepositories.connect(uri, databaseName),
  }));
}
