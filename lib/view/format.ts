// Numbers and times as the UI prints them.
import type { Format } from '../model';
import type { Strings } from '../i18n';

// One formatter per language, made once: building an Intl formatter per row (what toLocaleString does)
// cost 78 µs against 5 µs, most of a re-check of 1,000 reports. Made when first asked, not at loading: the
// first Intl formatter a page makes loads the locale's data (13–31 ms), which the reader injected into a
// report page paid before reading, though it formats a number only for a finding's tooltip.
let numbers: Intl.NumberFormat | undefined;
const times = new Map<string, Intl.DateTimeFormat>();

export const fmtNumber = (n: number | null): string =>
  n === null ? '—' : (numbers ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 })).format(n);

export function fmtTime(ms: number, lang: string): string {
  const key = lang || 'zh-CN';
  let format = times.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    times.set(key, format);
  }
  return format.format(new Date(ms));
}

export function formatName(format: Format | null, s: Strings): string | null {
  return format === '2019'
    ? s.format2019
    : format === '2021'
      ? s.format2021
      : format === 'pre2019'
        ? s.formatPre2019
        : null;
}
