/**
 * When a person at the support desk answers: weekdays that are not Japanese public holidays
 * (@holiday-jp/holiday_jp), between the configured hours, in Japan time. Japan has no daylight
 * saving time, so Asia/Tokyo is always UTC+9 and plain arithmetic is exact.
 */
import holidayJp from '@holiday-jp/holiday_jp';

/** Same shape as the validated configuration's SUPPORT_HOURS (dialogs do not import bot/). */
export interface SupportHours {
  startMinutes: number;
  endMinutes: number;
  text: string;
}

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** A moment expressed in Japan time fields. */
export interface TokyoTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

export type SupportStatus = { open: true; closesAt: TokyoTime } | { open: false; opensAt: TokyoTime };

function toTokyo(instant: Date): TokyoTime {
  const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

function isoDate(time: TokyoTime): string {
  return `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

/** Date -> is a holiday; every answer card states the hours, and the library's lookup is not cheap. */
const holidays = new Map<string, boolean>();

function isHoliday(date: string): boolean {
  let holiday = holidays.get(date);
  if (holiday === undefined) {
    holiday = holidayJp.isHoliday(date);
    if (holidays.size >= 1000) holidays.clear();
    holidays.set(date, holiday);
  }
  return holiday;
}

export function isBusinessDay(time: TokyoTime): boolean {
  return time.weekday !== 0 && time.weekday !== 6 && !isHoliday(isoDate(time));
}

export function supportStatus(now: Date, hours: SupportHours): SupportStatus {
  const today = toTokyo(now);
  if (isBusinessDay(today) && today.minutes >= hours.startMinutes && today.minutes < hours.endMinutes) {
    return { open: true, closesAt: { ...today, minutes: hours.endMinutes } };
  }
  // Today before opening, or the next business day (long holidays such as Golden Week are < 10 days).
  for (let offset = 0; offset <= 14; offset++) {
    const day = toTokyo(new Date(now.getTime() + offset * DAY_MS));
    if (offset === 0 && today.minutes >= hours.startMinutes) continue;
    if (isBusinessDay(day)) return { open: false, opensAt: { ...day, minutes: hours.startMinutes } };
  }
  return { open: false, opensAt: { ...today, minutes: hours.startMinutes } };
}

export function formatClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 「1月4日（月）9:00」 */
export function formatTokyoTime(time: TokyoTime): string {
  return `${time.month}月${time.day}日（${WEEKDAYS[time.weekday]}）${formatClock(time.minutes)}`;
}
