/**
 * "Today" for the core's rules (cool periods, the 10th deadline) comes from an injectable clock so
 * tests can stand inside or outside a period. Calendar dates are Japan time whatever the host's zone.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Today's calendar date in Japan, YYYY-MM-DD. */
export function todayInJapan(clock: Clock): string {
  return new Date(clock.now().getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date (rejects 2024-02-30). */
export function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 'YYYY-MM' shifted by whole months. */
export function addMonths(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}
