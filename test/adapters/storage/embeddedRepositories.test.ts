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

it('compacts datafiles periodically so rewritten bot state does not grow the file without bound', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const repositories = new EmbeddedRepositories(temp.dir);
  const state = repositories.collection<{ id: string; step: number; note: string }>('botState');
  for (let step = 0; step < 200; step++) await state.put({ id: 'conversation/1', step, note: '接種実績の入力途中'.repeat(5) });
  const file = path.join(temp.dir, 'botState.db');
  const grown = fs.statSync(file).size;
  await repositories.compact();
  const compacted = fs.statSync(file).size;
  expect(compacted).toBeLessThan(grown / 50);
  await state.put({ id: 'conversation/1', step: 200, note: 'after compaction' });
  await repositories.close();
  const reopened = new EmbeddedRepositories(temp.dir);
  expect((await reopened.collection<{ id: string; step: number }>('botState').get('conversation/1'))?.step).toBe(200);
  await reopened.close();
});
