/** A write that resolved must survive `kill -9` of the process that made it. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { EmbeddedRepositories } from '../../../adapters/storage/embeddedRepositories';
import { BotStateStorage } from '../../../adapters/storage/botStateStorage';
import { makeTempDir } from '../../support/tempDir';

it('keeps resolved writes after the writing process is killed with SIGKILL', async () => {
  const temp = makeTempDir();
  try {
    const child = spawn(process.execPath, ['-r', path.join(__dirname, '../../support/tsRegister.js'), path.join(__dirname, 'writeThenWait.child.ts'), temp.dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('written') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const repositories = new EmbeddedRepositories(temp.dir);
    expect(await repositories.collection<{ id: string; note: string }>('inquiries').get('survivor')).toEqual({ id: 'survivor', note: '停電でも残る' });
    expect((await new BotStateStorage(repositories).read(['conversation/1']))['conversation/1']).toMatchObject({ step: 'confirm', vials: 3 });
    await repositories.close();
  } finally {
    temp.cleanup();
  }
});
