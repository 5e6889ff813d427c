import { EmbeddedRepositories } from '../../../adapters/storage/embeddedRepositories';
import { makeTempDir } from '../../support/tempDir';
import { describeRepositoriesContract } from './repositoriesContract';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describeRepositoriesContract('embedded (NeDB files)', () => ({
  open: async () => new EmbeddedRepositories(temp.dir),
}));
