/**
 * The month a claim covers, as users say it: 「先月」「先々月」「今月」「10月分」「2024年5月分」「令和3年5月分」
 * 「R3.5」「2024/05」. A month without a year is the latest such month that has already begun
 * (「12月分」 said in January is last December): claims are always for the past.
 */
import type { IsoDate, IsoMonth } from '../../ports/coreSystem';

export interface MonthMatch {
  month: IsoMonth;
  /** The text read as the month (removed before other values are looked for). */
  text: string;
}

const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 元: 1 };

/** 「5」「十」「十二」「元」 -> number. */
function smallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const tens = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (tens) return (tens[1] ? KANJI_DIGITS[tens[1]] : 1) * 10 + (tens[2] ? KANJI_DIGITS[tens[2]] : 0);
  return text.length === 1 ? KANJI_DIGITS[text] : undefined;
}

export function monthOfDate(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function addMonths(month: IsoMonth, months: number): IsoMonth {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 2024-05 -> 2024年5月 */
export function formatJapaneseMonth(month: IsoMonth): string {
  const [year, m] = month.split('-').map(Number);
  return `${year}年${m}月`;
}

function isoMonth(year: number, month: number): IsoMonth | undefined {
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const NUMBER = '(\\d{1,4}|[一二三四五六七八九十元]{1,3})';
const ERA_YEAR_OFFSET: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988 };

/** Finds the first month in `text`; undefined when none is mentioned or it is not a real month. */
export function findClaimMonth(text: string, today: IsoDate): MonthMatch | undefined {
  const normalized = text.normalize('NFKC');
  const current = monthOfDate(today);

  const relative = /(先々月|前々月|先月|前月|今月|当月)(分)?/.exec(normalized);
  if (relative) {
    const offset = { 先々月: -2, 前々月: -2, 先月: -1, 前月: -1, 今月: 0, 当月: 0 }[relative[1]] ?? -1;
    return { month: addMonths(current, offset), text: relative[0] };
  }

  const era = new RegExp(`(令和|平成|[RrHh])\\s*${NUMBER}\\s*(?:年|[./])\\s*${NUMBER}\\s*月?(分)?`).exec(normalized);
  if (era) {
    const offset = ERA_YEAR_OFFSET[era[1].toLowerCase()];
    const year = smallNumber(era[2]);
    const month = smallNumber(era[3]);
    const found = year !== undefined && month !== undefined ? isoMonth(offset + year, month) : undefined;
    return found ? { month: found, text: era[0] } : undefined;
  }

  const full = new RegExp(`(\\d{4})\\s*(?:年|[-/.])\\s*${NUMBER}\\s*月?(分)?`).exec(normalized);
  if (full) {
    const month = smallNumber(full[2]);
    const found = month !== undefined ? isoMonth(Number(full[1]), month) : undefined;
    return found ? { month: found, text: full[0] } : undefined;
  }

  const monthOnly = new RegExp(`${NUMBER}\\s*月(分)?`).exec(normalized);
  if (monthOnly) {
    const month = smallNumber(monthOnly[1]);
    if (month === undefined || month < 1 || month > 12) return undefined;
    const year = Number(current.slice(0, 4));
    const thisYear = isoMonth(year, month)!;
    return { month: thisYear <= current ? thisYear : isoMonth(year - 1, month)!, text: monthOnly[0] };
  }
  return undefined;
}
