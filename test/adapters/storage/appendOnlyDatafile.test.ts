/**
 * The embedded store appends through one open descriptor per datafile: every resolved write must
 * be in the file at once (another process reading it sees it, as after kill -9), also after a
 * compaction replaced the file under the descriptor.
 */
import fs from 'node:fs';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import { AppendOnlyDatafile, useAppendOnlyDatafile } from '../../../adapters/storage/appendOnlyDatafile';
import { EmbeddedRepositories } from '../../../adapters/storage/embeddedRepositories';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

async function loadedFrom(filename: string): Promise<Array<Record<string, unknown>>> {
  const reader = new Datastore<Record<string, unknown>>({ filename });
  await reader.loadDatabaseAsync();
  return (await reader.findAsync({}).sort({ _id: 1 })) as Array<Record<string, unknown>>;
}

it('has every resolved write in the datafile without closing the store', async () => {
  const repositories = new EmbeddedRepositories(temp.dir);
  const notes = repositories.collection<{ id: string; text: string }>('notes');
  await notes.insert({ id: 'a', text: '一件目' });
  await notes.put({ id: 'a', text: '一件目（修正）' });
  await notes.insert({ id: 'b', text: '二件目' });
  await notes.delete('b');

  // Read by another store while the writer is still open (what a restart after kill -9 sees).
  const other = new EmbeddedRepositories(temp.dir);
  expect(await other.collection<{ id: string; text: string }>('notes').find()).toEqual([{ id: 'a', text: '一件目（修正）' }]);
  await repositories.close();
});

it('keeps appending to the current file after a compaction replaced it', async () => {
  const filename = path.join(temp.dir, 'compacted.db');
  const db = new Datastore<Record<string, unknown>>({ filename });
  const datafile = useAppendOnlyDatafile(db);
  expect(datafile).toBeDefined();
  await db.loadDatabaseAsync();
  await db.insertAsync({ _id: 'before', n: 1 });
  await db.compactDatafileAsync(); // temp file + rename: the old descriptor points at the old file
  await db.insertAsync({ _id: 'after', n: 2 });

  expect(fs.readFileSync(filename, 'utf8')).toContain('"_id":"after"');
  expect(await loadedFrom(filename)).toEqual([
    { _id: 'after', n: 2 },
    { _id: 'before', n: 1 },
  ]);
  datafile?.close();
});

it('throws when the line cannot be written, so the store reports the failed write', () => {
  const datafile = new AppendOnlyDatafile(path.join(temp.dir, 'missing-folder', 'notes.db'));
  expect(() => datafile.append('{"_id":"x"}\n')).toThrow(/ENOENT/);
});
