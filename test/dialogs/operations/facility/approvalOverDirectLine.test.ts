/**
 * The approval round trip through the whole assistant (bot/app.ts wiring: MainDialog routing, the
 * registered facility operations, the embedded reference core over HTTP, the embedded store) in two
 * Direct Line conversations of two demo users: the facility files a change, the municipality
 * approves it in its own chat, the facility then sees the new value.
 */
import { RestChat } from '../../../support/restChat';
import { startApp, type RunningApp } from '../../../support/startApp';

describe('approval round trip over the local Direct Line', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  }, 60_000);
  afterAll(() => running.stop());

  it('facility files 代表者名, the municipality approves in its own chat, the facility sees it', async () => {
    const facility = await RestChat.open(running.url, 'demo-facility');
    await facility.say('代表者名を変更したい', '現在の値：代表 花子');
    await facility.say('新代表 次郎', '登録する');
    const filed = await facility.say('登録する', '変更を申請しました');
    expect(filed).toContain('市町村の承認後に反映されます');

    const municipality = await RestChat.open(running.url, 'demo-municipality');
    const list = await municipality.say('承認待ちの申請を確認したい', '承認待ちの申請（1件）');
    expect(list).toContain('千代田区A病院：代表者名の変更');
    await municipality.say('1', '代表者名：代表 花子 → 新代表 次郎');
    await municipality.say('承認する', 'よろしいですか');
    await municipality.say('はい', '承認しました');

    const view = await facility.say('医療機関情報を確認したい', '代表者名の変更は');
    expect(view).toContain('代表者名：新代表 次郎');
    expect(view).toContain('承認されました');
  }, 90_000);
});
