// The user's options (the options page), their defaults, and what is kept of any value given: a
// number out of range is brought within it, anything malformed falls back to the default.
import type { LocalDeadline, Options } from '../model';

export const DEFAULT_OPTIONS: Options = {
  delaySeconds: 1,
  maxListPages: 50,
  deadlines: [],
  chip: true,
  lang: 'auto',
};

const within = (n: unknown, min: number, max: number, fallback: number) =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;

/** '01-31': a month and day that exist in every year (29 February does not). */
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const realDay = (md: string) => {
  const [m, d] = md.split('-').map(Number);
  return d <= new Date(Date.UTC(2023, m, 0)).getUTCDate();
};

function deadline(x: unknown): LocalDeadline | null {
  const d = x as Partial<LocalDeadline> | null;
  if (typeof d?.prefix !== 'string' || typeof d.monthDay !== 'string') return null;
  const prefix = d.prefix.normalize('NFKC').trim().slice(0, 60);
  return prefix && MONTH_DAY.test(d.monthDay) && realDay(d.monthDay) ? { prefix, monthDay: d.monthDay } : null;
}

export function cleanOptions(x: unknown): Options {
  const o = (x ?? {}) as Partial<Options>;
  return {
    delaySeconds: within(o.delaySeconds, 0.5, 60, DEFAULT_OPTIONS.delaySeconds),
    maxListPages: Math.round(within(o.maxListPages, 1, 200, DEFAULT_OPTIONS.maxListPages)),
    deadlines: Array.isArray(o.deadlines)
      ? o.deadlines
          .map(deadline)
          .filter((d) => d !== null)
          .slice(0, 200)
      : [],
    chip: typeof o.chip === 'boolean' ? o.chip : DEFAULT_OPTIONS.chip,
    lang: o.lang === 'zh-CN' || o.lang === 'en' ? o.lang : 'auto',
  };
}
