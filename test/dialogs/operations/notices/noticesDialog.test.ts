/** お知らせ against the real reference core: the latest 10, back numbers paged with 次へ/前へ, a notice's text by number. */
import { NoticesDialog, BACK_NUMBERS_ID, LATEST_NOTICES_ID } from '../../../../dialogs/operations/notices/noticesDialog';
import { clinicB, prefecture } from '../../../core-system/users';
import { DialogConversation, startCore, type CoreUnderTest } from '../reports/coreDialogClient';

let env: CoreUnderTest;
beforeAll(async () => {
  env = await startCore('2024-06-15');
});
afterAll(() => env.close());

const numbered = (text: string) => text.split('\n').filter((line) => /^\d+\. /.test(line));

test('「お知らせ」 lists the latest 10, newest first, and a number shows that notice', async () => {
  const chat = new DialogConversation(new NoticesDialog(LATEST_NOTICES_ID, 'latest', env.core), clinicB, 'お知らせ');
  const list = await chat.sayText('お知らせ');
  const latest = await env.core.latestNotices(clinicB);
  expect(latest).toHaveLength(10);
  expect(list).toContain('最新のお知らせ10件です。');
  expect(numbered(list)).toHaveLength(10);
  expect(numbered(list)[0]).toContain(latest[0].title);
  expect(list).toContain('[過去のお知らせ]');

  const body = await chat.sayText('2');
  expect(body).toContain(`【${latest[1].title}】`);
  expect(body).toContain(latest[1].body);
  expect(chat.result).toMatchObject({ outcome: 'completed' });
});

test('「過去のお知らせ」 pages through every valid notice with 次へ and 前へ', async () => {
  const all = await env.core.listNotices(prefecture, 1, 100);
  expect(all.total).toBe(12);
  const chat = new DialogConversation(new NoticesDialog(BACK_NUMBERS_ID, 'back-numbers', env.core), prefecture, '過去のお知らせ');

  const first = await chat.sayText('過去のお知らせ');
  expect(first).toContain('現在有効な全12件のうち1〜10件目');
  expect(numbered(first)).toHaveLength(10);
  expect(first).toContain('[次へ]');
  expect(first).not.toContain('[前へ]');

  const second = await chat.sayText('次へ');
  expect(second).toContain('11〜12件目');
  expect(numbered(second).map((line) => line.split('　')[1])).toEqual(all.items.slice(10).map((n) => n.title));
  expect(second).not.toContain('[次へ]');

  expect(await chat.sayText('次へ')).toContain('これが最後のページです。');
  expect(await chat.sayText('前へ')).toContain('1〜10件目');
  expect(await chat.sayText('11')).toContain('11番のお知らせはこのページにありません');
  expect(await chat.sayText('1')).toContain(`【${all.items[0].title}】`);
});

test('from the latest list, 過去のお知らせ continues with the back numbers; another sentence is handed back for routing', async () => {
  const chat = new DialogConversation(new NoticesDialog(LATEST_NOTICES_ID, 'latest', env.core), clinicB, 'お知らせ');
  await chat.say('お知らせ');
  expect(await chat.sayText('過去のお知らせ')).toContain('1〜10件目');
  await chat.say('接種実績の登録方法を教えて');
  expect(chat.result).toMatchObject({ outcome: 'completed', reroute: '接種実績の登録方法を教えて' });
});
