/** Child process for the kill -9 test: writes one record, says so, then waits to be killed. */
import { EmbeddedRepositories } from '../../../adapters/storage/embeddedRepositories';
import { BotStateStorage } from '../../../adapters/storage/botStateStorage';

async function main(): Promise<void> {
  const repositories = new EmbeddedRepositories(process.argv[2]);
  await repositories.collection<{ id: string; note: string }>('inquiries').insert({ id: 'survivor', note: '停電でも残る' });
  await new BotStateStorage(repositories).write({ 'conversation/1': { step: 'confirm', vials: 3 } });
  process.stdout.write('written\n');
  setInterval(() => undefined, 1000);
}

void main();
