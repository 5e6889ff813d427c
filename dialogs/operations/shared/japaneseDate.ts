/**
 * Dates as Japanese users type them, resolved against "today" in Japan (Asia/Tokyo) from an
 * injectable clock. chrono-node's `ja` parser does most of the work (明日, 昨日, きのう, 11/20,
 * 2021年5月10日, 令和3年5月10日); this layer adds what it misses or gets wrong for our use:
 * 一昨日/おととい, N日前, 先週・今週・来週のX曜日, and - for slots about past events - a month/day
 * without a year means the most recent such day, not the next one.
 */
import * as chrono from 'chrono-node';
import type { IsoDate } from '../../ports/coreSystem';

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Today's calendar date in Japan, whatever the host's time zone. */
export function todayInJapan(now: Date): IsoDate {
  return new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** 2024-05-10 -> 2024年5月10日 (how dates are shown back to users). */
export function formatJapaneseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface DateMatch {
  date: IsoDate;
  /** The text that was read as the date (to remove it before looking for other values). */
  text: string;
}

export interface DateParseOptions {
  /** The slot is about something that already happened: 5月10日 without a year is the last one. */
  past?: boolean;
}

const WEEKDAYS: Record<string, number> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 };
const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function smallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const tens = text.match(/^([二三四五六七八九]?)十([一二三四五六七八九]?)$/);
  if (tens) return (tens[1] ? KANJI_DIGITS[tens[1]] : 1) * 10 + (tens[2] ? KANJI_DIGITS[tens[2]] : 0);
  return text.length === 1 ? KANJI_DIGITS[text] : undefined;
}

/** Relative forms chrono's `ja` parser misses or misreads. */
function relativeDate(text: string, today: IsoDate): DateMatch | undefined {
  const dayBefore = text.match(/一昨日|おととい|おとつい/);
  if (dayBefore) return { date: addDays(today, -2), text: dayBefore[0] };

  const daysAgo = text.match(/([0-9]+|[一二三四五六七八九十]+)\s*日前/);
  if (daysAgo) {
    const n = smallNumber(daysAgo[1]);
    if (n !== undefined) return { date: addDays(today, -n), text: daysAgo[0] };
  }

  const weekday = text.match(/(先々週|先週|今週|来週|再来週)\s*の?\s*([日月火水木金土])曜(?:日)?/);
  if (weekday) {
    const weekOffset = { 先々週: -2, 先週: -1, 今週: 0, 来週: 1, 再来週: 2 }[weekday[1]] ?? 0;
    // Weeks start on Monday, as on Japanese office calendars.
    const mondayOfThisWeek = addDays(today, -((weekdayOf(today) + 6) % 7));
    const offsetInWeek = (WEEKDAYS[weekday[2]] + 6) % 7;
    return { date: addDays(mondayOfThisWeek, weekOffset * 7 + offsetInWeek), text: weekday[0] };
  }
  return undefined;
}

/**
 * Finds the first date in `text`. Undefined when there is none (or it is not a real calendar
 * date such as 2月30日).
 */
export function findJapaneseDate(text: string, today: IsoDate, options: DateParseOptions = {}): DateMatch | undefined {
  const normalized = text.normalize('NFKC');
  const relative = relativeDate(normalized, today);
  if (relative) return relative;

  // Noon in Japan as the reference instant keeps chrono's 明日/昨日 on the right calendar day.
  const reference = new Date(`${today}T12:00:00+09:00`);
  const [result] = chrono.ja.parse(normalized, { instant: reference, timezone: 'JST' }, { forwardDate: false });
  if (!result) return undefined;
  const start = result.start;
  const month = start.get('month');
  const day = start.get('day');
  let year = start.get('year');
  if (month === null || day === null || year === null) return undefined;
  let date = isoOf(year, month, day);
  if (!date) return undefined;
  if (options.past && !start.isCertain('year') && date > today) {
    year -= 1;
    date = isoOf(year, month, day);
    if (!date) return undefined;
  }
  return { date, text: result.text };
}
