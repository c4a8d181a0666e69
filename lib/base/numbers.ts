// The number rules shared by every reader: what a cell's text means as a figure.
import { memoized } from './memo';

export type Parsed = { kind: 'blank' } | { kind: 'number'; value: number; unit: string | null } | { kind: 'invalid' };

// Forms that real pages use for an empty cell. A blank is not a zero.
const BLANK = /^(?:|[/\\]|[-—–―‐－]{1,2}|无|空|暂无|\.)$/;
// Bad encodings leave '?' (or U+FFFD) next to digits: "?1", "0?".
const STRAY = /[?？\ufffd]/g;
const UNITS = ['万元', '元', '件次', '件', '条', '个', '项', '次', '份', '人', '篇', '期'];
const PLAIN = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Read a cell's text as a number, a blank, or something that is not a number. The reader asks about the
 * same cell text three or four times (label or value? which column? its record): each is parsed once. */
export const parseNumber: (text: string) => Parsed = memoized(parse, 8192);

function parse(text: string): Parsed {
  let s = text.normalize('NFKC').replace(/\s+/g, '').replace(STRAY, '');
  if (BLANK.test(s)) return { kind: 'blank' };
  let sign = '';
  const word = /^(增加|增|减少|减)/.exec(s);
  if (word) {
    sign = word[1].startsWith('减') ? '-' : '+';
    s = s.slice(word[1].length);
  }
  let unit: string | null = null;
  for (const u of UNITS) {
    if (s.endsWith(u) && s.length > u.length) {
      unit = u;
      s = s.slice(0, -u.length);
      break;
    }
  }
  if (sign && /^[+-]/.test(s)) return { kind: 'invalid' };
  if (!PLAIN.test(s) && !GROUPED.test(s)) return { kind: 'invalid' };
  const value = Number(sign + s.replace(/,/g, ''));
  // Past 2^53 a count can no longer be held exactly: kept as unreadable, never silently rounded.
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER
    ? { kind: 'number', value, unit }
    : { kind: 'invalid' };
}

/** True when the text reads as a number or a blank form: a value cell rather than a label. */
export function isValueText(text: string): boolean {
  return parseNumber(text).kind !== 'invalid';
}

/** The unit a header states for its column, as in 本年收费金额（单位：万元）. */
export function headerUnit(text: string): string | null {
  const m = /单位[:：]\s*(万元|元)/.exec(text.normalize('NFKC'));
  return m ? m[1] : null;
}

/** The sum of some figures; null when any is blank or missing (a blank is not a zero). */
export const sumOrNull = (...xs: (number | null | undefined)[]): number | null =>
  xs.some((x) => x === null || x === undefined) ? null : xs.reduce<number>((a, b) => a + (b as number), 0);
