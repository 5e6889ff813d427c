/**
 * The whole assistant (bot/app.ts wiring, reference core, local Direct Line): a demo 市町村 user
 * asks 「R308を見せて」 and downloads the CSV from the link in the chat; 「お知らせ」 lists the
 * latest 10. Proves the operations are registered and /reports/<id>.csv is mounted.
 */
import type { Activity } from 'botbuilder';
import { appWithChats } from '../support/appWithChats';
import { post } from '../channels/helpers/directLineClient';

const app = appWithChats();

function heroLink(activity: Activity): string | undefined {
  const hero = activity.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.hero');
  return (hero?.content as { buttons?: Array<{ value: string }> } | undefined)?.buttons?.[0]?.value;
}

test('a municipality user gets R308 in the chat and downloads its CSV; お知らせ lists the latest 10', async () => {
  const { chat } = await app.openChat('demo-municipality');

  await post(chat.directLine, { type: 'message', text: 'R308を見せて', from: { id: 'demo-municipality' } });
  const download = await chat.waitFor((a) => a.type === 'message' && heroLink(a) !== undefined, 'CSV link', 30_000);
  const summary = chat.activities.find((a) => a.from.role === 'bot' && (a.text ?? '').includes('R308'));
  expect(summary?.text).toContain('医療機関・接種会場別接種実績累計');

  const link = heroLink(download)!;
  expect(link).toMatch(/^\/reports\/R308\.csv\?t=/);
  const response = await fetch(`${app.running.url}${link}`);
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(
    '市町村名,医療機関・接種会場名,ワクチン,1回目 その他,1回目 医療従事者,1回目 基礎疾患保有者,1回目 高齢者,1回目 高齢者施設従事者,1回目 小計,'
      + '2回目 その他,2回目 医療従事者,2回目 基礎疾患保有者,2回目 高齢者,2回目 高齢者施設従事者,2回目 小計,総計',
  );

  const before = chat.activities.length;
  await post(chat.directLine, { type: 'message', text: 'お知らせ', from: { id: 'demo-municipality' } });
  const list = await chat.waitFor((a) => chat.activities.indexOf(a) >= before && a.from.role === 'bot' && (a.text ?? '').includes('最新のお知らせ'), 'notices', 30_000);
  expect((list.text ?? '').split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(10);
});
