/**
 * Times of day for reservation hours, in whole hours because reservations are taken per hour slot
 * ('HH:00'): 「9時」「09:00」「午後1時」「13時」「１７：００」. 24:00 is allowed as the end of a day.
 */
const KANJI_HOURS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

export function parseHour(reply: string): string | undefined {
  const text = reply.normalize('NFKC').replace(/\s+/gu, '');
  const match = /^(午前|午後|朝|夕方|夜)?(\d{1,2}|[零一二三四五六七八九十]{1,3})(?:時|:00|:0|時00分|時0分)?(ちょうど)?(から|まで)?$/u.exec(text);
  if (!match) return undefined;
  let hour = /^\d+$/u.test(match[2]) ? Number(match[2]) : KANJI_HOURS[match[2]];
  if (hour === undefined) return undefined;
  if ((match[1] === '午後' || match[1] === '夕方' || match[1] === '夜') && hour < 12) hour += 12;
  if (hour < 0 || hour > 24) return undefined;
  return `${String(hour).padStart(2, '0')}:00`;
}
