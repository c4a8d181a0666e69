// Numbers and times as the UI prints them.
import type { Format } from '../model';
import type { Strings } from '../i18n';

export const fmtNumber = (n: number | null): string =>
  n === null ? '—' : n.toLocaleString('zh-CN', { maximumFractionDigits: 4 });

export const fmtTime = (ms: number, lang: string): string =>
  new Date(ms).toLocaleString(lang || 'zh-CN', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

export function formatName(format: Format | null, s: Strings): string | null {
  return format === '2019'
    ? s.format2019
    : format === '2021'
      ? s.format2021
      : format === 'pre2019'
        ? s.formatPre2019
        : null;
}
