/**
 * The per-cool operations through the whole assistant (bot/app.ts wiring, MainDialog routing from a
 * sentence, the embedded reference core over HTTP, the local Direct Line): the welcome of a
 * facility user mentions the open 希望量, and one sentence registers a 移送・融通.
 */
import { RestChat } from '../../../support/restChat';
import { startApp, type RunningApp } from '../../../support/startApp';

describe('per-cool operations over the local Direct Line', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  }, 60_000);
  afterAll(() => running.stop());

  it('welcome mentions the open 希望量; one sentence starts and completes a 移送・融通', async () => {
    const facility = await RestChat.open(running.url, 'demo-facility', '希望量が未登録です');
    expect(facility.greeting).toMatch(/今クール（第6クール）の希望量が未登録です。締切は\d{4}年\d{1,2}月\d{1,2}日です。/);
    const confirm = await facility.say('昨日ロットFA1234を3バイアル千代田区Bクリニックへ移送しました', '[登録する]');
    expect(confirm).toContain('3バイアル');
    expect(confirm).toContain('千代田区Bクリニック');
    await facility.say('登録する', '移送・融通の登録が完了しました');
  });
});
