import path from 'node:path';
import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { TranscriptLog, TRANSCRIPT_COLLECTION, type TranscriptTurnRecord } from '../../dialogs/transcriptLog';
import { makeTempDir } from '../support/tempDir';
import type { Repositories } from '../../dialogs/ports/repositories';

const conversation = { id: 'conv-1' } as Activity['conversation'];

function contextFor(adapter: TestAdapter, text: string, conversationId = 'conv-1'): TurnContext {
  return new TurnContext(adapter, {
    type: ActivityTypes.Message,
    text,
    channelId: 'test',
    conversation: { ...conversation, id: conversationId },
    from: { id: 'user-1', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
  } as Activity);
}

describe('TranscriptLog', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let repositories: EmbeddedRepositories;
  let clock: Date;
  const adapter = new TestAdapter(async () => undefined);

  beforeEach(() => {
    temp = makeTempDir('vsys-transcript-');
    repositories = new EmbeddedRepositories(path.join(temp.dir, 'store'));
    clock = new Date('2026-11-25T01:00:00Z');
  });
  afterEach(async () => {
    await repositories.close();
    temp.cleanup();
  });

  async function turn(log: TranscriptLog, text: string, reply: string, conversationId = 'conv-1'): Promise<TurnContext> {
    const context = contextFor(adapter, text, conversationId);
    log.track(context);
    await context.sendActivity(reply);
    clock = new Date(clock.getTime() + 1000);
    return context;
  }

  it('keeps what the user and the bot said, in order, across a restart and apart from other conversations', async () => {
    const log = new TranscriptLog(repositories, () => clock);
    await log.init();
    for (const [text, reply] of [['希望量の登録方法', '希望量はホーム画面から登録します'], ['ありがとう', 'どういたしまして']]) {
      await log.flush(await turn(log, text, reply));
    }
    await log.flush(await turn(log, '別の会話です', '承知しました', 'conv-2'));

    // A new process: only the store is shared.
    const restarted = new TranscriptLog(repositories, () => clock);
    const current = await turn(restarted, '担当者に聞きたい', 'お問い合わせフォームをご案内します');
    const lines = await restarted.read(current);
    expect(lines.map((line) => `${line.from}:${line.text}`)).toEqual([
      'user:希望量の登録方法',
      'bot:希望量はホーム画面から登録します',
      'user:ありがとう',
      'bot:どういたしまして',
      // This turn's lines are there before they are written.
      'user:担当者に聞きたい',
      'bot:お問い合わせフォームをご案内します',
    ]);
  });

  it('shows the last 30 lines only, and retention deletes old turns', async () => {
    const log = new TranscriptLog(repositories, () => clock);
    for (let i = 1; i <= 20; i++) await log.flush(await turn(log, `質問${i}`, `回答${i}`));
    const lines = await log.read(contextFor(adapter, 'いま'));
    expect(lines).toHaveLength(30);
    expect(lines[0].text).toBe('質問6');
    expect(lines[29].text).toBe('回答20');

    const deleted = await log.deleteOlderThan(new Date('2026-11-25T01:00:10Z'));
    expect(deleted).toBe(10);
    expect(await repositories.collection(TRANSCRIPT_COLLECTION).count()).toBe(10);
  });

  it('retention deletes every old turn but reads them a batch at a time, and keeps the recent ones', async () => {
    const turns = repositories.collection<TranscriptTurnRecord>(TRANSCRIPT_COLLECTION);
    const line = (at: string) => ({ from: 'user' as const, text: 'x'.repeat(500), at });
    for (let i = 0; i < 1200; i++) {
      const at = new Date(Date.parse('2026-10-01T00:00:00Z') + i * 1000).toISOString();
      await turns.insert({ id: `old-${i}`, conversationId: `conv-${i % 7}`, at, lines: [line(at)] });
    }
    for (let i = 0; i < 5; i++) {
      const at = new Date(Date.parse('2026-11-20T00:00:00Z') + i * 1000).toISOString();
      await turns.insert({ id: `new-${i}`, conversationId: 'conv-1', at, lines: [line(at)] });
    }
    // The store as the log sees it, noting the largest read.
    let largestRead = 0;
    const watchedTurns: typeof turns = Object.assign(Object.create(turns), {
      find: async (...args: Parameters<typeof turns.find>) => {
        const found = await turns.find(...args);
        largestRead = Math.max(largestRead, found.length);
        return found;
      },
    });
    const watched = { collection: () => watchedTurns } as unknown as Repositories;
    const log = new TranscriptLog(watched, () => clock);
    expect(await log.deleteOlderThan(new Date('2026-10-31T00:00:00Z'))).toBe(1200);
    expect(largestRead).toBeLessThanOrEqual(500);
    expect((await turns.find({})).map((turn) => turn.id).sort()).toEqual(['new-0', 'new-1', 'new-2', 'new-3', 'new-4']);
  });

  it('does not fail the turn when the store cannot write', async () => {
    const errors: unknown[] = [];
    const log = new TranscriptLog(repositories, () => clock, (error) => errors.push(error));
    const context = await turn(log, '質問', '回答');
    await repositories.close();
    await expect(log.flush(context)).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    repositories = new EmbeddedRepositories(path.join(temp.dir, 'store'));
  });
});
