/**
 * The WebSocket stream pushes each stored activity once, in transcript order, with watermarks the
 * client can resume from; typing indicators reach the stream but are not kept in the transcript.
 */
import { DirectLineSession, type BotActivity } from '../../bot/cli/benchDirectLineClient';
import { makeTempDir } from '../support/tempDir';
import { FACILITY_USER, startChannelServer, type ChannelServer } from './helpers/channelServer';

let temp: ReturnType<typeof makeTempDir>;
let server: ChannelServer;

beforeEach(async () => {
  temp = makeTempDir('vsys-stream-');
  server = await startChannelServer({ dataDir: temp.dir });
});

afterEach(async () => {
  await server.stop();
  temp.cleanup();
});

async function storedTranscript(session: DirectLineSession, watermark = 0): Promise<{ activities: BotActivity[]; watermark: string }> {
  const response = await fetch(
    `${server.url}/v3/directline/conversations/${encodeURIComponent(session.conversationId)}/activities?watermark=${watermark}`,
    { headers: { Authorization: `Bearer ${session.token}` } },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { activities: BotActivity[]; watermark: string };
}

it('streams every stored activity once and in order; typing is shown but not stored', async () => {
  const session = await DirectLineSession.open(server.url, FACILITY_USER.id);
  try {
    const turns = ['質問: 希望量', 'こんにちは', '質問: 分配量', 'ありがとう'];
    for (const text of turns) await session.say(text);
    await session.say('whoami'); // the last reply arrives after every earlier one was pushed

    const streamed = session.activities;
    expect(streamed.filter((activity) => activity.type === 'typing')).toHaveLength(2);
    const stored = await storedTranscript(session);
    expect(stored.activities.some((activity) => activity.type === 'typing')).toBe(false);
    // Stored activities came over the stream exactly once each, in the stored order.
    const streamedStored = streamed.filter((activity) => activity.type !== 'typing').map((activity) => activity.id);
    expect(streamedStored).toEqual(stored.activities.map((activity) => activity.id));
    expect(new Set(streamedStored).size).toBe(streamedStored.length);
    expect(stored.activities.filter((activity) => activity.from?.role === 'user').map((activity) => activity.text)).toEqual([...turns, 'whoami']);
    // Nothing after the last watermark: a client resuming from it misses nothing and gets nothing twice.
    expect((await storedTranscript(session, Number(stored.watermark))).activities).toEqual([]);
  } finally {
    session.close();
  }
});

it('a stream opened later starts after its watermark and then follows new activities', async () => {
  const first = await DirectLineSession.open(server.url, FACILITY_USER.id);
  await first.say('こんにちは');
  first.close();
  // Resume the same conversation: the stream replays from watermark 0, then follows live.
  const resumed = await DirectLineSession.resume(server.url, first.token, first.userId);
  try {
    await resumed.say('質問: 希望量');
    const texts = resumed.activities.filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '[card]');
    expect(texts).toEqual(['ようこそ。ご用件をどうぞ。', 'こんにちは', 'echo:こんにちは', '質問: 希望量', '[card]']);
  } finally {
    resumed.close();
  }
});
