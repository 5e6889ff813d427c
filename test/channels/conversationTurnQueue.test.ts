import { ConversationTurnQueue } from '../../adapters/channels/conversationTurnQueue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

it('runs the turns of one conversation in arrival order, never two at once', async () => {
  const queue = new ConversationTurnQueue();
  const log: string[] = [];
  const firstCanFinish = deferred();
  const first = queue.run('c1', async () => {
    log.push('first:start');
    await firstCanFinish.promise;
    log.push('first:end');
  }, () => undefined);
  const second = queue.run('c1', async () => {
    log.push('second:start');
  }, () => undefined);
  await new Promise((resolve) => setImmediate(resolve));
  expect(log).toEqual(['first:start']);
  firstCanFinish.resolve();
  await Promise.all([first, second]);
  expect(log).toEqual(['first:start', 'first:end', 'second:start']);
});

it('lets other conversations run meanwhile and keeps going after a failed turn', async () => {
  const queue = new ConversationTurnQueue();
  const blocker = deferred();
  const failures: unknown[] = [];
  const blocked = queue.run('c1', () => blocker.promise, () => undefined);
  let otherRan = false;
  await queue.run('c2', async () => {
    otherRan = true;
  }, () => undefined);
  expect(otherRan).toBe(true);
  blocker.resolve();
  await blocked;
  await queue.run('c1', async () => {
    throw new Error('turn failed');
  }, (error) => failures.push(error));
  let afterFailure = false;
  await queue.run('c1', async () => {
    afterFailure = true;
  }, () => undefined);
  expect(failures).toHaveLength(1);
  expect(afterFailure).toBe(true);
});
