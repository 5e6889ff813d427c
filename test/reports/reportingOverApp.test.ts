/**
 * The whole assistant (bot/app.ts wiring, reference core, local Direct Line): a demo 市町村 user
 * asks 「R308を見せて」 and downloads the CSV from the link in the chat; 「お知らせ」 lists the
 * latest 10. Proves the operations are registered and /reports/<id>.csv is mounted.
 */
import type { Activity } from 'botbuilder';
import { startApp, type RunningApp } from '../support/startApp';
import { connectDirectLine, post, Transcript } from '../channels/helpers/directLineClient';

let running: RunningApp;
let chat: Transcript | undefined;

beforeAll(async () => {
  running = await startApp();
});
afterAll(async () => {
  chat?.end();
  await running.stop();
});

function heroLink(activity: Activity): string | undefined {
  const hero = activity.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.hero');
  return (hero?.content as { buttons?: Array<{ value: string }> } | undefined)?.buttons?.[0]?.value;
}

test('a municipality user gets R308 in the chat and downloads its CSV; お知らせ lists the latest 10', async () => {
  const issued = (await (
    await fetch(`${running.url}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ demoUser: 'demo-municipality' }) })
  ).json()) as { token: string };
  chat = new Transcript(connectDirectLine(running.url, issued.token));
  await chat.waitFor((a) => a.type === 'message' && a.from.role === 'bot', 'welcome');

  await post(chat.directLine, { type: 'message', text: 'R308を見せて', from: { id: 'demo-municipality' } });
  const download = await chat.waitFor((a) => a.type === 'message' && heroLink(a) !== undefined, 'CSV link', 30_000);
  const summary = chat.activities.find((a) => a.from.role === 'bot' && (a.text ?? '').includes('R308'));
  expect(summary?.text).toContain('医療機関・接種会場別接種実績累計');

  const link = heroLink(download)!;
  expect(link).toMatch(/^\/reports\/R308\.csv\?t=/);
  const response = await fetch(`${running.url}${link}`);
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('市町村名,医療機関・接種会場名,ワクチン,接種実績累計');

  const before = chat.activities.length;
  await post(chat.directLine, { type: 'message', text: 'お知らせ', from: { id: 'demo-municipality' } });
  const list = await chat.waitFor((a) => chat!.activities.indexOf(a) >= before && a.from.role === 'bot' && (a.text ?? '').includes('最新のお知らせ'), 'notices', 30_000);
  expect((list.text ?? '').split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(10);
});
