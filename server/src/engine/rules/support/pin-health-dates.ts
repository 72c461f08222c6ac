/** Dates of pin sets and certificates, as pin-health checks compare them with today. */

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `yyyy-MM-dd` date (the NSC and TrustKit format) as UTC midnight, or undefined when invalid. */
export function parseDay(value: string): Date | undefined {
  const m = ISO_DAY.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Whole days from `now` until `date` (negative when past), rounded down. */
export function daysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - now.getTime()) / DAY_MS);
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function inDays(days: number): string {
  return days === 0 ? 'in less than a day' : days === 1 ? 'in 1 day' : `in ${days} days`;
}
