/** お知らせ: the latest 10 on the home screen, every valid one in the back numbers. */
import type { Notice, NoticePage } from '../../../../dialogs/ports/coreSystem';
import type { CoreContext } from '../context';
import { today } from '../context';

export const HOME_NOTICE_COUNT = 10;

function view({ id, title, body, publishedOn }: Notice): Notice {
  return { id, title, body, publishedOn };
}

export async function latestNotices(ctx: CoreContext): Promise<Notice[]> {
  const docs = await ctx.store.notices.find({ publishedOn: { $lte: today(ctx) } }, { sort: { publishedOn: -1, id: -1 }, limit: HOME_NOTICE_COUNT });
  return docs.map(view);
}

export async function listNotices(ctx: CoreContext, page: number, pageSize: number): Promise<NoticePage> {
  const filter = { publishedOn: { $lte: today(ctx) } };
  const total = await ctx.store.notices.count(filter);
  const docs = await ctx.store.notices.find(filter, { sort: { publishedOn: -1, id: -1 }, skip: (page - 1) * pageSize, limit: pageSize });
  return { items: docs.map(view), total, page, pageSize };
}
